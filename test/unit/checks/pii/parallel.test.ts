// The parallel scan (worker threads over parts of a CSV file) gives the facts, findings and output
// records of the sequential scan, in input order, and declines (undefined: the caller scans on the
// main thread) whenever a part does not settle cleanly. The worker entry is bundled for the test as
// scripts/build.mjs bundles dist/pii-worker.js.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { piiConfigSchema } from '../../../../checks/pii/config.js';
import { piiThreads, piiWorkerUrl, PiiWorkerPool, scanCsvParallel } from '../../../../checks/pii/parallel.js';
import { resolvePolicy, scanTable, type RowWriter, type TableScan, type TableScanOptions } from '../../../../checks/pii/scan.js';
import { openTable } from '../../../../src/io/tabular/index.js';
import { RecordEncoder } from '../../../../src/io/tabular-write/index.js';
import { tempWorkspace } from '../../../helpers/workspace.js';
import { card, iban, rng, ssn } from '../../../helpers/personal-data.js';
import { pairedCsv } from '../../../helpers/aws-pairs.js';
import { NODE_BUNDLE } from '../../../../scripts/node-bundle.mjs';
import { bareMac, bareSsn } from '../../../helpers/pii-colhead-tuning.js';

const root = join(import.meta.dirname, '../../../..');
let out: string;
let pool: PiiWorkerPool;
let single: PiiWorkerPool;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'modelgate-pii-worker-'));
  await build({
    absWorkingDir: root,
    entryPoints: { 'pii-worker': 'checks/pii/worker-entry.ts' },
    outdir: out,
    ...NODE_BUNDLE,
  });
  pool = new PiiWorkerPool(pathToFileURL(join(out, 'pii-worker.js')), 2);
  single = new PiiWorkerPool(pathToFileURL(join(out, 'pii-worker.js')), 1);
}, 120_000);

afterAll(async () => {
  await pool?.close();
  await single?.close();
  rmSync(out, { recursive: true, force: true });
});

function table(n: number): string {
  const r = rng(42);
  const notes = ['all good', '"call +1 212 555 0198, thanks"', '"multi\nline ""quoted"" note"', 'nothing here'];
  let s = 'id,name,email,ssn,card,iban,note,race\n';
  for (let i = 0; i < n; i++) {
    const email = r() < 0.8 ? `user${i}@example.com` : '';
    s += `${i},Mary Smith,${email},${r() < 0.3 ? ssn(r) : ''},${r() < 0.2 ? card(r, '4', 16) : ''},${r() < 0.1 ? iban(r, 'DE', 22) : ''},${notes[i % notes.length]},${r() < 0.5 ? 'Caucasian' : 'Hispanic'}\n`;
  }
  return s;
}

/** Neutral columns of bare SSNs and bare MACs (value cues, value-cues.ts) beside look-alike ids. */
function cuedTable(n: number): string {
  const r = rng(43);
  let s = 'id,c1,c2,c3\n';
  for (let i = 0; i < n; i++) s += `${i},${i % 7 === 3 ? '' : bareSsn(r)},${bareMac(r)},${String(100_000_000 + 3 * i)}\n`;
  return s;
}

const config = piiConfigSchema.parse({
  actions: { email: 'mask', financial: 'mask', 'us-ssn': 'quarantine', 'racial-or-ethnic-origin': 'mask', 'aws-access-key-id': 'mask', 'aws-secret-access-key': 'quarantine' },
  masking: { strategies: { 'credit-card': 'partial', 'racial-or-ethnic-origin': 'drop' } },
  quasiIdentifiers: ['name', 'race'],
  kAnonymity: 2,
});

/** Writers that keep the encoded records in memory. */
function memoryOutputs(encode: boolean) {
  const text = { clean: '', quarantine: '' };
  const counts = { clean: 0, quarantine: 0 };
  const open: TableScanOptions['openOutputs'] = async (columns) => {
    const enc = new RecordEncoder('csv', columns);
    const make = (k: 'clean' | 'quarantine'): RowWriter => ({
      async write(values) {
        counts[k]++;
        text[k] += enc.encode(values);
      },
      ...(encode
        ? {
            async writeEncoded(t: string, records: number) {
              counts[k] += records;
              text[k] += t;
            },
          }
        : {}),
    });
    text.clean = text.quarantine = enc.header();
    return { clean: make('clean'), quarantine: make('quarantine') };
  };
  return { text, counts, open };
}

