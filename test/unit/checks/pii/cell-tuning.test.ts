// Issue 17 on table cells and e-mail headers: the detectors and the column classification over the
// cell tuning corpus (test/helpers/pii-cell-tuning.ts). Textual timestamps (RFC 5322, HTTP dates,
// syslog, Java/Go/JavaScript/.NET defaults, ISO 8601 week and ordinal dates, locale forms) are masked
// nowhere and a column of them is a timestamp column; digit runs in a column (or after a label) that
// names another kind of number (case, ticket, claim, policy … numbers, in several languages) are not
// phones; message identifiers after `Message-ID:`/`In-Reply-To:`/`References:` are not mailboxes,
// while the addresses of `From:`/`To:`/`Reply-To:` and phone columns stay found; nor are the message ids
// mail servers log (Postfix `message-id=`, Exim `id=`, Sendmail `msgid=`, Exchange `MessageId`, JSON
// `messageId`), while the envelope mailboxes beside them stay found. Prints counts only.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../../checks/pii/detectors/index.js';
import {
  headerBlock,
  labelledPhone,
  localeForm,
  LOCALES,
  someDate,
  STYLES,
  labelledReference,
  LOG_MAILBOX_COLUMNS,
  LOG_MSG_ID_COLUMNS,
  mailbox,
  mailLogLine,
  MAILBOX_COLUMNS,
  messageId,
  MSG_ID_COLUMNS,
  PHONE_COLUMNS,
  phoneCell,
  referenceNumber,
  REFERENCE_COLUMNS,
  rng,
  textualTimestamp,
  TIMESTAMP_FORMS,
} from '../../../helpers/pii-cell-tuning.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';

const SEEDS = [17, 18, 19];
const FORMS = Object.keys(TIMESTAMP_FORMS);
const ROWS = 200;
/** Sentences a textual timestamp stands in (mail headers, HTTP headers, log and ticket text). */
const AROUND: ReadonlyArray<[string, string]> = [
  ['', ''],
  ['Date: ', ''],
  ['Last-Modified: ', '\r\n'],
  ['created ', ' by the nightly job'],
  ['On ', ' Jane Doe wrote:'],
  ['Erstellt am ', ' von Max'],
];

/** A table of one generator per column: masked cells per column, and each column's class. */
const table = (seed: number, gens: Record<string, (r: () => number) => string>) => scanGeneratedTable(seed, gens, ROWS);

const overlaps = (m: { start: number; end: number }, s: { start: number; end: number }) => m.start < s.end && m.end > s.start;

