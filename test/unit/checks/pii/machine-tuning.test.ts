// Issue 17, set-11 classes h1 (test/helpers/pii-machine-tuning.ts): no phone in an NMEA sentence's fields, in
// a hex dump's digit-only bytes, across a printed form's columns (groups two blanks apart) or in a box
// number and a date; no street line made of codes (an airline and its flight number, a register's bytes and
// a label, a currency after a code), and a street line after a label read from its number, whole; no phone after a baggage tag's label, in an `ndc` column, after `NDC`
// or in an NCPDP product code. Phones and street lines in the same documents stay found.
// Prints counts only.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../../checks/pii/detectors/index.js';
import { bagTagMessage, cms1500, type Doc, hexDumpLog, measureDocs, ndc, ndcText, nmeaLog, pnr, rng } from '../../../helpers/pii-machine-tuning.js';
import { chars, int, pick } from '../../../helpers/personal-data.js';
import { mobile } from '../../../helpers/pii-tuning-set.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';

const N = 300;
const D = '0123456789';
const types = (t: string) => detectPii(t).map((m) => m.type);
const spans = (t: string) => detectPii(t).map((m) => [m.type, t.slice(m.start, m.end)]);

function clean(name: string, gen: (r: () => number) => Doc, seed: number) {
  const m = measureDocs(gen, seed, N);
  console.log(name, `clean spans touched ${m.dirty}/${m.cleanSpans}; phones found ${m.phonesFound}/${m.phones}; street lines found ${m.addressesFound}/${m.addresses}`);
  expect(m.dirty).toBe(0);
  expect(m.phonesFound).toBe(m.phones);
  expect(m.addressesFound).toBe(m.addresses);
}

describe('pii on machine formats (issue 17, set-11 classes h1)', () => {
  it('takes no phone from an NMEA sentence; the driver\'s phone stays', () => {
    clean('NMEA', nmeaLog, 111);
    // Outside a sentence (no `$GPRMC,` head or no `*hh` checksum) a number stays what it is.
    const r = rng(112);
    for (let i = 0; i < 20; i++) {
      const nat = mobile(r, 'NO')!.formatNational();
      expect(spans(`$GPTXT,01,01,02,ANTENNA OK*35\nkontakt,${nat},vakt`)).toEqual([['phone', nat]]);
    }
  });

  it('takes no phone from a hex dump\'s digit-only bytes; a phone in pairs stays, also before a country code', () => {
    clean('hex dumps', hexDumpLog, 121);
    const r = rng(122);
    for (let i = 0; i < 20; i++) {
      const pairs = mobile(r, 'FR')!.formatNational();
      expect(spans(`Astreinte ${pairs} DE`)).toEqual([['phone', pairs]]);
      expect(spans(`RX 01 03 04 0A C5 00 12\nTel. ${pairs}\n`)).toEqual([['phone', pairs]]);
    }
  });

  it('reads groups two blanks apart as a form\'s columns, and a box number before a date as no phone; phones with one blank, no-break or thin spaces stay', () => {
    clean('CMS-1500', cms1500, 131);
    const r = rng(132);
    for (let i = 0; i < 20; i++) {
      expect(types(`24. ${int(r, 1, 28)}. ${int(r, 1, 12)}. 2026  11  ${pick(r, ['99213', '85025'])}`)).toEqual([]);
      expect(types(`${String(int(r, 1, 12)).padStart(2, '0')} ${String(int(r, 1, 28)).padStart(2, '0')} 2026  ${int(r, 10, 23)}  ${chars(r, D, 5)}`)).toEqual([]);
      const intl = mobile(r, 'DE')!.formatInternational();
      for (const sp of [' ', '\u00a0', '\u2009', '\u202f']) expect(spans(`Tel.  ${intl.replace(/ /g, sp)}  Fax`)).toEqual([['phone', intl.replace(/ /g, sp)]]);
    }
  });

  it('reads a street line after a label that ends in no street word from its number: the whole street line is found', () => {
    const r = rng(135);
    for (let i = 0; i < 20; i++) {
      const street = `${int(r, 1, 999)} ${pick(r, ['Main Street', 'Crown Street', 'Oak Ave', 'Rue de la Paix', 'Via Roma'])}`;
      for (const label of ["5. PATIENT'S ADDRESS ", 'Home Address ', 'PNR ', 'Lieferadresse  ']) expect(spans(`${label}${street}\n`)).toEqual([['street-address', street]]);
    }
  });

  it('takes no street line from codes (an airline and its flight number, an Amadeus AP element); roads named by a code and street lines stay', () => {
    clean('PNR', pnr, 141);
    const r = rng(142);
    for (let i = 0; i < 20; i++) {
      expect(types(`${chars(r, D, 5)}  AB  CHF ${int(r, 10, 99)}  billing address on file`)).not.toContain('street-address');
      expect(types(`C5 CD  RX ${int(r, 4, 40)} bytes, mailing address on file`)).not.toContain('street-address');
      const n = int(r, 100, 29999);
      for (const road of [`${n} CR ${int(r, 1, 400)}`, `${n} US ${int(r, 1, 99)}`, `${n} FM ${int(r, 100, 2999)}`]) expect(spans(`Mailing address: ${road}`)).toContainEqual(['street-address', road]);
    }
  });

  it('takes no phone after a baggage tag\'s label in several languages; a phone after a baggage desk\'s label stays', () => {
    clean('bag tags', bagTagMessage, 151);
    const r = rng(152);
    for (let i = 0; i < 20; i++) {
      const intl = mobile(r, 'PL')!.formatInternational();
      expect(spans(`Lost baggage desk: ${intl}`)).toEqual([['phone', intl]]);
    }
  });

  it('takes no phone from an NDC after its label or as an NCPDP product code', () => {
    clean('NDC text', ndcText, 161);
  });

  it('masks no cell of an `ndc` column; the phone column beside it stays masked', async () => {
    const cols = await scanGeneratedTable(162, { ndc, NDC_Code: ndc, patient_phone: (r) => mobile(r, 'US')!.formatNational() }, 150);
    console.log('NDC columns', cols.map((c) => `${c.column}: masked ${c.masked}`).join('; '));
    expect(cols[0]!.masked).toBe(0);
    expect(cols[1]!.masked).toBe(0);
    expect(cols[2]!.masked).toBe(150);
  });
});
