import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../src/errors.js';
import { parseCondaEnv } from '../../../../checks/dependency/parsers/conda-env.js';
import { detectFormat, LOCKFILE_FORMATS, LOCKFILE_PARSERS, parseLockfile, type LockfileFormat } from '../../../../checks/dependency/parsers/index.js';
import { parsePackageLock } from '../../../../checks/dependency/parsers/package-lock.js';
import { parsePipfileLock } from '../../../../checks/dependency/parsers/pipfile-lock.js';
import { parsePoetryLock } from '../../../../checks/dependency/parsers/poetry-lock.js';
import { parseRequirements } from '../../../../checks/dependency/parsers/requirements.js';
import { parseSbom } from '../../../../checks/dependency/parsers/sbom.js';
import { parseUvLock } from '../../../../checks/dependency/parsers/uv-lock.js';

const req = (text: string, include?: Parameters<typeof parseRequirements>[2]['include']) =>
  parseRequirements(text, 'requirements.txt', include ? { scope: 'runtime', include } : { scope: 'runtime' });

describe('requirements.txt', () => {
  it('reads pins, hashes over continuations, markers, extras, comments and global options, with lines', () => {
    const text = [
      '# pinned for the serving image',
      '--index-url https://pypi.example/simple',
      'numpy==1.21.0 \\',
      '    --hash=sha256:AAAA \\',
      '    --hash=sha256:bbbb',
      'requests[security,socks]>=2.0,<3 ; python_version < "3.8"  # loose',
      'Django===1.11',
      'torch @ https://download.pytorch.org/whl/torch-1.0-cp39.whl',
      '-e git+https://github.com/org/repo.git#egg=mylib',
      '',
      'Pillow == 8.0.1 ; sys_platform == "linux"',
    ].join('\n');
    const deps = req(text).dependencies;
    expect(deps.map((d) => [d.name, d.version ?? d.specifier, d.pinned, d.line])).toEqual([
      ['numpy', '1.21.0', true, 3],
      ['requests', '>=2.0,<3', false, 6],
      ['Django', '1.11', true, 7],
      ['torch', 'https://download.pytorch.org/whl/torch-1.0-cp39.whl', false, 8],
      ['mylib', 'git+https://github.com/org/repo.git#egg=mylib', false, 9],
      ['Pillow', '8.0.1', true, 11],
    ]);
    expect(deps[0]!.hashes).toEqual(['sha256:aaaa', 'sha256:bbbb']);
  });

  it('fails at the line of a requirement it cannot parse, never skipping it', () => {
    expect(() => req('numpy==1.0\n\nfoo bar baz\n')).toThrow(ConfigError);
    expect(() => req('numpy==1.0\n\nfoo bar baz\n')).toThrow(/^requirements\.txt:3: cannot parse requirement/);
    expect(() => req('--frobnicate\n')).toThrow(/requirements\.txt:1: unknown pip option --frobnicate/);
    expect(() => req('numpy==1.0 --hash=md5\n')).toThrow(/:1: --hash must be/);
    expect(() => req('numpy==1.0 --bogus=1\n')).toThrow(/:1: /);
  });

  it('follows -r includes (cycles read once) and reads -c constraints without installing them', () => {
    const files: Record<string, string> = { 'base.txt': 'scipy==1.5.0\n-r requirements.txt\n', 'c.txt': 'urllib3==1.0\n' };
    const include = (rel: string) => ({ text: files[rel]!, file: rel });
    const parsed = req('-r base.txt\n-c c.txt\nnumpy==1.0\n', include);
    expect(parsed.dependencies.map((d) => `${d.name}@${d.file}:${d.line}`)).toEqual(['scipy@base.txt:1', 'numpy@requirements.txt:3']);
    expect(parsed.includes).toEqual(['base.txt', 'c.txt']);
  });

  it('treats wildcard and ranged pins as unpinned', () => {
    const deps = req('a==1.*\nb>=1\nc~=1.4\nd\n').dependencies;
    expect(deps.every((d) => !d.pinned && d.version === undefined)).toBe(true);
  });
});