describe('pii on table cells and e-mail headers (issue 17)', () => {
  it('masks no textual timestamp, alone or in a sentence, and classifies a column of them as timestamps', async () => {
    const r = rng(17);
    const text = new Map<string, { n: number; hit: number; as: Set<string> }>();
    for (let i = 0; i < 600 * FORMS.length; i++) {
      const { form, value } = textualTimestamp(r, FORMS[i % FORMS.length]);
      const [pre, post] = AROUND[Math.floor(r() * AROUND.length)]!;
      const got = detectPii(pre + value + post).filter((m) => overlaps(m, { start: pre.length, end: pre.length + value.length }));
      const k = text.get(form) ?? text.set(form, { n: 0, hit: 0, as: new Set() }).get(form)!;
      k.n++;
      if (got.length > 0) k.hit++;
      for (const m of got) k.as.add(m.type);
    }
    const cells: Record<string, number> = {};
    const shapes: Record<string, string | null> = {};
    for (const seed of SEEDS) {
      // One form per column, as one formatter writes a column (a locale's form with one date and time style).
      const gens: Record<string, (r: () => number) => string> = Object.fromEntries(FORMS.filter((f) => f !== 'locale').map((f) => [`c_${f}`, (rr: () => number) => textualTimestamp(rr, f).value]));
      for (const l of LOCALES) for (const [i, st] of STYLES.entries()) gens[`c_${l}_${i}`] = (rr) => localeForm(l, st)(someDate(rr));
      for (const c of await table(seed, gens)) {
        cells[c.column] = (cells[c.column] ?? 0) + c.masked;
        // Day-first numeric dates without a time ("06/12/2026") are dates, as before.
        if (c.cls.shape !== 'timestamp' && c.cls.shape !== 'date') shapes[c.column] = c.cls.type ?? c.cls.shape;
      }
    }
    const hitText = [...text].filter(([, k]) => k.hit > 0);
    console.log(
      [
        `textual timestamps in text: masked ${hitText.reduce((a, [, k]) => a + k.hit, 0)}/${[...text.values()].reduce((a, k) => a + k.n, 0)}`,
        ...hitText.map(([f, k]) => `  ${f.padEnd(11)} ${k.hit}/${k.n} as ${[...k.as].join(', ')}`),
        `textual timestamps as cells of a neutral column: masked ${Object.values(cells).reduce((a, b) => a + b, 0)}/${ROWS * SEEDS.length * Object.keys(cells).length}; columns not classified timestamp or date ${Object.keys(shapes).length}/${Object.keys(cells).length}`,
        ...Object.entries(shapes).map(([c, s]) => `  ${c} → ${s}`),
      ].join('\n'),
    );
    expect(Object.fromEntries(hitText.map(([f, k]) => [f, k.hit]))).toEqual({});
    expect(Object.fromEntries(Object.entries(cells).filter(([, n]) => n > 0))).toEqual({});
    expect(shapes).toEqual({});
  });

  it('masks no number in a column named for another kind of number; phone columns stay phones', async () => {
    const masked: Record<string, number> = {};
    const phones: Record<string, { masked: number; type: string | null }> = {};
    for (const seed of SEEDS) {
      const gens: Record<string, (r: () => number) => string> = {};
      for (const c of REFERENCE_COLUMNS) gens[c] = referenceNumber;
      for (const c of PHONE_COLUMNS) gens[c] = phoneCell;
      for (const c of await table(seed, gens)) {
        if ((PHONE_COLUMNS as readonly string[]).includes(c.column)) {
          const p = (phones[c.column] ??= { masked: 0, type: null });
          p.masked += c.masked;
          p.type = c.cls.type;
        } else if (c.masked > 0) masked[c.column] = (masked[c.column] ?? 0) + c.masked;
      }
    }
    const total = Object.values(masked).reduce((a, b) => a + b, 0);
    console.log(
      [
        `reference numbers in ${REFERENCE_COLUMNS.length} named columns: masked ${total}/${ROWS * SEEDS.length * REFERENCE_COLUMNS.length} in ${Object.keys(masked).length} columns`,
        ...Object.entries(phones).map(([c, p]) => `  phone column ${c}: masked ${p.masked}/${ROWS * SEEDS.length}, type ${p.type}`),
      ].join('\n'),
    );
    expect(Object.keys(masked)).toEqual([]);
    for (const [, p] of Object.entries(phones)) expect(p).toEqual({ masked: ROWS * SEEDS.length, type: 'phone' });
  });

  it('reads no number after a reference label as a phone; phones after a phone word stay found', () => {
    const r = rng(18);
    let refHit = 0;
    let phoneFound = 0;
    const n = 3000;
    for (let i = 0; i < n; i++) {
      const ref = labelledReference(r);
      if (detectPii(ref.text).some((m) => overlaps(m, ref))) refHit++;
      const ph = labelledPhone(r);
      if (detectPii(ph.text).some((m) => m.type === 'phone' && m.start === ph.start && m.end === ph.end)) phoneFound++;
    }
    console.log(`labelled reference numbers masked ${refHit}/${n}; labelled phones found ${phoneFound}/${n}`);
    expect(refHit).toBe(0);
    expect(phoneFound).toBe(n);
  });

  it('masks no message id in a header block or an id column; mailboxes stay found', async () => {
    const r = rng(19);
    let ids = 0;
    let idsHit = 0;
    let boxes = 0;
    let boxesFound = 0;
    for (let i = 0; i < 2000; i++) {
      const h = headerBlock(r);
      const got = detectPii(h.text);
      ids += h.ids.length;
      idsHit += h.ids.filter((s) => got.some((m) => overlaps(m, s))).length;
      boxes += h.mailboxes.length;
      boxesFound += h.mailboxes.filter((s) => got.some((m) => m.type === 'email' && m.start === s.start && m.end === s.end)).length;
    }
    const cells: Record<string, number> = {};
    for (const seed of SEEDS) {
      const gens: Record<string, (r: () => number) => string> = {};
      for (const c of MSG_ID_COLUMNS) gens[c] = c === 'References' ? (rr) => [messageId(rr), messageId(rr), messageId(rr)].slice(0, 1 + Math.floor(rr() * 3)).join(' ') : messageId;
      for (const c of MAILBOX_COLUMNS) gens[c] = (rr) => (rr() < 0.5 ? mailbox(rr) : `Jane Doe <${mailbox(rr)}>`);
      for (const c of await table(seed, gens)) cells[c.column] = (cells[c.column] ?? 0) + c.masked;
    }
    console.log(
      [
        `message ids in header blocks masked ${idsHit}/${ids}; mailboxes found ${boxesFound}/${boxes}`,
        ...Object.entries(cells).map(([c, n]) => `  column ${c}: cells masked ${n}/${ROWS * SEEDS.length}`),
      ].join('\n'),
    );
    expect(idsHit).toBe(0);
    expect(boxesFound).toBe(boxes);
    for (const c of MSG_ID_COLUMNS) expect(cells[c], c).toBe(0);
    for (const c of MAILBOX_COLUMNS) expect(cells[c], c).toBe(ROWS * SEEDS.length);
  });
  it('masks no message id in mail server log lines or tracking columns; envelope mailboxes stay found', async () => {
    const r = rng(20);
    const forms = new Map<string, { ids: number; idsHit: number; boxes: number; boxesFound: number }>();
    for (let i = 0; i < 4000; i++) {
      const l = mailLogLine(r);
      const got = detectPii(l.text);
      const k = forms.get(l.form) ?? forms.set(l.form, { ids: 0, idsHit: 0, boxes: 0, boxesFound: 0 }).get(l.form)!;
      k.ids += l.ids.length;
      k.idsHit += l.ids.filter((s) => got.some((m) => overlaps(m, s))).length;
      k.boxes += l.mailboxes.length;
      k.boxesFound += l.mailboxes.filter((s) => got.some((m) => m.type === 'email' && m.start === s.start && m.end === s.end)).length;
    }
    const cells: Record<string, number> = {};
    for (const seed of SEEDS) {
      const gens: Record<string, (r: () => number) => string> = {};
      for (const c of LOG_MSG_ID_COLUMNS) gens[c] = messageId;
      for (const c of LOG_MAILBOX_COLUMNS) gens[c] = mailbox;
      for (const c of await table(seed, gens)) cells[c.column] = (cells[c.column] ?? 0) + c.masked;
    }
    console.log(
      [
        ...[...forms].map(([f, k]) => `  ${f}: message ids masked ${k.idsHit}/${k.ids}; mailboxes found ${k.boxesFound}/${k.boxes}`),
        ...Object.entries(cells).map(([c, n]) => `  column ${c}: cells masked ${n}/${ROWS * SEEDS.length}`),
      ].join('\n'),
    );
    for (const [f, k] of forms) {
      expect(k.idsHit, f).toBe(0);
      expect(k.boxesFound, f).toBe(k.boxes);
    }
    for (const c of LOG_MSG_ID_COLUMNS) expect(cells[c], c).toBe(0);
    for (const c of LOG_MAILBOX_COLUMNS) expect(cells[c], c).toBe(ROWS * SEEDS.length);
  });
});
