// A hand-written fleet with its ground truth, judged by the endpoints check through the gate.
// A fleet folder holds `deploy/` (definition files as a platform team writes them), `policy.yaml` and
// `expected.yaml`:
//   verdicts:                      # the verdict store (digest → verdict, age in days)
//     - { digest: <64 hex>, verdict: passed, daysAgo: 2 }
//   endpoints:                     # every endpoint the check must find, by name
//     risk/fraud: { fail: [tls-required], na: [encryption-at-rest], why: "…" }
//   halt: [risk/fraud]             # exactly the endpoints on the halt list
// A rule not listed under `fail` or `na` must pass. Decisions compare per endpoint and enabled rule.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { makeEndpointsCheck, type EndpointsFacts } from '../../checks/endpoints/index.js';
import type { Check } from '../../src/check.js';
import { runGate } from '../../src/gate.js';
import type { Report } from '../../src/report/model.js';
import { fakeStore, fleetManifest, NOW, record } from './endpoint-definitions.js';
import { tempWorkspace } from './workspace.js';

export type Decision = 'fail' | 'pass' | 'na';

interface Expected {
  verdicts?: Array<{ digest: string; verdict: 'passed' | 'blocked'; daysAgo: number }>;
  endpoints: Record<string, { fail?: string[]; na?: string[]; why?: string }>;
  halt: string[];
}

export interface FleetResult {
  report: Report;
  facts: EndpointsFacts;
  /** `endpoint rule` → [expected, actual], for every decision. */
  decisions: Map<string, { platform: string; rule: string; expected: Decision; actual: Decision }>;
  /** Endpoints found but not expected, and expected but not found. */
  unexpected: string[];
  missing: string[];
  halt: { expected: string[]; actual: string[] };
}

const logger = { info() {}, warning() {}, debug() {} };

/** Runs the endpoints check over one fleet folder and lines its decisions up with the ground truth. */
export async function judgeFleet(folder: string): Promise<FleetResult> {
  const expected = parse(readFileSync(join(folder, 'expected.yaml'), 'utf8')) as Expected;
  const ws = tempWorkspace({ 'fleet.yaml': fleetManifest('', '["deploy/**/*"]'), 'verdicts/.keep': '' });
  cpSync(join(folder, 'deploy'), join(ws, 'deploy'), { recursive: true });
  cpSync(join(folder, 'policy.yaml'), join(ws, 'policy.yaml'));
  const records = (expected.verdicts ?? []).map((v, i) =>
    record(v.digest.replace(/^sha256:/, ''), v.verdict, new Date(NOW.getTime() - v.daysAgo * 86_400_000).toISOString(), `verdicts/v${i}.json`),
  );
  const check = makeEndpointsCheck({ loadVerdictStore: async () => fakeStore(records) }) as Check;
  const report = await runGate({ workspace: ws, manifest: 'fleet.yaml', policy: 'policy.yaml', logger, now: NOW, registry: [check] });
  const c = report.checks.find((x) => x.id === 'endpoints');
  if (!c || c.status === 'skipped' || c.status === 'error') throw new Error(`${folder}: the endpoints check gave no facts (status ${c?.status}): ${c?.findings.map((f) => f.message).join('; ')}`);
  const facts = c.facts as unknown as EndpointsFacts;
  return { report, facts, ...compare(facts, expected) };
}

function compare(facts: EndpointsFacts, expected: Expected): Omit<FleetResult, 'report' | 'facts'> {
  const rules = facts.rules.map((r) => r.key);
  const decisions: FleetResult['decisions'] = new Map();
  const found = new Set(facts.table.map((r) => r.name));
  for (const row of facts.table) {
    const want = expected.endpoints[row.name];
    if (!want) continue;
    for (const rule of rules) {
      const actual: Decision = row.failed.includes(rule) ? 'fail' : row.notApplicable.includes(rule) ? 'na' : 'pass';
      const exp: Decision = want.fail?.includes(rule) ? 'fail' : want.na?.includes(rule) ? 'na' : 'pass';
      decisions.set(`${row.name} ${rule}`, { platform: row.platform, rule, expected: exp, actual });
    }
  }
  return {
    decisions,
    unexpected: [...found].filter((n) => !(n in expected.endpoints)),
    missing: Object.keys(expected.endpoints).filter((n) => !found.has(n)),
    halt: { expected: [...expected.halt].sort(), actual: facts.halt.map((h) => h.endpoint).sort() },
  };
}

/** Decisions that disagree with the ground truth, one line each (empty when the fleet is judged right). */
export function disagreements(r: FleetResult): string[] {
  return [...r.decisions].filter(([, d]) => d.expected !== d.actual).map(([k, d]) => `${k}: expected ${d.expected}, got ${d.actual}`);
}

/** Agreement per rule and per platform: decisions, agreed, misses (expected fail), false alarms (unexpected fail). */
export function agreementTable(results: readonly FleetResult[]): string {
  const rows = new Map<string, { n: number; ok: number; miss: number; alarm: number }>();
  const add = (key: string, expected: Decision, actual: Decision): void => {
    const r = rows.get(key) ?? { n: 0, ok: 0, miss: 0, alarm: 0 };
    r.n++;
    if (expected === actual) r.ok++;
    else if (expected === 'fail') r.miss++;
    else if (actual === 'fail') r.alarm++;
    rows.set(key, r);
  };
  for (const res of results) {
    for (const d of res.decisions.values()) {
      add(`rule ${d.rule}`, d.expected, d.actual);
      add(`platform ${d.platform}`, d.expected, d.actual);
      add('all', d.expected, d.actual);
    }
  }
  const lines = ['| | decisions | agree | misses | false alarms |', '|---|---|---|---|---|'];
  for (const [k, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) lines.push(`| ${k} | ${r.n} | ${r.ok} | ${r.miss} | ${r.alarm} |`);
  return lines.join('\n');
}

export const isFleetFolder = (dir: string): boolean => existsSync(join(dir, 'expected.yaml'));
