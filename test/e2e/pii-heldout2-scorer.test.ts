// The scorer of the second held-out set (bench/pii-heldout2/): a masker that masks exactly the labelled
// values scores 1.0 everywhere and masks no hard negative; partial masks are misses; the set is a
// function of its seed.
import { describe, expect, it } from 'vitest';
import { textDocuments, type Span } from '../../bench/pii-heldout2/documents.js';
import { negativeShares, rows, Scorer } from '../../bench/pii-heldout2/score.js';
import { tables, toCsv, parseCsv } from '../../bench/pii-heldout2/tables.js';
import { card, iban, phone, PHONE_REGIONS, Rng } from '../../bench/pii-heldout2/values.js';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

const PLACEHOLDER: Record<string, string> = { email: 'EMAIL', phone: 'PHONE', 'credit-card': 'CREDIT_CARD', iban: 'IBAN', 'us-ssn': 'US_SSN', 'ip-address': 'IP_ADDRESS', 'mac-address': 'MAC_ADDRESS', 'national-id': 'UK_NINO', secret: 'SECRET', person: 'PERSON', 'street-address': 'ADDRESS', 'date-of-birth': 'DATE_OF_BIRTH' };

/** Masks exactly the labelled personal values, as the CLI writes its masks. */
function perfect(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const s of [...spans].filter((x) => !x.negative).sort((a, b) => b.start - a.start)) out = `${out.slice(0, s.start)}[${PLACEHOLDER[s.label]}]${out.slice(s.end)}`;
  return out;
}

describe('pii-heldout2 scorer', () => {
  it('scores a perfect masker 1.0 on every type, with no hard negative masked', () => {
    const scorer = new Scorer();
    const docs = textDocuments(7, 160);
    for (const d of docs) scorer.add(d.text, d.spans, perfect(d.text, d.spans));
    for (const t of tables(7, 40)) {
      for (const row of t.rows) for (const cell of row) {
        const spans = cell.label ? [{ start: 0, end: cell.value.length, label: cell.label, negative: cell.negative ?? false }] : [];
        scorer.add(cell.value, spans, perfect(cell.value, spans));
      }
    }
    const r = rows(scorer.result);
    expect(r.map((x) => x.type).sort()).toEqual(Object.keys(PLACEHOLDER).sort());
    for (const x of r) expect([x.type, x.precision, x.recall, x.f2, x.typeConfused]).toEqual([x.type, 1, 1, 1, 0]);
    const n = negativeShares(scorer.result);
    expect(n.kinds.length).toBeGreaterThanOrEqual(18);
    expect(n.masked).toBe(0);
    expect(scorer.result.misaligned).toBe(0);
  });

  it('counts a partial mask as a miss and a masked hard negative as masked', () => {
    const scorer = new Scorer();
    const text = 'mail ' + ['jane', 'doe'].join('.') + '@example.org order 4500012345';
    const spans: Span[] = [{ start: 5, end: 25, label: 'email', negative: false }, { start: 32, end: 42, label: 'order-number', negative: true }];
    scorer.add(text, spans, 'mail jane.do[EMAIL] order [PHONE]');
    const email = rows(scorer.result).find((x) => x.type === 'email');
    expect(email).toMatchObject({ positives: 1, found: 0, masks: 1, precision: 1, recall: 0 });
    expect(rows(scorer.result).find((x) => x.type === 'phone')).toMatchObject({ masks: 1, precision: 0 });
    expect(negativeShares(scorer.result).kinds).toEqual([{ kind: 'order-number', total: 1, masked: 1, share: 1 }]);
    scorer.add(text, spans, 'mail [EMAIL] order no. [PHONE]');
    expect(scorer.result.misaligned).toBe(1);
  });

  it('is a function of its seed, and reads back the CSV it writes', () => {
    const a = textDocuments(11, 64), b = textDocuments(11, 64), c = textDocuments(12, 64);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
    expect(toCsv(tables(11, 30)[0]!)).toBe(toCsv(tables(11, 30)[0]!));
    for (const t of tables(11, 30)) expect(parseCsv(toCsv(t)).slice(1)).toEqual(t.rows.map((row) => row.map((cell) => cell.value)));
    expect(new Set(a.map((d) => d.lang)).size).toBeGreaterThanOrEqual(6);
  });

  it('writes phones valid in the numbering plans of 20 regions, cards that pass Luhn and IBANs that pass mod-97 (and bad ones that fail)', () => {
    const r = new Rng(3);
    for (const region of PHONE_REGIONS) {
      for (let i = 0; i < 10; i++) {
        const p = phone(r, region);
        expect(parsePhoneNumberFromString(p.text.replace(/^00/, '+'), region as CountryCode)?.isValid(), `${region} #${i}`).toBe(true);
      }
    }
    expect(PHONE_REGIONS.length).toBeGreaterThanOrEqual(15);
    const luhn = (s: string): boolean => [...s.replace(/\D/g, '')].reverse().reduce((a, ch, i) => { let d = Number(ch) * (i % 2 ? 2 : 1); if (d > 9) d -= 9; return a + d; }, 0) % 10 === 0;
    const mod97 = (s: string): number => { const c = s.replace(/ /g, ''); return [...(c.slice(4) + c.slice(0, 4)).replace(/[A-Z]/g, (x) => String(x.charCodeAt(0) - 55))].reduce((m, d) => (m * 10 + Number(d)) % 97, 0); };
    for (let i = 0; i < 200; i++) {
      expect(luhn(card(r))).toBe(true);
      expect(luhn(card(r, false))).toBe(false);
      expect(mod97(iban(r))).toBe(1);
      expect(mod97(iban(r, false))).not.toBe(1);
    }
  });
});
