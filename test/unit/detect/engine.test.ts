import { describe, expect, it } from 'vitest';
import { otherKindOfColumn, runDetectors, wholeMatch } from '../../../src/detect/engine.js';
import type { Detector } from '../../../src/detect/types.js';
import { PII_DETECTORS } from '../../../checks/pii/detectors/index.js';
import { chars, rng } from '../../helpers/personal-data.js';

const r = rng(11);

describe('wholeMatch', () => {
  /** Its definition: runDetectors, when that gives one match from the first to the last character. */
  const reference = (text: string, ds: readonly Detector[], context?: string) => {
    const found = runDetectors(text, ds, context ? { context } : {});
    return found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.length ? found : undefined;
  };

  it('agrees with runDetectors for every detector, on values that match wholly, partly or not at all', () => {
    const samples = ['mary.smith42@example.com', 'mary..smith@example.com', 'x mary@example.com', '192.168.1.20', '0.0.0.0', '1985-03-12', '+1-202-555-0143', '2345678', 'Mary Johnson', '12 Main Street'];
    for (let i = 0; i < 400; i++) samples.push(chars(r, '0123456789.-@ aZx:+()', 3 + Math.floor(r() * 20)));
    let whole = 0;
    for (const d of PII_DETECTORS) {
      for (const t of samples) {
        for (const context of [undefined, 'email', 'dob', 'phone', 'ip']) {
          const want = reference(t, [d], context);
          expect(wholeMatch(t, [d], context ? { context } : {}), `${d.type} on ${JSON.stringify(t)}`).toEqual(want);
          if (want) whole++;
        }
      }
    }
    expect(whole).toBeGreaterThan(20); // the samples exercise the fast path, not only its refusals
  });

  it('takes several detectors (scan detectors, or two of one type) through runDetectors', () => {
    const ip = PII_DETECTORS.filter((d) => d.type === 'ip-address');
    expect(ip.length).toBe(2);
    expect(wholeMatch('10.1.2.3', ip)).toEqual(reference('10.1.2.3', ip));
    expect(wholeMatch('10.1.2.3', ip)?.[0]?.type).toBe('ip-address');
    expect(wholeMatch('at 10.1.2.3', ip)).toBeUndefined();
  });
});

describe('context words', () => {
  it('a text without letters holds none; with letters they are found either side of the span', () => {
    const phoneOnly = PII_DETECTORS.filter((d) => d.type === 'phone');
    expect(runDetectors('2345678', phoneOnly)).toEqual([]); // a bare run needs a context word
    expect(runDetectors('tel 2345678', phoneOnly).map((m) => m.type)).toEqual(['phone']);
    expect(runDetectors('2345678 (mobile)', phoneOnly).map((m) => m.type)).toEqual(['phone']);
    expect(runDetectors('2345678', phoneOnly, { context: 'phone' }).map((m) => m.type)).toEqual(['phone']);
  });

  it('with contextAtWordStart, a word counts in the text only where a word starts (anywhere in the column name)', () => {
    const d: Detector = { type: 'n', pattern: /\d{6}/g, score: 0.3, context: ['tel'], contextScore: 0.9 };
    const atStart: Detector = { ...d, contextAtWordStart: true };
    const n = chars(rng(5), '123456789', 6);
    for (const text of [`Tel. ${n}`, `(tel) ${n}`, `${n} tel`, `telefono ${n}`]) {
      expect(runDetectors(text, [atStart]).length, text).toBe(1);
    }
    for (const text of [`hotel ${n}`, `Bestellnummer ${n}`, `intel ${n}`]) {
      expect(runDetectors(text, [d]).length, text).toBe(1); // the substring rule finds them
      expect(runDetectors(text, [atStart]), text).toEqual([]);
    }
    expect(runDetectors(n, [atStart], { context: 'customerTel' }).length).toBe(1);
  });

  it('notContext: a column named for another kind of value has no match, unless a context word is in its name too', () => {
    const d: Detector = { type: 'n', pattern: /\d{6}/g, score: 0.8, context: ['phone'], contextScore: 0.9, notContext: ['order', 'ean', 'part'] };
    for (const name of ['orderId', 'order_number', 'ean', 'EAN13', 'part', 'part_2']) expect(otherKindOfColumn(name, d), name).toBe(true);
    for (const name of ['boolean', 'party', 'partner', 'border', 'orderPhone', 'notes']) expect(otherKindOfColumn(name, d), name).toBe(false);
    const n = chars(rng(6), '123456789', 6);
    expect(runDetectors(n, [d], { context: 'orderId' })).toEqual([]);
    expect(runDetectors(n, [d], { context: 'notes' }).length).toBe(1);
    expect(wholeMatch(n, [{ ...d, recognise: () => 0.8 }], { context: 'order_no' })).toBeUndefined();
  });
});
