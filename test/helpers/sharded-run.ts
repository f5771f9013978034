// A sharded run as a matrix makes it: n shard jobs (in sequence here), then the merge; and the
// normalised form of a report in which a single run and a merge must agree exactly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGate, type GateOptions } from '../../src/gate.js';
import type { Report } from '../../src/report/model.js';
import { renderJson } from '../../src/report/json.js';
import { loadPartials } from '../../src/shard/partial.js';
import { runShard, type ShardResult } from '../../src/shard/run.js';
import { BLOCK_RECORDS, defaultPartialPath } from '../../src/shard/spec.js';
import { card, chars, iban, rng, ssn } from './personal-data.js';

export const logger = { info() {}, warning() {}, debug() {} };

export async function shardedGate(opts: GateOptions, count: number): Promise<{ report: Report; shards: ShardResult[] }> {
  const shards: ShardResult[] = [];
  for (let index = 1; index <= count; index++) {
    const { failOn: _f, mode: _m, run: _r, partials: _p, ...rest } = opts;
    shards.push(await runShard({ ...rest, shard: { index, count }, partial: defaultPartialPath({ index, count }) }));
  }
  const partials = loadPartials(opts.workspace, ['.modelgate/partial-*.json']);
  return { report: await runGate({ ...opts, partials }), shards };
}

/** The report as JSON with timings and timestamps left out (the only fields a merge may change). */
export function comparable(report: Report): string {
  return renderJson({ ...report, startedAt: '', durationMs: 0, checks: report.checks.map((c) => ({ ...c, durationMs: 0 })) });
}

/** Every file under the check's output folder, path → bytes (hex digest would hide nothing more). */
export function outputsOf(ws: string, dir = '.modelgate/pii'): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[p.slice(ws.length + 1)] = readFileSync(p).toString('base64');
    }
  };
  walk(join(ws, dir));
  return out;
}

/**
 * People with personal data in some columns, some values only in late blocks (first hits, new types);
 * `quoted`: some notes are quoted fields with a delimiter and a line break inside.
 */
export function peopleCsv(seed: number, records: number, quoted = false): string {
  const r = rng(seed);
  const names = ['Mary Johnson', 'John Smith', 'Linda Garcia', 'James Brown', 'Sofia Rossi'];
  const lines = ['id,name,email,ssn,card,note,age,sex,zip'];
  for (let i = 0; i < records; i++) {
    const late = i > BLOCK_RECORDS + 100;
    const note = i % 97 === 0 ? `iban ${iban(r, 'DE', 22)}` : late && i % 1001 === 0 ? `mail ${chars(r, 'abcdef', 6)}@example.org` : quoted && i % 89 === 0 ? '"call back, later\nsee ""notes"""' : 'ok';
    const email = r() < 0.9 ? `${chars(r, 'abcdefghij', 8)}@example.com` : '';
    lines.push([i, names[i % names.length], email, ssn(r), i % 3 === 0 ? card(r, '4', 16) : '', note, 20 + (i % 50), i % 2 ? 'M' : 'F', 10000 + Math.floor(r() * 300)].join(','));
  }
  return `${lines.join('\n')}\n`;
}

export function predictionsCsv(seed: number, records: number): string {
  const r = rng(seed);
  const lines = ['y,yhat,g,h,w'];
  for (let i = 0; i < records; i++) {
    // A group that first appears in the third block, and fractional weights (sums depend on order).
    const g = i > 2 * BLOCK_RECORDS + 10 && i % 7 === 0 ? 'late' : ['a', 'b', 'c'][Math.floor(r() * 3)]!;
    lines.push([r() < 0.4 ? 1 : 0, r() < 0.45 ? 1 : 0, g, r() < 0.5 ? 'x' : 'y', (0.1 + r() * 3).toFixed(3)].join(','));
  }
  return `${lines.join('\n')}\n`;
}
