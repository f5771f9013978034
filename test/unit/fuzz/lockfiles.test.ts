// Fuzz of the lockfile and SBOM parsers, called as the dependency check calls them (parseLockfile with
// the format, the file name and an include reader). Bad input is a ConfigError naming file and line.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseLockfile, LOCKFILE_FORMATS, type LockfileFormat } from '../../../checks/dependency/parsers/index.js';
import { ConfigError } from '../../../src/errors.js';
import { mutatedText, plantedSecret, randomText, token } from '../../helpers/fuzz-inputs.js';
import { fuzzReader } from '../../helpers/fuzz-property.js';

const json = (v: unknown): string => JSON.stringify(v, null, 2);
const SEEDS: Record<LockfileFormat, string[]> = {
  requirements: [
    '# pinned\n--index-url https://pypi.org/simple\nnumpy==1.21.0 \\\n    --hash=sha256:' + 'ab'.repeat(32) + '\nrequests[socks]>=2.0,<3 ; python_version >= "3.8"\n-e git+https://github.com/org/repo.git#egg=repo\nlocal @ file:///tmp/x.whl ; sys_platform == "linux"\n-r other.txt\nfoo===1.0\n',
  ],
  'poetry.lock': [
    '[[package]]\nname = "numpy"\nversion = "1.19.0"\ncategory = "main"\n\n[[package]]\nname = "pytest"\nversion = "6.0.0"\ncategory = "dev"\n\n[metadata]\nlock-version = "1.1"\n\n[metadata.files]\nnumpy = [{file = "numpy.whl", hash = "sha256:11"}]\n',
    '[[package]]\nname = "pillow"\nversion = "8.0.0"\ngroups = ["main"]\nfiles = [{file = "p.whl", hash = "sha256:22"}]\n\n[metadata]\nlock-version = "2.1"\n',
  ],
  'uv.lock': [
    'version = 1\n\n[[package]]\nname = "app"\nversion = "0.1.0"\nsource = { editable = "." }\ndependencies = [{ name = "numpy" }]\n\n[package.dev-dependencies]\ndev = [{ name = "pytest" }]\n\n[[package]]\nname = "numpy"\nversion = "1.21.0"\nsource = { registry = "https://pypi.org/simple" }\nsdist = { url = "x", hash = "sha256:33" }\n\n[[package]]\nname = "pytest"\nversion = "7.0.0"\nsource = { registry = "https://pypi.org/simple" }\n',
  ],
  'Pipfile.lock': [json({ _meta: { 'pipfile-spec': 6 }, default: { django: { version: '==2.2.0', hashes: ['sha256:44'], markers: "python_version >= '3'" } }, develop: { pytest: { version: '>=6' } } })],
  'environment.yml': ['name: serve\nchannels: [conda-forge]\ndependencies:\n  - python=3.9\n  - numpy=1.21.0=py39h_0\n  - conda-forge::scipy>=1.5\n  - pip\n  - pip:\n      - pillow==8.0.0\n      - torch>=1\n'],
  'package-lock': [
    json({ name: 'web', lockfileVersion: 3, packages: { '': { name: 'web', dependencies: { lodash: '^4' } }, 'node_modules/lodash': { version: '4.17.15', integrity: 'sha512-x', license: 'MIT' }, 'node_modules/a/node_modules/b': { version: '1.0.0', dev: true } } }),
    json({ name: 'old', lockfileVersion: 1, dependencies: { lodash: { version: '4.17.15', requires: { x: '1' }, dependencies: { x: { version: '1.0.0' } } } } }),
  ],
  sbom: [
    json({ bomFormat: 'CycloneDX', specVersion: '1.5', components: [{ type: 'library', name: 'lodash', version: '4.17.15', purl: 'pkg:npm/lodash@4.17.15', licenses: [{ license: { id: 'MIT' } }, { expression: 'MIT OR Apache-2.0' }], components: [{ name: 'x', purl: 'pkg:npm/%40scope/x@1.0.0', scope: 'excluded' }] }] }),
    json({ spdxVersion: 'SPDX-2.3', documentDescribes: ['SPDXRef-app'], packages: [{ SPDXID: 'SPDXRef-app', name: 'app' }, { SPDXID: 'SPDXRef-np', name: 'numpy', versionInfo: '1.21.0', licenseConcluded: 'BSD-3-Clause', externalRefs: [{ referenceType: 'purl', referenceLocator: 'pkg:pypi/numpy@1.21.0' }] }] }),
  ],
};