describe('package-lock.json', () => {
  const lock = (packages: object, version = 3) => JSON.stringify({ name: 'app', lockfileVersion: version, packages }, null, 2);
  it('reads v2/v3 packages with scope, integrity, license, scoped names and lines', () => {
    const text = lock({
      '': { name: 'app', dependencies: { lodash: '^4' }, devDependencies: { '@types/node': '^20' } },
      'node_modules/lodash': { version: '4.17.15', integrity: 'sha512-abc', license: 'MIT' },
      'node_modules/@types/node': { version: '20.1.0', dev: true, license: 'MIT' },
      'node_modules/a/node_modules/lodash': { version: '3.0.0' },
      'packages/own': { version: '1.0.0' },
      'node_modules/own': { resolved: 'packages/own', link: true },
    });
    const deps = parsePackageLock(text, 'package-lock.json').dependencies;
    expect(deps.map((d) => [d.name, d.version, d.scope, d.direct, d.license, d.line])).toEqual([
      ['lodash', '4.17.15', 'runtime', true, 'MIT', 14],
      ['@types/node', '20.1.0', 'development', true, 'MIT', 19],
      ['lodash', '3.0.0', 'runtime', false, undefined, 24],
    ]);
    expect(deps[0]!.hashes).toEqual(['sha512-abc']);
  });
  it('refuses lockfile v1 and JSON syntax errors with their line', () => {
    expect(() => parsePackageLock(JSON.stringify({ lockfileVersion: 1, dependencies: {} }, null, 2), 'package-lock.json')).toThrow(/package-lock\.json:\d+: unsupported lockfileVersion 1/);
    expect(() => parsePackageLock('{\n  "lockfileVersion": 3,\n  "packages": {\n}}x', 'package-lock.json')).toThrow(/package-lock\.json:4:\d+: JSON syntax error/);
  });
});

describe('poetry.lock, uv.lock, Pipfile.lock, environment.yml', () => {
  it('poetry.lock 1.x (category, metadata.files) and 2.x (groups, files)', () => {
    const v1 = `[[package]]\nname = "numpy"\nversion = "1.19.0"\ncategory = "main"\n\n[[package]]\nname = "pytest"\nversion = "6.0.0"\ncategory = "dev"\n\n[metadata]\nlock-version = "1.1"\n\n[metadata.files]\nnumpy = [{file = "numpy.whl", hash = "sha256:11"}]\n`;
    expect(parsePoetryLock(v1, 'poetry.lock').dependencies.map((d) => [d.name, d.version, d.scope, d.hashes, d.line])).toEqual([
      ['numpy', '1.19.0', 'runtime', ['sha256:11'], 1],
      ['pytest', '6.0.0', 'development', [], 6],
    ]);
    const v2 = `[[package]]\nname = "pillow"\nversion = "8.0.0"\ngroups = ["main"]\nfiles = [{file = "p.whl", hash = "sha256:22"}]\n\n[metadata]\nlock-version = "2.1"\n`;
    expect(parsePoetryLock(v2, 'poetry.lock').dependencies[0]).toMatchObject({ name: 'pillow', hashes: ['sha256:22'], scope: 'runtime' });
    expect(() => parsePoetryLock('[metadata]\nlock-version = "9.0"\n', 'poetry.lock')).toThrow(/poetry\.lock:2: unsupported poetry lock-version/);
    expect(() => parsePoetryLock('[[package]\nname = 1', 'poetry.lock')).toThrow(/poetry\.lock:\d+:\d+: TOML syntax error/);
  });

  it('uv.lock: runtime is what the project reaches without dev-dependencies', () => {
    const text = `version = 1\n\n[[package]]\nname = "app"\nversion = "0.1.0"\nsource = { editable = "." }\ndependencies = [{ name = "numpy" }]\n\n[package.dev-dependencies]\ndev = [{ name = "pytest" }]\n\n[[package]]\nname = "numpy"\nversion = "1.21.0"\nsource = { registry = "https://pypi.org/simple" }\nsdist = { url = "x", hash = "sha256:33" }\n\n[[package]]\nname = "pytest"\nversion = "7.0.0"\nsource = { registry = "https://pypi.org/simple" }\ndependencies = [{ name = "py" }]\n\n[[package]]\nname = "py"\nversion = "1.10.0"\nsource = { registry = "https://pypi.org/simple" }\n`;
    expect(parseUvLock(text, 'uv.lock').dependencies.map((d) => [d.name, d.scope, d.line, d.hashes.length])).toEqual([
      ['numpy', 'runtime', 12, 1],
      ['pytest', 'development', 18, 0],
      ['py', 'development', 24, 0],
    ]);
    expect(() => parseUvLock('version = 7\n', 'uv.lock')).toThrow(/unsupported uv\.lock version 7/);
  });

  it('Pipfile.lock default/develop', () => {
    const text = JSON.stringify({ _meta: { 'pipfile-spec': 6 }, default: { django: { version: '==2.2.0', hashes: ['sha256:44'] } }, develop: { pytest: { version: '>=6' } } }, null, 2);
    expect(parsePipfileLock(text, 'Pipfile.lock').dependencies.map((d) => [d.name, d.version ?? d.specifier, d.pinned, d.scope, d.line])).toEqual([
      ['django', '2.2.0', true, 'runtime', 6],
      ['pytest', '>=6', false, 'development', 14],
    ]);
  });

  it('conda environment.yml with a pip section', () => {
    const text = 'name: serve\nchannels: [conda-forge]\ndependencies:\n  - python=3.9\n  - numpy=1.21.0=py39h_0\n  - conda-forge::scipy>=1.5\n  - pip\n  - pip:\n      - pillow==8.0.0\n      - torch>=1\n';
    expect(parseCondaEnv(text, 'environment.yml', 'runtime').dependencies.map((d) => [d.ecosystem, d.name, d.version ?? d.specifier, d.pinned, d.line])).toEqual([
      ['conda', 'python', '3.9', true, 4],
      ['conda', 'numpy', '1.21.0', true, 5],
      ['conda', 'scipy', '>=1.5', false, 6],
      ['conda', 'pip', undefined, false, 7],
      ['PyPI', 'pillow', '8.0.0', true, 9],
      ['PyPI', 'torch', '>=1', false, 10],
    ]);
    expect(() => parseCondaEnv('dependencies:\n  - "numpy ==>= 1"\n', 'environment.yml', 'runtime')).toThrow(/environment\.yml:2:\d+: cannot parse conda match spec/);
  });
});

