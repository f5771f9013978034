// `modelgate pii scan --format jsonl --mask` as a new user runs it on free text (issue 17): a masked
// value leaves nothing of itself behind (a Unicode local part, an IPv4-mapped IPv6 address), and
// numbers that are not personal data (versions, order ids, ISBNs, bad-checksum IBANs, sums) pass
// through unchanged.
import { describe, expect, it } from 'vitest';
import { maskJsonl } from '../../../helpers/pii-mask-jsonl.js';
import { chars, iban, rng } from '../../../helpers/personal-data.js';

const r = rng(1717);

describe('pii scan --mask on free text: whole tokens, and only personal data', () => {
  it('masks a Unicode e-mail address and an IPv4-mapped IPv6 address whole', async () => {
    const local = `${['jürgen', 'søren'][Math.floor(r() * 2)]}.${'müller'}${chars(r, '0123456789', 2)}`;
    const octets = [10 + Math.floor(r() * 200), Math.floor(r() * 256), Math.floor(r() * 256), 1 + Math.floor(r() * 250)];
    const out = await maskJsonl([`mail ${local}@beispiel.de bitte`, `peer ::ffff:${octets.join('.')} closed`]);
    expect(out).toEqual(['mail [EMAIL] bitte', 'peer [IP_ADDRESS] closed']);
  });

  it('leaves versions, order ids, ISBNs, epochs, sums and a bad-checksum IBAN alone', async () => {
    const good = iban(r, 'BE', 16);
    const bad = `${good.slice(0, 2)}${String((Number(good.slice(2, 4)) + 7) % 100).padStart(2, '0')}${good.slice(4)}`.replace(/(.{4})(?=.)/g, '$1 ');
    const texts = [
      `firmware ${1 + Math.floor(r() * 9)}.${Math.floor(r() * 9)}.${10 + Math.floor(r() * 30)}.${Math.floor(r() * 9)} installed`,
      `order ${chars(r, '123456789', 10)} shipped`,
      `ISBN: 0306406152`,
      `logged ${1_600_000_000 + Math.floor(r() * 1e8)}`,
      `${2000 + Math.floor(r() * 25)} - 1988 = 36`,
      `IBAN ${bad} please`,
    ];
    expect(await maskJsonl(texts)).toEqual(texts);
  });
});