const FILE: Record<LockfileFormat, string> = {
  requirements: 'requirements.txt',
  'poetry.lock': 'poetry.lock',
  'uv.lock': 'uv.lock',
  'Pipfile.lock': 'Pipfile.lock',
  'environment.yml': 'environment.yml',
  'package-lock': 'package-lock.json',
  sbom: 'bom.cdx.json',
};

/** `-r`/`-c` includes read a short file, or fail as the inventory does for a missing one. */
function include(rel: string, from: { file: string; line: number }): { text: string; file: string } {
  if (rel.startsWith('missing')) throw new ConfigError(`${rel}: file not found`, from);
  return { text: 'six==1.16.0\n', file: 'other.txt' };
}

/** The parse, and every text a dependency carries into findings (name, version, specifier, marker). */
function readLockfile(format: LockfileFormat, text: string): string {
  const parsed = parseLockfile(format, text, FILE[format], 'runtime', include);
  return parsed.dependencies.map((d) => [d.name, d.version, d.specifier, d.marker].join(' ')).join('\n');
}

const expected = (e: unknown): boolean => e instanceof ConfigError;

// A token in a URL (an index URL's query, a direct reference's user-info or query) on a line that may
// itself be broken by hostile text, and in a marker value or a hash on a valid line, with hostile lines
// elsewhere: no error message shows it. (An error quotes its own line as written, URL credentials
// masked: a marker or hash value on a broken line is shown, by design.)
const URL_LINES = [
  (s: string) => `--extra-index-url https://pypi.example/simple?token=${s}`,
  (s: string) => `pkg @ https://files.example/pkg-1.0-py3-none-any.whl?token=${s}`,
  (s: string) => `-e git+https://${s}@github.com/org/repo.git#egg=repo`,
  (s: string) => `pkg @ git+https://user:${s}@github.com/org/pkg.git`,
];
const VALUE_LINES = [(s: string) => `pkg==1.0 ; platform_release == "${s}"`, (s: string) => `pkg==1.0 --hash=sha256:${'ab'.repeat(32)} # ${s}`];
const SECRET_LINES = [...URL_LINES, ...VALUE_LINES];
const planted = fc
  .record({ secret: plantedSecret, noise: fc.array(token, { minLength: 1, maxLength: 3 }), kind: fc.nat({ max: SECRET_LINES.length - 1 }), line: fc.nat({ max: 8 }), broken: fc.boolean() })
  .map(({ secret, noise, kind, line, broken }) => {
    const lines = SEEDS.requirements[0]!.split('\n');
    // Not after a `\` continuation, which would join the token's line to the one before.
    const starts = lines.map((_, i) => i).filter((i) => i === 0 || !lines[i - 1]!.endsWith('\\'));
    const secretLine = SECRET_LINES[kind]!(secret) + (broken && kind < URL_LINES.length ? ` ${noise[0]!.replace(/[\r\n\\]/g, ' ')}` : '');
    lines.splice(starts[line % starts.length]!, 0, secretLine, ...noise.map((n) => n.replace(/[\r\n\\]/g, ' ')));
    return { text: lines.join('\n'), secret };
  });

describe('fuzz: lockfiles and SBOMs', () => {
  it('random text in every format', async () => {
    const arb = fc.record({ format: fc.constantFrom(...LOCKFILE_FORMATS), text: randomText });
    await fuzzReader(arb, { reader: 'lockfiles', property: 'random text', share: 0.03, expected, call: ({ format, text }) => readLockfile(format, text) });
  });
  for (const format of LOCKFILE_FORMATS) {
    it(`mutated ${format}`, async () => {
      await fuzzReader(mutatedText(SEEDS[format]), { reader: `lockfile ${format}`, property: 'mutated seeds', share: 0.03, expected, call: (text) => readLockfile(format, text) });
    });
  }
  it('a planted token in a requirements value never reaches an error message', async () => {
    await fuzzReader(planted, {
      reader: 'lockfile requirements',
      property: 'planted secret',
      share: 0.02,
      expected,
      call: (p) => parseLockfile('requirements', p.text, 'requirements.txt', 'runtime', include),
      secrets: (p) => [p.secret],
    });
  });
});
