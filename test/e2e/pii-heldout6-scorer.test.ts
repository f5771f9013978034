// Held-out set 6 of the pii check (bench/pii-heldout6, issue 17) measures what it claims: the
// generator is deterministic, every gold phone is valid in its region per libphonenumber-js (over at
// least 30 regions), check digits are right on the gold and wrong on the bad-checksum negatives, the
// digit-run negatives are no valid phone, no hard negative overlaps a gold value, the scorer gives a
// perfect masker 1.0 and a masker that masks nothing recall 0, and the printed tables hold no value.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cpfDigits, codiceFiscaleChar, dniLetter, ibanValid, luhnValid, verhoeffValid } from '../../bench/pii-heldout/checksums.js';
import { figures, groupOf, GROUPS, negativesMasked } from '../../bench/pii-heldout/score.js';
import { floorMask } from '../../bench/pii-heldout3/floor.js';
import { columnTable, formTable, groupTable, maskedAsLine, negativeTable, sourceTable } from '../../bench/pii-heldout3/report.js';
import { DOCUMENTS_FILE, readMaskedCsv, readMaskedJsonl, RECORDS_FILE, recordUnits, type MaskedSet } from '../../bench/pii-heldout4/files.js';
import { maskSet4With, perfectMask, scoreMaskedSet4 } from '../../bench/pii-heldout4/tally.js';
import type { Unit } from '../../bench/pii-heldout4/unit.js';
import { ALL_SOURCES, generateHeldout6, type HeldoutSet6 } from '../../bench/pii-heldout6/generate.js';
import { PHONE_REGIONS, phoneOfAny, phoneValid } from '../../bench/pii-heldout6/phones.js';
import { writeSet6 } from '../../bench/pii-heldout6/run.js';

const SMALL = { seed: 77, documents: 750, records: 200, rows: 60 };
const set = generateHeldout6(SMALL);
const digest = (s: HeldoutSet6): string => createHash('sha256').update(JSON.stringify(s)).digest('hex');

/** Every scored unit: documents, record leaves, cells. */
const all: Unit[] = [set.documents.map((d) => d.unit), set.records.flatMap((r) => [...recordUnits(r).values()]), set.tables.flatMap((t) => t.rows.flat())].flat();
const withText = <T extends { start: number; end: number }>(u: Unit, spans: T[]) => spans.map((x) => ({ ...x, text: u.text.slice(x.start, x.end) }));
const golds = all.flatMap((u) => withText(u, u.gold));
const negs = all.flatMap((u) => withText(u, u.negatives));
const digits = (s: string) => s.replace(/\D/g, '');

describe('held-out set 6: the generator', () => {
  it('draws the same set from the same seed and another from another seed', () => {
    expect(digest(generateHeldout6(SMALL))).toBe(digest(set));
    expect(digest(generateHeldout6({ ...SMALL, seed: SMALL.seed + 1 }))).not.toBe(digest(set));
  });

  it('writes every gold phone validly for its region, over at least 30 regions and several national forms', () => {
    const phones = golds.filter((g) => g.type === 'phone');
    expect(new Set(phones.map((p) => p.form.split(':')[0])).size).toBeGreaterThanOrEqual(30);
    expect(new Set(phones.map((p) => p.form.split(':')[1])).size).toBeGreaterThanOrEqual(7);
    for (const p of phones) {
      const region = p.form.split(':')[0] as (typeof PHONE_REGIONS)[number];
      expect(PHONE_REGIONS).toContain(region);
      expect(phoneValid(p.text, region), `phone ${p.form}`).toBe(true);
    }
  });

  it('gives the gold right check digits and the bad-checksum negatives wrong ones', () => {
    const dniDigits = (s: string) => s.replace(/[.-]/g, '').slice(0, -1).replace(/^[XYZ]/, (x) => String('XYZ'.indexOf(x)));
    const checks: Record<string, (text: string) => boolean> = {
      'credit-card': (t) => luhnValid(digits(t)),
      iban: ibanValid,
      'in-aadhaar': (t) => verhoeffValid(digits(t)),
      'br-cpf': (t) => cpfDigits(digits(t).slice(0, 9)) === digits(t).slice(9),
      'it-fiscal-code': (t) => codiceFiscaleChar(t.slice(0, 15)) === t[15],
      'es-dni': (t) => dniLetter(dniDigits(t)) === t.slice(-1),
      'uk-nino': (t) => /^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$/.test(t.replace(/ /g, '')),
      'us-ssn': (t) => /^(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}$/.test(digits(t)),
    };
    const checked = golds.filter((g) => g.type in checks);
    expect(new Set(checked.map((g) => g.type)).size).toBe(Object.keys(checks).length);
    expect(checked.filter((g) => !checks[g.type]!(g.text)).map((g) => g.type)).toEqual([]);
    const bad = negs.filter((n) => n.kind === 'bad-card' || n.kind === 'bad-iban');
    expect(bad.filter((n) => n.kind === 'bad-card').length).toBeGreaterThan(10);
    expect(bad.filter((n) => n.kind === 'bad-iban').length).toBeGreaterThan(10);
    expect(bad.filter((n) => checks[n.kind === 'bad-card' ? 'credit-card' : 'iban']!(n.text)).map((n) => n.kind)).toEqual([]);
  });

  it('draws no digit-run hard negative that reads as a valid phone in the United States, Britain, Germany or India', () => {
    const runs = negs.filter((n) => /^\d{8,}$/.test(n.text) && !['imei', 'ean-13', 'epoch-millis'].includes(n.kind));
    expect(runs.length).toBeGreaterThan(100);
    for (const n of runs) expect(phoneOfAny(n.text, ['US', 'GB', 'DE', 'IN']), n.kind).toBe(false);
  });

  it('covers every judged group, every source, and places no hard negative over a gold value', () => {
    const groups = scoreMaskedSet4(set, maskSet4With(set, perfectMask)).all.groups;
    for (const g of GROUPS) expect(groups.get(g)?.gold ?? 0, g).toBeGreaterThan(10);
    expect(new Set(set.documents.map((d) => d.source)).size).toBe(Object.keys(ALL_SOURCES).length);
    for (const u of all) for (const n of u.negatives) expect(u.gold.some((g) => g.start < n.end && n.start < g.end)).toBe(false);
    expect(new Set(negs.map((n) => n.kind)).size).toBeGreaterThanOrEqual(40);
    expect(set.tables.filter((t) => t.delimiter === ';').length).toBeGreaterThanOrEqual(4);
    expect(set.tables.some((t) => t.file.endsWith('.gz'))).toBe(true);
  });

  it('gives every judged column a true type of a judged group, and the gold of its cells that group', () => {
    for (const t of set.tables) {
      t.columns.forEach((c, i) => {
        if (typeof c.truth !== 'string') return;
        expect(groupOf(c.truth), c.name).not.toBe('other');
        for (const row of t.rows) expect(row[i]!.gold.map((g) => groupOf(g.type)), `${t.file} ${c.name}`).toEqual([groupOf(c.truth)]);
      });
    }
  });
});

