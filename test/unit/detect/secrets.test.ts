import { describe, expect, it } from 'vitest';
import { detectSecrets, maskSecret, maskSecrets, shannonEntropy } from '../../../src/detect/index.js';
import { rng, secrets as S } from '../../helpers/personal-data.js';

const r = rng(7);
const found = (text: string) => detectSecrets(text).map((m) => ({ type: m.type, value: text.slice(m.start, m.end) }));

describe('detectSecrets', () => {
  it.each([
    ['aws-access-key-id', () => S.awsKeyId(r), (v: string) => `AWS_ACCESS_KEY_ID=${v}`],
    ['github-token', () => S.github(r), (v: string) => `token: ${v}`],
    ['slack-token', () => S.slack(r), (v: string) => `SLACK=${v}`],
    ['google-api-key', () => S.google(r), (v: string) => `key=${v}&q=1`],
    ['stripe-live-key', () => S.stripe(r), (v: string) => `stripe ${v}`],
    ['jwt', () => S.jwt(r), (v: string) => `Authorization: Bearer ${v}`],
    ['google-oauth-access-token', () => S.googleOAuth(r), (v: string) => `{"access_token":"${v}","token_type":"Bearer"}`],
    ['http-basic-credentials', () => S.basicAuth(r), (v: string) => `> Authorization: Basic ${v}\r\n`],
    ['http-basic-credentials', () => S.basicAuth(r), (v: string) => `proxy-authorization: basic ${v}`],
    ['private-key', () => S.pem(r), (v: string) => `key:\n${v}\n`],
  ])('finds %s with its exact span', (type, make, wrap) => {
    const v = make();
    expect(found(wrap(v))).toEqual([{ type, value: v }]);
  });

  it('takes a Basic credential only when its base64 decodes to user:password', () => {
    const noColon = Buffer.from('just some text here').toString('base64');
    const binary = Buffer.from([0, 1, 2, 58, 3, 4, 5, 6, 7]).toString('base64');
    for (const v of [noColon, binary, 'dGVzdA']) expect(found(`Authorization: Basic ${v}`), v).toEqual([]);
    expect(found(`WWW-Authenticate: Basic realm="x"`)).toEqual([]);
  });

  it('finds an AWS secret access key next to its key word, and a password in a URL (the password only)', () => {
    const secret = S.awsSecret(rng(3));
    expect(found(`aws_secret_access_key = ${secret}`)).toEqual([{ type: 'aws-secret-access-key', value: secret }]);
    const pw = S.urlPassword(r);
    expect(found(`postgres://admin:${pw}@db.internal:5432/x`)).toEqual([{ type: 'url-credentials', value: pw }]);
  });

  it('finds a high-entropy value next to a key word, not a low-entropy or placeholder one', () => {
    const v = S.generic(r);
    expect(found(`api_key: "${v}"`)).toEqual([{ type: 'generic-secret', value: v }]);
    expect(found('password = aaaaaaaaaaaaaaaaaaaaaaaa')).toEqual([]);
    expect(found('token = ${SECRET_FROM_VAULT_ABCDEF}')).toEqual([]);
    expect(found('postgres://user:${PASSWORD}@db/x')).toEqual([]);
  });

  it('takes no placeholder for a secret: a variable reference or a mask before a URL host, a template expression, a stand-in word', () => {
    // The generic rule reads the userinfo from its key word on, with the host: `token:$TOKEN@github.com`.
    for (const x of ['$TOKEN', 'REDACTED', '****************', 'xxxxxxxxxxxxxxxx', '%(password)s', '{{ secrets.PYPI_TOKEN }}', '${{ secrets.DEPLOY_TOKEN }}'])
      expect(found(`https://x-access-token:${x}@github.com/org/repo.git`), x).toEqual([]);
    for (const x of ['changeme', 'your_password', 'example', '[REDACTED]']) expect(found(`mysql://root:${x}@db.internal/app`), x).toEqual([]);
    // A hash that starts with "$" and a name is no variable reference: the rule still reads it.
    const hash = '$argon2id$v=19$m=65536,t=3,p=4$' + S.generic(r);
    expect(found(`password_secret: ${hash}`).map((m) => m.type)).toEqual(['generic-secret']);
  });

  it('rejects look-alikes: placeholders, test keys, prefixes inside words, JWT-shaped text without a JSON header', () => {
    expect(found('AKIA' + 'A'.repeat(16))).toEqual([]);
    expect(found('sk' + '_test_' + 'a1'.repeat(12))).toEqual([]);
    expect(found('xAKIA' + 'ABCDEFGHIJKLMNOP')).toEqual([]);
    expect(found('eyJ' + 'notjson123'.repeat(2) + '.eyJabcdefgh.' + 'x'.repeat(20))).toEqual([]);
  });

  it('masks with a type-revealing prefix and never the value', () => {
    const v = S.github(r);
    const m = maskSecret(v);
    expect(m.startsWith('ghp_…[REDACTED')).toBe(true);
    expect(m).not.toContain(v.slice(4, 12));
    const text = `a ${v} b`;
    expect(maskSecrets(text)).toBe(`a ${m} b`);
  });

  it('stays linear on a 10 MB adversarial input', () => {
    const big = ('aws secret = ' + 'A'.repeat(39) + ' ').repeat(2000) + 'eyJ'.repeat(1_000_000) + 'x://a:'.repeat(500_000);
    const t = performance.now();
    detectSecrets(big);
    expect(performance.now() - t).toBeLessThan(5000);
  });

  it('computes Shannon entropy', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
  });
});