async function both(path: string, partSize: number, workers = pool): Promise<{ seq: TableScan; par: TableScan | undefined; seqText: object; parText: object; parCounts: object }> {
  const policy = resolvePolicy(config);
  const base = { display: 'd.csv', policy, quasiIdentifiers: config.quasiIdentifiers, kAnonymity: config.kAnonymity };
  const s = memoryOutputs(false);
  const t = await openTable(path, { display: 'd.csv' });
  const seq = await scanTable(t.columns, t.batches, { ...base, openOutputs: s.open });
  const p = memoryOutputs(true);
  const par = await scanCsvParallel(workers, path, { display: 'd.csv', gzip: false, tsv: false, config, table: { ...base, openOutputs: p.open }, output: { format: 'csv', csv: {} }, partSize });
  return { seq, par, seqText: s.text, parText: p.text, parCounts: p.counts };
}

describe('parallel pii scan', () => {
  const ws = tempWorkspace({
    'd.csv': table(3000),
    'nul.csv': table(500) + '9999,a\0b,x,,,,y,z\n',
    'ragged.csv': table(500) + '1,2\n',
    'header.csv': 'a,b\n',
    'aws.csv': pairedCsv(11, 3000).text,
    'cued.csv': cuedTable(3000),
  });

  it('gives the value cues, facts and outputs of the sequential scan on one worker and on two', async () => {
    for (const [partSize, workers] of [[512, pool], [16 * 1024, single], [1 << 20, pool]] as const) {
      const { seq, par, seqText, parText } = await both(join(ws, 'cued.csv'), partSize, workers);
      expect(JSON.stringify(par), `parts of ${partSize}, ${workers.size} worker(s)`).toBe(JSON.stringify(seq));
      expect(JSON.stringify(parText) === JSON.stringify(seqText), 'the same outputs').toBe(true);
      expect(seq.columns.map((c) => c.valueCue ?? null)).toEqual([null, 'us-ssn', 'mac-address', 'identifier']);
      // Every record with an SSN goes to quarantine (the policy's us-ssn action), from the first one.
      expect(seq.recordsQuarantined).toBe(3000 - Math.ceil((3000 - 3) / 7));
    }
  });

  it('gives the facts, findings and ordered outputs of the sequential scan', async () => {
    for (const partSize of [512, 16 * 1024, 1 << 20]) {
      const { seq, par, seqText, parText, parCounts } = await both(join(ws, 'd.csv'), partSize);
      expect(par, `parts of ${partSize}`).toEqual(seq);
      expect(parText).toEqual(seqText);
      expect(parCounts).toEqual({ clean: seq.recordsClean, quarantine: seq.recordsQuarantined });
      expect(seq.records).toBe(3000);
      expect(seq.recordsQuarantined).toBeGreaterThan(0);
      expect(seq.recordsMasked).toBeGreaterThan(0);
    }
  });

  it('pairs AWS secret keys with the key id of their record as the sequential scan does', async () => {
    for (const partSize of [512, 16 * 1024]) {
      const { seq, par, seqText, parText } = await both(join(ws, 'aws.csv'), partSize);
      // In order too: a column's types come in one order however the records are cut.
      expect(JSON.stringify(par), `parts of ${partSize}`).toBe(JSON.stringify(seq));
      // Compared, not shown: the quarantine output holds the records as read, keys included.
      expect(JSON.stringify(parText) === JSON.stringify(seqText), 'the same outputs').toBe(true);
      expect(seq.counts['aws-secret-access-key']).toBe(858);
      expect(seq.recordsQuarantined).toBe(858);
    }
  });

  it('declines what the sequential scan must report (NUL bytes, ragged rows)', async () => {
    for (const f of ['nul.csv', 'ragged.csv']) {
      const path = join(ws, f);
      const policy = resolvePolicy(config);
      const r = await scanCsvParallel(pool, path, { display: f, gzip: false, tsv: false, config, table: { display: f, policy }, partSize: 2048 });
      expect(r, f).toBeUndefined();
      const sequential = async () => {
        const t = await openTable(path, { display: f });
        return scanTable(t.columns, t.batches, { display: f, policy });
      };
      await expect(sequential()).rejects.toThrow(f === 'nul.csv' ? /NUL bytes/ : /expected 8 fields/);
    }
  });

  it('handles a header-only file like the sequential scan', async () => {
    const { seq, par } = await both(join(ws, 'header.csv'), 512);
    expect(par).toEqual(seq);
    expect(seq.records).toBe(0);
  });

  it('is off without a bundled worker entry (TypeScript sources) or with MODELGATE_PII_THREADS=0', () => {
    expect(piiWorkerUrl()).toBeUndefined();
    expect(piiThreads({ MODELGATE_PII_THREADS: '0' })).toBe(0);
    expect(piiThreads({ MODELGATE_PII_THREADS: '1' })).toBe(0);
    expect(piiThreads({ MODELGATE_PII_THREADS: '2' })).toBe(2);
  });
});
