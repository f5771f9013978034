// Value cues (issue 17): a neutral column whose head holds bare SSNs or bare MACs gets the type's cue
// and its valid cells are masked; columns of ids that resemble them by chance get none (tuning data:
// test/helpers/pii-colhead-tuning.ts). On the old code the SSN and lower-case MAC columns lost most cells.
import { describe, expect, it } from 'vitest';
import { contextHit, otherKindOfColumn } from '../../../../src/detect/engine.js';
import type { RecordBatch } from '../../../../src/io/tabular/index.js';
import { piiConfigSchema } from '../../../../checks/pii/config.js';
import { PII_DETECTORS } from '../../../../checks/pii/detectors/index.js';
import { resolvePolicy } from '../../../../checks/pii/scan.js';
import { cuedContext, cuesAhead, HEAD_RECORDS, HeadSample, IDENTIFIER_CUE } from '../../../../checks/pii/value-cues.js';
import { bareMac, bareSsn, colheadTuning, headCuesOf } from '../../../helpers/pii-colhead-tuning.js';
import { chars, rng } from '../../../helpers/personal-data.js';

const policy = resolvePolicy(piiConfigSchema.parse({ columns: [{ column: 'declared', type: 'phone', category: 'personal' }] }), {});

/** The type cues of a head (the identifier cue of a column of ids too few or too mixed for its type's, aside). */
const cuesOf = (columns: string[], rows: string[][]): Map<string, string> => new Map([...headCuesOf(policy, columns, rows)].filter(([, t]) => t !== IDENTIFIER_CUE));

describe('value cues', () => {
  it('cue bare SSN and MAC columns and no column of look-alike ids (30 seeds)', async () => {
    const res = await colheadTuning(30);
    for (const k of res) {
      const share = k.masked / k.cells;
      if (k.positive) {
        expect(k.cued, k.kind).toBe(k.columns);
        expect(share, k.kind).toBe(1);
      } else expect(k.cued, k.kind).toBe(0);
    }
  }, 120_000);

  it('need a neutral name: a name hint, a declaration, a shape hint or an id word decides instead', () => {
    const r = rng(5);
    const rows = Array.from({ length: 120 }, () => [bareSsn(r), bareSsn(r), bareSsn(r), bareSsn(r), bareMac(r), bareMac(r)]);
    const cues = cuesOf(['c1', 'ssn', 'declared', 'order_no', 'value', 'commit_hash'], rows);
    expect([...cues]).toEqual([
      ['c1', 'us-ssn'],
      ['value', 'mac-address'],
    ]);
  });

  it('need 50 distinct SSNs, 30 distinct MACs, all of them valid', () => {
    const r = rng(6);
    const ssns = Array.from({ length: 49 }, () => bareSsn(r));
    const macs = Array.from({ length: 29 }, () => bareMac(r));
    expect(cuesOf(['a', 'b'], ssns.map((s, i) => [s, macs[i % 29]!])).size).toBe(0);
    ssns.push(bareSsn(r));
    macs.push(bareMac(r));
    expect(cuesOf(['a', 'b'], ssns.map((s, i) => [s, macs[i % 30]!])).size).toBe(2);
    // One value out of range (area 9xx; a multicast first octet) takes the cue away.
    const bad = [...ssns, '9' + chars(r, '0123456789', 8)];
    const badMacs = [...macs, '01' + macs[0]!.slice(2)];
    expect(cuesOf(['a', 'b'], bad.map((s, i) => [s, badMacs[i % 31]!])).size).toBe(0);
  });

  it('add a word that cues its type and no other detector', () => {
    for (const [type, column] of [['us-ssn', 'c7'], ['mac-address', 'field_3'], ['in-aadhaar', 'c17'], ['br-cpf', 'value']] as const) {
      const context = cuedContext(column, type);
      for (const d of PII_DETECTORS) {
        if (d.context === undefined) continue;
        const other = (c: string) => d.notContext !== undefined && otherKindOfColumn(c, d);
        if (d.type === type) expect(contextHit(context, d), d.type).toBe(true);
        else {
          expect(contextHit(context, d), d.type).toBe(contextHit(column, d));
          expect(other(context), d.type).toBe(other(column));
        }
      }
    }
  });

  it('hold a bounded head: 4 Mi characters of records at most, whichever column holds them', () => {
    const big = 'x'.repeat(1 << 20);
    const s = new HeadSample(['c1', 'email'], policy, 't.csv');
    const taken = s.add(Array.from({ length: 10 }, () => ['1', big]));
    expect([taken, s.full]).toEqual([4, true]);
  });

  it('decide at the same record whatever the batches, and hand every record on in order', async () => {
    const r = rng(8);
    const rows = Array.from({ length: HEAD_RECORDS + 700 }, (_, i) => [i < 300 ? '' : bareSsn(r), String(i)]);
    const seen: string[][] = [];
    const answers: string[] = [];
    for (const size of [1, 256, 5000]) {
      async function* batches(): AsyncIterable<RecordBatch> {
        for (let s = 0; s < rows.length; s += size) yield { start: s, columns: ['x', 'y'], rows: rows.slice(s, s + size) };
      }
      const { cues, batches: again } = await cuesAhead(['x', 'y'], batches(), policy, 't.csv');
      answers.push(JSON.stringify([...cues]));
      const out: string[][] = [];
      for await (const b of again) out.push(...(b.rows as string[][]));
      seen.push(out.map((x) => x[1]!));
    }
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toBe(JSON.stringify([['x', 'us-ssn']]));
    for (const s of seen) expect(s).toEqual(rows.map((x) => x[1]));
  });
});
