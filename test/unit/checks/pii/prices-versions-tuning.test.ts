// Issue 17, set-9 classes of part V on their own tuning cases (test/helpers/pii-prices-versions-tuning.ts,
// written from the formats' documentation): four-part versions after upgrade and bump wording, in nmap
// port tables, SSH identification strings and daemon banners are no IPv4 addresses, while addresses after
// routing and connection words stay found; twelve digits grouped 4-4-4 are a phone only with a cue; prices with a currency, in every locale's grouping, are no
// phone numbers, in text and in a table's cells, while phones beside them stay found. Prints counts per
// kind only, never a value.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../../checks/pii/detectors/index.js';
import { itFindsEachKind } from '../../../helpers/pii-tuning-misses.js';
import { bareAmountCell, fourFourFour, priceCell, pricesVersionsTuningSet } from '../../../helpers/pii-prices-versions-tuning.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';
import { rng } from '../../../helpers/personal-data.js';

const CASES = [17, 18, 19, 20, 21].flatMap((seed) => pricesVersionsTuningSet(seed));
/** The price texts' other findings are the person detector's (a capitalised `Preis:` first), not this class's. */
const PRICE_KINDS = new Set(['price-in-text', 'phone-beside-price-kept']);

describe('versions after upgrade wording and in service banners, 4-4-4 digit groups (issue 17, set 9)', () => {
  itFindsEachKind(CASES.filter((c) => !PRICE_KINDS.has(c.kind)));
});

describe('prices with a currency are no phone numbers (issue 17, set 9)', () => {
  it.each([...PRICE_KINDS])('%s: exactly the wanted phones', (kind) => {
    const of = CASES.filter((c) => c.kind === kind);
    const wrong = of.filter((c) => {
      const phones = detectPii(c.text).filter((m) => m.type === 'phone').map((m) => c.text.slice(m.start, m.end));
      return JSON.stringify(phones) !== JSON.stringify(c.want.map((w) => w.value));
    });
    console.log(`${kind}: ${of.length - wrong.length}/${of.length}`);
    expect(wrong.map((c) => CASES.indexOf(c))).toEqual([]);
  });

  it('masks no price cell of a price, Preis or цена column nor of a neutral one, and every cell of a phone column', async () => {
    const r = rng(91);
    const phones = pricesVersionsTuningSet(23).filter((c) => c.kind === 'phone-beside-price-kept').map((c) => c.want[0]!.value);
    const cols = await scanGeneratedTable(9, { price: priceCell, Preis: bareAmountCell, цена: priceCell, value: priceCell, Betrag: bareAmountCell, phone: () => phones[Math.floor(r() * phones.length)]! }, 400);
    console.log(`cells masked of 400: ${cols.map((c) => `${c.column} ${c.masked}`).join(', ')}`);
    expect(cols.map((c) => [c.column, c.masked])).toEqual([['price', 0], ['Preis', 0], ['цена', 0], ['value', 0], ['Betrag', 0], ['phone', 400]]);
  });
});

describe('twelve digits grouped 4-4-4 need a cue to be a phone (issue 17, set 9)', () => {
  it('masks no cell of a neutral column of them, and every cell of a phone column', async () => {
    const cols = await scanGeneratedTable(12, { code: (r) => fourFourFour(r), field_3: (r) => fourFourFour(r, true), Telefon: (r) => fourFourFour(r, true) }, 400);
    console.log(`cells masked of 400: ${cols.map((c) => `${c.column} ${c.masked} (${c.cls.type ?? 'no type'})`).join(', ')}`);
    expect(cols.map((c) => [c.column, c.masked, c.cls.type])).toEqual([['code', 0, null], ['field_3', 0, null], ['Telefon', 400, 'phone']]);
  });
});
