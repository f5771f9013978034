import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Check } from '../../../../src/check.js';
import { runGate } from '../../../../src/gate.js';
import { emitAnnotations } from '../../../../src/report/annotations.js';
import { renderComment } from '../../../../src/report/comment.js';
import { renderJson } from '../../../../src/report/json.js';
import { logReport } from '../../../../src/report/log.js';
import { renderSarif } from '../../../../src/report/sarif.js';
import { renderSummary } from '../../../../src/report/summary.js';
import { pii, type PiiFacts } from '../../../../checks/pii/index.js';
import { releaseManifest } from '../../../helpers/release.js';
import { tempWorkspace } from '../../../helpers/workspace.js';
import { card, chars, iban, rng, secrets, ssn } from '../../../helpers/personal-data.js';
import { summaryOf, views } from '../../../helpers/views.js';

const registry = [pii as Check];

const manifest = (scan: string): string => releaseManifest('data', `  scan:\n${scan}`);

/** Runs the gate with the pii check only and collects every text it prints or writes. */
async function gate(files: Record<string, string | Uint8Array>, scan: string, policy = '{}', env: Record<string, string> = {}) {
  const ws = tempWorkspace({ 'model-release.yaml': manifest(scan), 'policy.yaml': policy, ...files });
  const logs: string[] = [];
  const logger = { info: (m: string) => logs.push(m), warning: (m: string) => logs.push(m), debug: (m: string) => logs.push(m) };
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const report = await runGate({ workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', logger, registry, now: new Date('2026-06-01T00:00:00Z') });
    const check = report.checks.find((c) => c.id === 'pii')!;
    return { ws, report, check, facts: check.facts as unknown as PiiFacts, logs };
  } finally {
    process.env = saved;
  }
}

/** Every text the run produced; the quarantine file (raw records, by design) is returned apart. */
function everyOutput(ws: string, r: Awaited<ReturnType<typeof gate>>): string {
  const texts: string[] = [...r.logs, renderJson(r.report), JSON.stringify(renderSarif(r.report)), renderSummary(r.report, views), renderComment(r.report)];
  logReport(r.report, { startGroup: (n) => texts.push(n), endGroup: () => {}, info: (l) => texts.push(l) });
  const ann = (m: string, p: unknown) => texts.push(m, JSON.stringify(p));
  emitAnnotations(r.report, { error: ann, warning: ann, notice: ann });
  const walk = (d: string): void => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!e.name.includes('.quarantine.')) texts.push(readFileSync(p, 'utf8'));
    }
  };
  walk(join(ws, '.modelgate'));
  return texts.join('\n');
}

const r = rng(99);
const people = Array.from({ length: 20 }, (_, i) => ({
  id: i,
  name: ['Mary Johnson', 'John Smith', 'Linda Garcia', 'James Brown'][i % 4]!,
  email: `${chars(r, 'abcdefghij', 8)}@example.com`,
  ssn: ssn(r),
  card: card(r, '4', 16),
  note: i === 3 ? `key ${secrets.awsKeyId(r)}` : i === 5 ? `iban ${iban(r, 'DE', 22)}` : 'ok',
  race: ['African-American', 'Caucasian', 'Hispanic', 'Asian'][i % 4]!,
  age: 20 + (i % 3),
  sex: i % 2 ? 'Male' : 'Female',
}));
const planted = people.flatMap((p) => [p.email, p.ssn, p.card, ...(p.note === 'ok' ? [] : [p.note.split(' ')[1]!]), p.name]);
const header = 'id,name,email,ssn,card,note,race,age,sex\n';
const csv = header + people.map((p) => [p.id, p.name, p.email, p.ssn, p.card, p.note, p.race, p.age, p.sex].join(',')).join('\n') + '\n';

