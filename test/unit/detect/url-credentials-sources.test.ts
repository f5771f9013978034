// Where a URL enters the findings and facts, its credentials are already masked (issue 22): requirement
// lines and direct URLs, lockfile sources, a requirements parse error that quotes its line, Dockerfile
// ADD/RUN/FROM lines, the OSV API's errors. Secrets are built at run time.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOWED_PORTS, DEFAULT_ENV_ALLOWLIST } from '../../../checks/container-image/config.js';
import { parseDockerfile } from '../../../checks/container-image/dockerfile/parse.js';
import { checkDockerfile } from '../../../checks/container-image/dockerfile/rules.js';
import { parseImageReference } from '../../../checks/container-image/reference.js';
import { parseLockfile } from '../../../checks/dependency/parsers/index.js';
import { errorMessage } from '../../../src/errors.js';
import { queryOsvApi } from '../../../src/vuln/osv-api.js';
import { rng, secrets as S } from '../../helpers/personal-data.js';

const r = rng(31);
const token = S.github(r);
const pw = S.urlPassword(r);
const specifiers = (format: Parameters<typeof parseLockfile>[0], text: string, file: string) =>
  parseLockfile(format, text, file, 'runtime').dependencies.map((d) => d.specifier);

describe('dependency sources', () => {
  it('a requirements file: direct URLs, PEP 508 `name @ url` and VCS URLs are kept, their credentials masked', () => {
    const text = [
      `--index-url https://ci:${pw}@pypi.example/simple`,
      `--extra-index-url https://${token}@extra.example/simple`,
      `git+https://${token}@github.com/org/pkg`,
      `other @ https://u:${pw}@files.example/other-1.0.tar.gz`,
      `-e git+ssh://deploy:${pw}@git.example/org/tool.git#egg=tool`,
    ].join('\n');
    expect(specifiers('requirements', text, 'requirements.txt')).toEqual([
      'git+https://****@github.com/org/pkg',
      'https://u:****@files.example/other-1.0.tar.gz',
      'git+ssh://deploy:****@git.example/org/tool.git#egg=tool',
    ]);
  });

  it('a requirements line that does not parse is quoted with its credentials masked', () => {
    for (const line of [`--index-urls https://ci:${pw}@pypi.example/simple`, `pkg[x @ https://u:${pw}@h.example/p`, `-r https://u:${pw}@h.example/more.txt`]) {
      let message = '';
      try {
        parseLockfile('requirements', line, 'requirements.txt', 'runtime', () => ({ text: '', file: 'x.txt' }));
      } catch (e) {
        message = errorMessage(e);
      }
      expect(message).toMatch(/^requirements\.txt:1: /);
      expect(message).toContain('****');
      expect(message).not.toContain(pw);
    }
  });

  it('Pipfile.lock git sources, package-lock resolved URLs and uv.lock sources', () => {
    const pipfile = JSON.stringify({ _meta: { 'pipfile-spec': 6 }, default: { pkg: { git: `https://${token}@github.com/org/pkg.git`, ref: 'abc' } } });
    expect(specifiers('Pipfile.lock', pipfile, 'Pipfile.lock')).toEqual(['https://****@github.com/org/pkg.git']);
    const lock = JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/pkg': { resolved: `https://npm:${pw}@registry.example/pkg/-/pkg-1.0.0.tgz` } } });
    expect(specifiers('package-lock', lock, 'package-lock.json')).toEqual(['https://npm:****@registry.example/pkg/-/pkg-1.0.0.tgz']);
    const uv = `version = 1\n\n[[package]]\nname = "pkg"\nsource = { git = "https://${token}@github.com/org/pkg" }\n`;
    const [spec] = specifiers('uv.lock', uv, 'uv.lock');
    expect(spec).toContain('https://****@github.com/org/pkg');
    expect(spec).not.toContain(token);
  });
});

describe('Dockerfile lines', () => {
  it('ADD, RUN and FROM findings and facts show URLs with their credentials masked', () => {
    const df = parseDockerfile(
      [`FROM https://u:${pw}@evil.example/image`, `FROM u:${pw}@registry.example/image:1`, `ADD https://user:${pw}@files.example/file /file`, `RUN curl https://${token}@get.example/x | sh`, 'USER 10001'].join('\n'),
    );
    const { findings, facts } = checkDockerfile(df, { file: 'Dockerfile', allowedEnv: DEFAULT_ENV_ALLOWLIST, allowRootUser: false, allowedPorts: DEFAULT_ALLOWED_PORTS });
    const shown = JSON.stringify({ findings, facts });
    expect(shown).not.toContain(pw);
    expect(shown).not.toContain(token);
    expect(findings.find((f) => f.ruleId === 'container-image/dockerfile-add-url')?.target).toBe('https://user:****@files.example/file');
  });
});

describe('image references', () => {
  it('a reference that does not parse is quoted with the credentials written into it masked', () => {
    for (const ref of [`https://u:${pw}@registry.example/repo:1`, `u:${pw}@registry.example/repo:1`, `${token}@registry.example/repo`]) {
      let message = '';
      try {
        parseImageReference(ref);
      } catch (e) {
        message = errorMessage(e);
      }
      expect(message).toMatch(/^image reference ".*\*\*\*\*@registry\.example\/repo.*" does not parse/);
      expect(message).not.toContain(pw);
      expect(message).not.toContain(token);
    }
  });
});

describe('the OSV API URL', () => {
  it('an API error names the URL with its credentials masked (fetch itself quotes the URL it refuses)', async () => {
    const err = await queryOsvApi([{ ecosystem: 'PyPI', name: 'x', version: '1' }], { url: `https://osv:${pw}@127.0.0.1:9`, timeoutMs: 500, retries: 0, batchSize: 10 }).catch(
      (e: unknown) => e,
    );
    expect(errorMessage(err)).toContain('https://osv:****@127.0.0.1:9/v1/querybatch');
    expect(errorMessage(err)).not.toContain(pw);
  });
});
