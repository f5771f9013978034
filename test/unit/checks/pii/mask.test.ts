import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../../checks/pii/detectors/index.js';
import { letterHex, makeMasker } from '../../../../checks/pii/mask.js';
import { chars, rng } from '../../../helpers/personal-data.js';

describe('hash masking', () => {
  const key = ['mask', 'test', 'key'].join('-');
  const masker = makeMasker(Buffer.from(key));

  it('gives the documented pseudonym: 80 bits of HMAC-SHA256(key, type, value) as letters a–p', () => {
    // Known value (checked once with Python's hmac module): HMAC-SHA256("mask-test-key", "ticket-number\0A/5 21171").
    expect(masker.mask('A/5 21171', 'ticket-number', '[TICKET_NUMBER]', 'hash')).toBe('[TICKET_NUMBER:eicjnpepdakgofmbebmk]');
    expect(letterHex(Uint8Array.of(0x00, 0x9f, 0xff))).toBe('aajppp');
  });

  it('pseudonyms are found by no detector when the masked file is scanned again', () => {
    // Hexadecimal pseudonyms hold digit runs: about one in a thousand was a Luhn-valid card number.
    const r = rng(7);
    let hexHits = 0;
    for (let i = 0; i < 20_000; i++) {
      const value = chars(r, '0123456789', 9 + (i % 8));
      const pseudonym = masker.mask(value, 'credit-card', '[CREDIT_CARD]', 'hash');
      expect(detectPii(pseudonym), pseudonym).toEqual([]);
      const hex = createHmac('sha256', key).update('credit-card').update('\0').update(value).digest('hex').slice(0, 20);
      if (detectPii(`[CREDIT_CARD:${hex}]`).length > 0) hexHits++;
    }
    // The same values written in plain hexadecimal would have been found: the test can fail.
    expect(hexHits).toBeGreaterThan(0);
  });
});

describe('partial masking', () => {
  it('keeps the first character of an e-mail address whole, an astral one included', () => {
    const masker = makeMasker(undefined);
    const local = String.fromCodePoint(0x1d49c) + chars(rng(9), 'abcdef', 5); // a mathematical script letter (two code units)
    expect(masker.mask(`${local}@example.org`, 'email', '[EMAIL]', 'partial')).toBe(`${String.fromCodePoint(0x1d49c)}***@example.org`);
    expect(masker.mask(`jürgen.m@beispiel.de`, 'email', '[EMAIL]', 'partial')).toBe('j***@beispiel.de');
  });
});