describe('SBOMs', () => {
  it('CycloneDX components (nested) and SPDX packages, ecosystem from purl', () => {
    const cdx = JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', components: [{ type: 'library', name: 'lodash', version: '4.17.15', purl: 'pkg:npm/lodash@4.17.15', licenses: [{ license: { id: 'MIT' } }], components: [{ name: 'x', purl: 'pkg:npm/%40scope/x@1.0.0', scope: 'excluded' }] }] }, null, 2);
    expect(parseSbom(cdx, 'bom.json').dependencies.map((d) => [d.ecosystem, d.name, d.version, d.license, d.scope])).toEqual([
      ['npm', 'lodash', '4.17.15', 'MIT', 'runtime'],
      ['npm', '@scope/x', '1.0.0', undefined, 'development'],
    ]);
    const spdx = JSON.stringify({ spdxVersion: 'SPDX-2.3', documentDescribes: ['SPDXRef-app'], packages: [{ SPDXID: 'SPDXRef-app', name: 'app' }, { SPDXID: 'SPDXRef-np', name: 'numpy', versionInfo: '1.21.0', licenseConcluded: 'BSD-3-Clause', externalRefs: [{ referenceType: 'purl', referenceLocator: 'pkg:pypi/numpy@1.21.0' }] }] }, null, 2);
    expect(parseSbom(spdx, 'app.spdx.json').dependencies).toMatchObject([{ ecosystem: 'PyPI', name: 'numpy', version: '1.21.0', license: 'BSD-3-Clause' }]);
    expect(() => parseSbom('{"foo": 1}', 'x.json')).toThrow(/unknown SBOM format/);
  });

  it('detects formats from file names', () => {
    expect(['requirements-dev.txt', 'poetry.lock', 'uv.lock', 'Pipfile.lock', 'environment.yml', 'package-lock.json', 'app.cdx.json', 'setup.py'].map(detectFormat)).toEqual([
      'requirements', 'poetry.lock', 'uv.lock', 'Pipfile.lock', 'environment.yml', 'package-lock', 'sbom', undefined,
    ]);
  });

  it('has one registered parser per format the manifest accepts; an unknown format names the file and the known ones', () => {
    expect(LOCKFILE_PARSERS.map((p) => p.format)).toEqual([...LOCKFILE_FORMATS]);
    expect(() => parseLockfile('yarn.lock' as LockfileFormat, '', 'web/yarn.lock', 'runtime')).toThrow(
      /^web\/yarn\.lock: unknown lockfile format "yarn\.lock"; known formats: requirements, poetry\.lock, uv\.lock, Pipfile\.lock, environment\.yml, package-lock, sbom$/,
    );
  });
});
