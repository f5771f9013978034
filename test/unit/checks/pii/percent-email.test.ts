// E-mail addresses percent-encoded in URLs and form bodies (issue 17): `?email=ana%40example.org` in
// an access log was not found (the address detector wants a literal "@").
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../../checks/pii/detectors/index.js';
import { chars, pick, rng } from '../../../helpers/personal-data.js';

const found = (text: string) => detectPii(text).map((m) => [m.type, text.slice(m.start, m.end)]);
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

describe('percent-encoded e-mail addresses', () => {
  it('are found whole in query strings, form bodies and mailto: links', () => {
    const r = rng(11);
    for (let i = 0; i < 40; i++) {
      const local = `${chars(r, LOWER, 4)}.${chars(r, LOWER, 5)}${pick(r, ['', '%2Bnews', '%2btag'])}`;
      const address = `${local}%40${chars(r, LOWER, 6)}.${pick(r, ['com', 'org', 'de', 'co.uk'])}`;
      for (const text of [`GET /subscribe?email=${address}&src=nl HTTP/1.1`, `mailto:${address}?subject=hi`, `e=${address}`])
        expect(found(text), text.replace(/[a-z]/g, 'x')).toEqual([['email', address]]);
    }
  });

  it('leave what decodes to no address: a message id, a bare domain, a file name, double encoding', () => {
    const r = rng(12);
    const id = `%3C${chars(r, 'ABCDEFGHJK0123456789', 20)}%40mail.${chars(r, LOWER, 5)}.com%3E`;
    for (const text of [`msgid=${id}`, 'x=%40example.org', `img=${chars(r, LOWER, 4)}%40${'2x'}.png`, `u=${chars(r, LOWER, 5)}%2540${chars(r, LOWER, 5)}.org`]) expect(found(text), text.replace(/[a-z]/g, 'x')).toEqual([]);
  });
});