describe('pii check through the gate', () => {
  it('reports every type and the columns by category; facts carry counts only', async () => {
    const g = await gate({ 'data/people.csv': csv }, '    - path: data/*.csv\n');
    expect(g.check.status).toBe('failed');
    const file = g.facts.files[0]!;
    expect(file).toMatchObject({ path: 'data/people.csv', records: 20, recordsClean: 20, recordsQuarantined: 0, outputs: [] });
    const col = (n: string) => file.columns.find((c) => c.name === n)!;
    expect(col('email')).toMatchObject({ type: 'email', category: 'personal', sensitivity: 'moderate' });
    expect(col('card')).toMatchObject({ type: 'credit-card', category: 'financial', sensitivity: 'high' });
    expect(col('ssn')).toMatchObject({ type: 'us-ssn', category: 'personal' });
    expect(col('name')).toMatchObject({ type: 'person', category: 'personal' });
    expect(col('race')).toMatchObject({ type: 'racial-or-ethnic-origin', category: 'special-category', sensitivity: 'high' });
    expect(col('age')).toMatchObject({ quasiIdentifier: true });
    const rules = new Set(g.check.findings.map((f) => f.ruleId));
    expect(rules).toEqual(new Set(['pii/personal-data', 'pii/financial-data', 'pii/secret', 'pii/special-category']));
    const f = g.check.findings.find((x) => x.ruleId === 'pii/financial-data' && x.location?.field === 'card')!;
    expect(f.location).toMatchObject({ file: 'data/people.csv', record: 0, field: 'card', start: 0, end: 16 });
    expect(f.evidence).toBe('[CREDIT_CARD] (16 chars)');
    expect(summaryOf(g.check)).toContain('| data/people.csv | race | racial-or-ethnic-origin | special-category |');
  });

  it('masks and quarantines into atomic outputs; records in = clean + quarantined; input untouched', async () => {
    const policy = `pii:
  actions: { email: mask, credit-card: mask, us-ssn: mask, credentials: quarantine, financial: mask, special-category: mask, person: mask }
  masking:
    strategies: { email: hash, credit-card: partial, race: drop, racial-or-ethnic-origin: drop }
  quasiIdentifiers: [age, sex]
  kAnonymity: 2
`;
    const g = await gate({ 'data/people.csv': csv }, '    - path: data/people.csv\n', policy, { MODELGATE_PII_KEY: 'k'.repeat(8) + chars(rng(1), 'abcdef', 16) });
    const file = g.facts.files[0]!;
    expect(file.recordsQuarantined).toBe(1);
    expect(file.recordsClean).toBe(19);
    expect(file.recordsClean + file.recordsQuarantined).toBe(file.records);
    expect(file.droppedColumns).toEqual(['race']);
    expect(file.outputs.map((o) => [o.path, o.kind, o.records])).toEqual([
      ['.modelgate/pii/data/people.clean.csv', 'clean', 19],
      ['.modelgate/pii/data/people.quarantine.csv', 'quarantine', 1],
    ]);
    expect(readFileSync(join(g.ws, 'data/people.csv'), 'utf8')).toBe(csv);
    const clean = readFileSync(join(g.ws, file.outputs[0]!.path), 'utf8');
    expect(clean.split('\n')[0]).toBe('id,name,email,ssn,card,note,age,sex');
    expect(clean).toMatch(/\[EMAIL:[a-p]{20}\]/);
    expect(clean).toMatch(/\*\*\*\*\d{4}/);
    expect(clean).toContain('[US_SSN]');
    expect(clean).toContain('[PERSON]');
    // Same value, same pseudonym: hashing is keyed and deterministic.
    const g2 = await gate({ 'data/people.csv': csv }, '    - path: data/people.csv\n', policy, { MODELGATE_PII_KEY: 'k'.repeat(8) + chars(rng(1), 'abcdef', 16) });
    expect(readFileSync(join(g2.ws, g2.facts.files[0]!.outputs[0]!.path), 'utf8')).toBe(clean);
    expect(file.kAnonymity).toMatchObject({ columns: ['age', 'sex'], k: 3 });
    expect(g.check.outputs.map((o) => o.kind)).toEqual(['masked-dataset', 'quarantine']);
    expect(existsSync(join(g.ws, '.modelgate/pii/data')) && readdirSync(join(g.ws, '.modelgate/pii/data')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('never prints a detected value: report JSON, SARIF, summary, comment, log, annotations and output files', async () => {
    const policy = 'pii:\n  actions: { credentials: quarantine, personal: mask, financial: mask }\n';
    const g = await gate({ 'data/people.csv': csv }, '    - path: data/people.csv\n', policy);
    const all = everyOutput(g.ws, g);
    expect(all.length).toBeGreaterThan(1000);
    for (const v of planted) expect(all.includes(v), `leaked ${v.slice(0, 2)}…`).toBe(false);
    // The quarantine file holds the record with the secret as it was (that is its purpose), nothing else.
    const q = readFileSync(join(g.ws, '.modelgate/pii/data/people.quarantine.csv'), 'utf8');
    expect(q.trim().split('\n')).toHaveLength(2);
    expect(q).toContain(people[3]!.note);
    // And with the default policy (report only, no outputs): nothing anywhere.
    const g2 = await gate({ 'data/people.csv': csv }, '    - path: data/people.csv\n');
    const all2 = everyOutput(g2.ws, g2);
    for (const v of planted) expect(all2.includes(v), `leaked ${v.slice(0, 2)}…`).toBe(false);
  });

  it('allows columns on the allowlist', async () => {
    const policy = 'pii:\n  allow:\n    - { column: race, reason: fairness evaluation needs it }\n    - { column: "*", types: [person, email, us-ssn, credit-card, credentials, iban], reason: test }\n';
    const g = await gate({ 'data/people.csv': csv }, '    - path: data/people.csv\n', policy);
    expect(g.check.findings).toEqual([]);
    expect(g.check.status).toBe('passed');
  });

  it('scans JSON Lines and gzip', async () => {
    const jsonl = people.map((p) => JSON.stringify({ who: p.name, contact: p.email })).join('\n');
    const g = await gate({ 'd/a.jsonl': jsonl, 'd/b.csv.gz': gzipSync(csv) }, '    - path: d/a.jsonl\n    - path: d/b.csv.gz\n', 'pii:\n  actions: { email: mask }\n');
    expect(g.facts.files.map((f) => [f.path, f.records])).toEqual([
      ['d/a.jsonl', 20],
      ['d/b.csv.gz', 20],
    ]);
    expect(g.facts.files[0]!.outputs[0]!.path).toBe('.modelgate/pii/d/a.clean.jsonl');
    expect(g.facts.files[1]!.outputs[0]!.path).toBe('.modelgate/pii/d/b.clean.csv.gz');
  });

  describe('bad input: a clear error or a reported fallback, never a crash, never partial output', () => {
    const bad: Array<[string, string | Uint8Array, RegExp]> = [
      ['unclosed.csv', 'a,b\n1,"x\n', /quoted field is not closed/],
      ['ragged.csv', 'a,b\n1,2,3\n', /expected 2 fields/],
      ['empty.csv', '', /empty/],
      ['binary.csv', new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01, 0x2c, 0x02, 0x00, 0x0a]), /binary content/],
      ['trunc.csv.gz', gzipSync(csv).subarray(0, 40), /gzip/],
      ['corrupt.parquet', 'PAR1 this is not parquet PAR1', /Parquet/],
    ];
    it.each(bad)('%s', async (name, content, why) => {
      const g = await gate({ [`d/${name}`]: content }, `    - path: d/${name}\n`, 'pii:\n  actions: { personal: mask }\n');
      expect(g.check.status).toBe('error');
      expect(g.report.verdict).toBe('error');
      expect(g.check.findings.find((f) => f.ruleId === 'gate/check-error')?.message).toMatch(why);
      expect(existsSync(join(g.ws, '.modelgate/pii/d')) ? readdirSync(join(g.ws, '.modelgate/pii/d')) : []).toEqual([]);
    });

    it('header-only file: reported, no records', async () => {
      const g = await gate({ 'd/h.csv': 'a,b\n' }, '    - path: d/h.csv\n');
      expect(g.facts.files[0]!.records).toBe(0);
      expect(g.check.findings.map((f) => f.ruleId)).toEqual(['pii/no-records']);
    });

    it('invalid UTF-8: scanned with replacement characters and reported', async () => {
      const bytes = Buffer.concat([Buffer.from('a,b\n1,'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n')]);
      const g = await gate({ 'd/u.csv': bytes }, '    - path: d/u.csv\n');
      expect(g.check.findings.map((f) => f.ruleId)).toContain('pii/encoding-replaced');
    });

    it('UTF-16 with a BOM is decoded', async () => {
      const text = `name,email\nMary Johnson,${people[0]!.email}\n`;
      const g = await gate({ 'd/w.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) }, '    - path: d/w.csv\n');
      expect(g.facts.files[0]!.counts.email).toBe(1);
    });

    it('a 10 MB single cell is scanned in linear time', async () => {
      const cell = 'lorem ipsum 12 ' .repeat(700_000) + people[0]!.email;
      const t = performance.now();
      const g = await gate({ 'd/big.csv': `text\n"${cell}"\n` }, '    - path: d/big.csv\n');
      expect(g.facts.files[0]!.counts.email).toBe(1);
      expect(performance.now() - t).toBeLessThan(30_000);
    });

    it('a glob matching nothing and a path leaving the workspace are configuration errors', async () => {
      await expect(gate({}, '    - path: nothing/*.csv\n')).resolves.toMatchObject({ check: { status: 'error' } });
      await expect(gate({}, '    - path: ../outside.csv\n')).resolves.toMatchObject({ check: { status: 'error' } });
    });
  });
});