describe('held-out set 6: the scorer and its tables', () => {
  it('scores a perfect masker 1.0 in every group with no hard negative masked', () => {
    const s = scoreMaskedSet4(set, maskSet4With(set, perfectMask));
    // Rails logs write a literal `[FILTERED]`, which the aligner reads as a mask of no judged group (`other`).
    for (const [g, c] of s.all.groups) if (g !== 'other') expect([g, figures(c).precision, figures(c).recall, figures(c).f2]).toEqual([g, 1, 1, 1]);
    expect(negativesMasked(s.all).masked).toBe(0);
    expect(s.all.unaligned).toBe(0);
  });

  it('scores masking nothing recall 0, and a mask over a hard negative as masked', () => {
    const none = scoreMaskedSet4(set, maskSet4With(set, (u) => u.text));
    for (const [, c] of none.all.groups) expect(c.found).toBe(0);
    const overMask = (u: Unit) => perfectMask({ ...u, gold: [...u.gold, ...u.negatives.map((n) => ({ type: 'phone', form: 'x', start: n.start, end: n.end }))] });
    expect(negativesMasked(scoreMaskedSet4(set, maskSet4With(set, overMask)).all).share).toBe(1);
  });

  it('counts a mask leaving half of a value readable as partial, not found', () => {
    const half = (u: Unit) => perfectMask({ ...u, gold: u.gold.map((g) => ({ ...g, end: g.start + Math.floor((g.end - g.start) / 2) })) });
    const iban = scoreMaskedSet4(set, maskSet4With(set, half)).all.groups.get('iban')!;
    expect([iban.found, iban.partial]).toEqual([0, iban.gold]);
  });

  it('prints tables that hold no gold value and no hard negative', () => {
    const floor = scoreMaskedSet4(set, maskSet4With(set, floorMask));
    const columns = set.tables.flatMap((t) => t.columns.map((c) => ({ file: t.file, column: c.name, truth: c.truth ?? null, reported: 'phone' })));
    const printed = [groupTable(floor), negativeTable(floor), maskedAsLine(floor), sourceTable(floor), formTable(floor, true), columnTable(columns)].join('\n');
    const leaked = [...golds, ...negs].filter((v) => digits(v.text).length >= 6 || /@/.test(v.text)).filter((v) => printed.includes(v.text));
    expect(leaked.map((v) => ('type' in v ? v.type : v.kind))).toEqual([]);
  });
});

describe('held-out set 6: files written and read back', () => {
  it('writes the gzip table compressed and reads every unit back unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pii-heldout6-test-'));
    try {
      writeSet6(dir, set);
      const read = (f: string) => (f.endsWith('.gz') ? gunzipSync(readFileSync(join(dir, f))).toString('utf8') : readFileSync(join(dir, f), 'utf8'));
      const back: MaskedSet = {
        documents: readMaskedJsonl(read(DOCUMENTS_FILE), false).map((m) => m.get('text')),
        records: readMaskedJsonl(read(RECORDS_FILE), true),
        tables: set.tables.map((t) => readMaskedCsv(read(t.file), t.delimiter, t.columns.length)),
      };
      const s = scoreMaskedSet4(set, back);
      expect([s.all.unaligned, s.all.units]).toEqual([0, all.length]);
      for (const [, c] of s.all.groups) expect([c.found, c.predicted]).toEqual([0, 0]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
