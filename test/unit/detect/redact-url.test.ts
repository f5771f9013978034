// Credentials in URLs are masked wherever a URL is shown (issue 22, secrets through side doors).
// Secrets are built at run time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSecrets } from '../../../src/detect/index.js';
import { redactEveryUrl, redactUrls } from '../../../src/detect/redact-url.js';
import { rng, secrets as S } from '../../helpers/personal-data.js';

const r = rng(22);
const token = S.github(r);
const pw = S.urlPassword(r);

describe('redactUrls', () => {
  it.each([
    [`git+https://${token}@github.com/org/pkg`, 'git+https://****@github.com/org/pkg'],
    [`https://user:${pw}@host.example/file`, 'https://user:****@host.example/file'],
    [`git+ssh://deploy:${pw}@git.example:22/org/repo.git@v1.0#egg=repo`, 'git+ssh://deploy:****@git.example:22/org/repo.git@v1.0#egg=repo'],
    [`ftp://anon:${pw}@ftp.example/pub`, 'ftp://anon:****@ftp.example/pub'],
    [`https://${token}:x-oauth-basic@github.com/o/r`, 'https://****:****@github.com/o/r'],
    [`https://x-access-token:${token}@github.com/o/r`, 'https://x-access-token:****@github.com/o/r'],
    // a password written with a raw "/" is still masked whole, not cut at the slash
    [`https://user:ab/${pw}@host.example/x`, 'https://user:****@host.example/x'],
    [`https://bucket.s3.example/k?X-Amz-Credential=AK&X-Amz-Signature=${pw}&v=1#f`, 'https://bucket.s3.example/k?X-Amz-Credential=****&X-Amz-Signature=****&v=1#f'],
    [`https://h.example/a?token=${token}&sig=${pw}&page=2`, 'https://h.example/a?token=****&sig=****&page=2'],
    [`https://conda.anaconda.org/t/${token}/acme`, 'https://conda.anaconda.org/t/****/acme'],
    [`https://proxy.example/go?next=https://u:${pw}@inner.example/`, 'https://proxy.example/go?next=https://u:****@inner.example/'],
  ])('masks %s', (url, masked) => {
    expect(redactUrls(url)).toBe(masked);
  });

  it('masks every URL inside a line and keeps the rest of the line as written', () => {
    const line = `--index-url https://u:${pw}@pypi.example/simple --extra-index-url "https://${token}@extra.example/simple"`;
    expect(redactUrls(line)).toBe('--index-url https://u:****@pypi.example/simple --extra-index-url "https://****@extra.example/simple"');
  });

  it('leaves URLs without credentials, ports, the ssh user git, scoped npm paths and VCS revisions alone', () => {
    for (const s of [
      'https://pypi.org/simple',
      'https://registry.npmjs.org/@scope/pkg/-/pkg-1.0.0.tgz',
      'git+https://github.com/org/pkg@v1.2#egg=pkg',
      'git+ssh://git@github.com/org/repo.git',
      'http://localhost:9091/metrics/job/x',
      'no url at all: user:pass@host',
    ]) {
      expect(redactUrls(s)).toBe(s);
    }
  });

  it('never lets a planted password through, whatever surrounds it (property)', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{12,30}$/);
    const around = fc.string({ maxLength: 20 }).filter((s) => !s.includes('://'));
    fc.assert(
      fc.property(secret, around, around, fc.constantFrom('https', 'git+https', 'ftp', 'git+ssh'), (s, before, after, scheme) => {
        const text = `${before} ${scheme}://user:${s}@host.example/p?q=1 ${after}`;
        expect(redactUrls(text)).not.toContain(s);
      }),
    );
  });

  it('masks every password the url-credentials detector finds in the same text (property)', () => {
    const part = (re: RegExp) => fc.stringMatching(re);
    fc.assert(
      fc.property(
        part(/^[a-z][a-z0-9+.-]{1,10}$/),
        part(/^[A-Za-z0-9._~-]{1,30}$/),
        part(/^[A-Za-z0-9!$&'()*+,;=._~%-]{1,40}$/),
        part(/^[a-z0-9.-]{1,30}$/),
        fc.string({ maxLength: 10 }),
        (scheme, user, password, host, before) => {
          const text = `${before} ${scheme}://${user}:${password}@${host}/x`;
          const masked = redactUrls(text);
          for (const m of detectSecrets(text).filter((d) => d.type === 'url-credentials')) {
            expect(masked).not.toContain(`:${text.slice(m.start, m.end)}@`);
          }
        },
      ),
    );
  });

  it('is linear: a megabyte of scheme separators is handled in well under a second', () => {
    const text = 'a://'.repeat(250_000) + `https://u:${pw}@h`;
    const t = performance.now();
    expect(redactUrls(text).includes(pw)).toBe(false);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});

describe('redactUrls shortcut (a URL with nothing to mask is returned unread)', () => {
  // Texts built from the characters that decide masking: scheme separators, userinfo, ports, paths,
  // queries with secret-named parameters, anaconda's /t/, fragments and the characters that end a URL.
  const part = fc.constantFrom('oci://', 'https://', 's3://', 'u', 'user', ':', '@', '/', '/t/', '?', 'token=', '=', '&', '#', 'sha256:', 'ab12', '.', '-', ' ', '"', '8080', 'x');
  it('returns what the full scan returns, for any text', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 14 }).map((xs) => xs.join('')), (text) => {
        expect(redactUrls(text)).toBe(redactEveryUrl(text));
      }),
      { numRuns: 20_000 },
    );
  });
  it.each([
    ['oci://registry.example/models/m1@sha256:' + 'ab'.repeat(32), false],
    ['s3://models-prod/m1/3/model.tar.gz', false],
    [`https://user:${pw}@host.example/x`, true],
    [`https://host.example:8443/a/user:${pw}@x`, false],
  ])('%s masked: %s', (url, masked) => {
    expect(redactUrls(url) !== url).toBe(masked);
  });
});

