// Issue 17, set-8 classes P (test/helpers/pii-edi-tuning.ts): a tel: URI is one phone, scheme, number and
// parameters masked together; vCard TEL values are phones; the numbers of X12 PER and EDIFACT COM segments
// after a phone qualifier are phones, whole elements (a released "?+" too); the envelopes' control numbers
// and party ids (ISA13, GS06, ST02, their trailers, TA1, AK1/AK2, UNB/UNZ, UNH/UNT; ISA06/08, GS02/03) and their
// labels in text are no phones.
// Prints counts only.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../../checks/pii/detectors/index.js';
import { controlNumberLine, edifactComLine, edifactTextLine, measureSamples, rng, type Sample, telUriLine, vcardTelLine, x12PerLine } from '../../../helpers/pii-edi-tuning.js';
import { chars } from '../../../helpers/personal-data.js';
import { mobile } from '../../../helpers/pii-tuning-set.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';

const N = 400;
const DIG = '0123456789';
const measure = (gen: (r: () => number) => Sample, seed: number) => measureSamples(gen, seed, N);

describe('pii on tel: URIs, vCards and EDI segments (issue 17, set-8 classes P)', () => {
  it('masks a tel: URI whole: scheme, number, ;ext= / ;isub= and phone-context as one phone', () => {
    const m = measure(telUriLine, 81);
    console.log('tel: URIs', m);
    expect(m.whole).toBe(m.phones);
  });

  it('ends a tel: URI before the punctuation after it, reads TEL: as a vCard property, and leaves a service number', () => {
    const r = rng(80);
    const spans = (t: string) => detectPii(t).map((f) => [f.type, t.slice(f.start, f.end)]);
    for (let i = 0; i < 20; i++) {
      const intl = mobile(r, 'NL')!.formatInternational();
      const e164 = intl.replace(/ /g, '');
      const dashed = intl.replace(/ /g, '-');
      expect(spans(`Call tel:${e164}.`)).toEqual([['phone', `tel:${e164}`]]);
      expect(spans(`(tel:${dashed};ext=12), or mail`)).toEqual([['phone', `tel:${dashed};ext=12`]]);
      expect(spans(`TEL:${dashed}`)).toEqual([['phone', dashed]]);
    }
    expect(spans('emergency: tel:112')).toEqual([]);
  });

  it('takes the scheme and the qualifier as the cue: a number of no plan the validator knows is one, a short code is not', () => {
    const r = rng(87);
    const spans = (t: string) => detectPii(t).map((f) => [f.type, t.slice(f.start, f.end)]);
    for (let i = 0; i < 20; i++) {
      // Area code 1xx: in no North American plan.
      const dashed = `+1-1${chars(r, DIG, 2)}-555-01${chars(r, DIG, 2)}`;
      const bare = dashed.replace(/\D/g, '').slice(1);
      expect(spans(`<a href="tel:${dashed}">`)).toEqual([['phone', `tel:${dashed}`]]);
      expect(spans(`PER*IC*JOHN SMITH*TE*${bare}~`)).toEqual([['phone', bare]]);
      expect(spans(`COM+001${bare}:TE'`)).toEqual([['phone', `001${bare}`]]);
    }
    expect(spans(`dial tel:${chars(r, DIG, 5)} or PER*IC*X*EX*${chars(r, DIG, 4)}~`)).toEqual([]);
  });

  it('finds the value of a vCard 3.0 TEL line as a phone', () => {
    const m = measure(vcardTelLine, 82);
    console.log('vCard TEL', m);
    expect(m.whole).toBe(m.phones);
  });

  it('finds the numbers after a phone qualifier of an X12 PER segment, and keeps the e-mail beside them', () => {
    const m = measure(x12PerLine, 83);
    console.log('X12 PER', m);
    expect(m.whole).toBe(m.phones);
    const line = 'PER*IC*ANNA BERG*TE*0031205550123*EM*a.berg@example.com~';
    expect(detectPii(line).map((f) => [f.type, line.slice(f.start, f.end)])).toEqual([
      ['phone', '0031205550123'],
      ['email', 'a.berg@example.com'],
    ]);
  });

  it('finds the number of an EDIFACT COM segment with a phone qualifier, a released "?+" included', () => {
    const m = measure(edifactComLine, 84);
    console.log('EDIFACT COM', m);
    expect(m.whole).toBe(m.phones);
    // Not a phone qualifier: an e-mail (EM), a web address (AH), an EDI mailbox (EI).
    for (const q of ['EM', 'AH', 'EI']) expect(detectPii(`COM+0031205550123:${q}'`)).toEqual([]);
  });

  it('finds a phone written in EDIFACT free text or a name component, and none in the segments\' codes and references', () => {
    const m = measure(edifactTextLine, 88);
    console.log('EDIFACT FTX/NAD', m);
    expect(m.whole).toBe(m.phones);
    expect(m.dirtySpans).toBe(0);
    // Outside a segment, a "+" before and a ":" after still make a number part of a longer token.
    const texts = ['total 1+2345678 = 2345679', 'host 0301234567:Admin up'];
    for (const t of texts) expect(detectPii(t).filter((f) => f.type === 'phone')).toEqual([]);
  });

  it('finds no phone in X12 and EDIFACT control numbers, in their segments or after their labels', () => {
    const m = measure(controlNumberLine, 85);
    console.log('control numbers', m);
    expect(m.dirtySpans).toBe(0);
    expect(m.whole).toBe(m.phones);
  });

  it('masks no cell of a column of interchange control numbers', async () => {
    const icn = (r: () => number) => '0' + String(Math.floor(r() * 1e8)).padStart(8, '0');
    const cols = await scanGeneratedTable(86, { interchange_control_number: icn, isa13: icn, GroupControlNumber: icn }, 300);
    console.log('control number columns', cols.map((c) => `${c.column}:${c.masked}`).join(' '));
    for (const c of cols) expect(c.masked).toBe(0);
  });
});
