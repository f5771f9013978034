import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/io/yaml.js';
import { findWaiver, parseWaivers } from '../../../src/policy/waivers.js';
import type { Finding, WaiverRef } from '../../../src/report/model.js';

/** Parses a policy's YAML and its waivers as of `today`. */
function waiversOf(yaml: string, today = '2026-06-01') {
  const source = parseYaml(yaml, 'policy.yaml');
  const raw = (source.data as { waivers: unknown[] }).waivers;
  return parseWaivers(raw, source, today);
}

const ONE = `waivers:
  - rule: lineage/artifact-missing
    target: model/legacy.bin
    reason: re-exported (INC-1)
    owner: ml-platform@example.com
    expires: 2026-06-01
`;

function waiver(over: Partial<WaiverRef> = {}): WaiverRef {
  return { rule: 'lineage/artifact-missing', reason: 'r', owner: 'o', expires: '2099-01-01', ...over };
}
function finding(ruleId: string, target?: string): Finding {
  return { ruleId, severity: 'high', message: 'm', ...(target !== undefined ? { target } : {}) };
}

describe('parseWaivers', () => {
  it('keeps a well-formed waiver active, with its location in the policy', () => {
    const w = waiversOf(ONE, '2026-01-15');
    expect(w.findings).toEqual([]);
    expect(w.expired).toEqual([]);
    expect(w.active).toHaveLength(1);
    expect(w.active[0]).toMatchObject({
      rule: 'lineage/artifact-missing',
      target: 'model/legacy.bin',
      reason: 're-exported (INC-1)',
      owner: 'ml-platform@example.com',
      expires: '2026-06-01',
      location: { file: 'policy.yaml', line: 2, column: 5 },
    });
  });

  it('applies through its expiry day (inclusive)', () => {
    const w = waiversOf(ONE, '2026-06-01');
    expect(w.active).toHaveLength(1);
    expect(w.findings).toEqual([]);
  });

  it('expires the next day: no longer active, and a policy/waiver-expired finding at the date', () => {
    for (const today of ['2026-06-02', '2027-01-01']) {
      const w = waiversOf(ONE, today);
      expect(w.active).toEqual([]);
      expect(w.expired.map((x) => x.rule)).toEqual(['lineage/artifact-missing']);
      expect(w.findings).toHaveLength(1);
      expect(w.findings[0]).toMatchObject({
        ruleId: 'policy/waiver-expired',
        severity: 'high',
        target: 'model/legacy.bin',
        location: { file: 'policy.yaml', line: 6, column: 14 },
      });
      expect(w.findings[0]!.message).toBe('waiver for lineage/artifact-missing on model/legacy.bin (owner ml-platform@example.com) expired on 2026-06-01');
    }
  });

  it('compares dates across month and year boundaries', () => {
    const yaml = (expires: string) => `waivers:\n  - { rule: a/b, reason: r, owner: o, expires: ${expires} }\n`;
    expect(waiversOf(yaml('2026-05-31'), '2026-06-01').expired).toHaveLength(1);
    expect(waiversOf(yaml('2025-12-31'), '2026-01-01').expired).toHaveLength(1);
    expect(waiversOf(yaml('2026-12-31'), '2026-12-31').active).toHaveLength(1);
    expect(waiversOf(yaml('2027-01-01'), '2026-12-31').active).toHaveLength(1);
  });

  it('reports a waiver without owner as invalid, at the waiver, and waives nothing', () => {
    const w = waiversOf(`failOn: low
waivers:
  - rule: lineage/artifact-missing
    reason: r
    owner: o
    expires: 2099-01-01
  - rule: lineage/artifact-digest-mismatch
    reason: no owner here
    expires: 2099-01-01
`);
    expect(w.active.map((x) => x.rule)).toEqual(['lineage/artifact-missing']);
    expect(w.expired).toEqual([]);
    expect(w.findings).toHaveLength(1);
    const f = w.findings[0]!;
    expect(f).toMatchObject({ ruleId: 'policy/waiver-invalid', severity: 'high', target: 'waivers[1]' });
    expect(f.message).toMatch(/^waiver #2 is malformed \(owner: .+\); it waives nothing$/);
    expect(f.location).toMatchObject({ file: 'policy.yaml', line: 7 });
  });

  it('reports an impossible date as invalid, at the date', () => {
    for (const bad of ['2026-13-01', '2026-02-30', '2026-6-1', 'next year']) {
      const w = waiversOf(`waivers:\n  - rule: a/b\n    reason: r\n    owner: o\n    expires: ${bad}\n`);
      expect(w.active, bad).toEqual([]);
      expect(w.findings, bad).toHaveLength(1);
      expect(w.findings[0]!.ruleId).toBe('policy/waiver-invalid');
      expect(w.findings[0]!.message).toContain('expires: expected a date as YYYY-MM-DD');
      expect(w.findings[0]!.location).toMatchObject({ line: 5, column: 14 });
    }
  });

  it('reports an entry that is not a map as invalid, at the entry', () => {
    const w = waiversOf('waivers:\n  - just a string\n  - [a, b]\n');
    expect(w.active).toEqual([]);
    expect(w.findings.map((f) => [f.ruleId, f.target, f.location?.line, f.location?.column])).toEqual([
      ['policy/waiver-invalid', 'waivers[0]', 2, 5],
      ['policy/waiver-invalid', 'waivers[1]', 3, 5],
    ]);
    // No field to name: the message says what the entry is instead.
    expect(w.findings[0]!.message).toMatch(/^waiver #1 is malformed \(.*received string\); it waives nothing$/);
    expect(w.findings[1]!.message).toMatch(/^waiver #2 is malformed \(.*received array\); it waives nothing$/);
  });

  it('reports a bad rule id and an unknown key as invalid', () => {
    const w = waiversOf(`waivers:
  - { rule: Lineage/Missing, reason: r, owner: o, expires: 2099-01-01 }
  - { rule: a/b, reason: r, owner: o, expires: 2099-01-01, ownr: x }
`);
    expect(w.active).toEqual([]);
    expect(w.findings.map((f) => [f.ruleId, f.location?.line])).toEqual([
      ['policy/waiver-invalid', 2],
      ['policy/waiver-invalid', 3],
    ]);
    expect(w.findings[0]!.message).toContain('rule: expected a rule id');
  });

  // BUG (src/policy/schema.ts:10, the `rule` regex allows "*" only in the rule-name part or alone):
  // README and the schema's own error message say '"*" matches any part', and findWaiver's glob would
  // match "*/artifact-missing", but the schema refuses it: the waiver is reported as malformed
  // ('rule: expected a rule id such as ... (a "*" matches any part)') and waives nothing.
  it('accepts "*" as the check part of a rule id', () => {
    const w = waiversOf('waivers:\n  - { rule: "*/artifact-missing", reason: r, owner: o, expires: 2099-01-01 }\n');
    expect(w.findings).toEqual([]);
    expect(w.active.map((x) => x.rule)).toEqual(['*/artifact-missing']);
  });

  it('keeps expired and malformed findings in the order of the entries', () => {
    const w = waiversOf(`waivers:
  - { rule: a/expired, reason: r, owner: o, expires: 2020-01-01 }
  - { rule: a/fine, reason: r, owner: o, expires: 2099-01-01 }
  - { rule: a/broken, reason: r, expires: 2099-01-01 }
`);
    expect(w.findings.map((f) => f.ruleId)).toEqual(['policy/waiver-expired', 'policy/waiver-invalid']);
    expect(w.active.map((x) => x.rule)).toEqual(['a/fine']);
  });
});

describe('findWaiver', () => {
  it('matches the exact rule id and nothing else', () => {
    const w = [waiver({ rule: 'lineage/artifact-missing' })];
    expect(findWaiver(w, finding('lineage/artifact-missing'))).toBe(w[0]);
    expect(findWaiver(w, finding('lineage/artifact-missing-x'))).toBeUndefined();
    expect(findWaiver(w, finding('x-lineage/artifact-missing'))).toBeUndefined();
    expect(findWaiver(w, finding('lineage/artifact-digest-mismatch'))).toBeUndefined();
  });

  it('matches rule globs: "lineage/*" covers the check, "*" covers every rule', () => {
    const lineage = [waiver({ rule: 'lineage/*' })];
    expect(findWaiver(lineage, finding('lineage/artifact-missing'))).toBe(lineage[0]);
    expect(findWaiver(lineage, finding('lineage/artifact-digest-mismatch'))).toBe(lineage[0]);
    expect(findWaiver(lineage, finding('pii/email-in-column'))).toBeUndefined();
    const anyCheck = [waiver({ rule: '*/artifact-missing' })];
    expect(findWaiver(anyCheck, finding('lineage/artifact-missing'))).toBe(anyCheck[0]);
    expect(findWaiver(anyCheck, finding('lineage/artifact-digest-mismatch'))).toBeUndefined();
    const any = [waiver({ rule: '*' })];
    expect(findWaiver(any, finding('pii/email-in-column', 'email'))).toBe(any[0]);
  });

  it('without a target covers every target, and findings without one', () => {
    const w = [waiver()];
    expect(findWaiver(w, finding('lineage/artifact-missing', 'a.bin'))).toBe(w[0]);
    expect(findWaiver(w, finding('lineage/artifact-missing', 'b.bin'))).toBe(w[0]);
    expect(findWaiver(w, finding('lineage/artifact-missing'))).toBe(w[0]);
  });

  it('with a target covers only that target, anchored at both ends', () => {
    const w = [waiver({ target: 'model/legacy.bin' })];
    expect(findWaiver(w, finding('lineage/artifact-missing', 'model/legacy.bin'))).toBe(w[0]);
    expect(findWaiver(w, finding('lineage/artifact-missing', 'model/legacy.bin.bak'))).toBeUndefined();
    expect(findWaiver(w, finding('lineage/artifact-missing', 'old/model/legacy.bin'))).toBeUndefined();
    expect(findWaiver(w, finding('lineage/artifact-missing'))).toBeUndefined();
  });

  it('matches target globs: "*" is any run of characters, even none', () => {
    const w = [waiver({ target: 'pkg-*' })];
    expect(findWaiver(w, finding('lineage/artifact-missing', 'pkg-a'))).toBe(w[0]);
    expect(findWaiver(w, finding('lineage/artifact-missing', 'pkg-left-pad@1.0.0'))).toBe(w[0]);
    expect(findWaiver(w, finding('lineage/artifact-missing', 'pkg-'))).toBe(w[0]);
    expect(findWaiver(w, finding('lineage/artifact-missing', 'xpkg-a'))).toBeUndefined();
    expect(findWaiver(w, finding('lineage/artifact-missing', 'pkg'))).toBeUndefined();
    const middle = [waiver({ target: 'data/*.csv' })];
    expect(findWaiver(middle, finding('lineage/artifact-missing', 'data/train.csv'))).toBe(middle[0]);
    expect(findWaiver(middle, finding('lineage/artifact-missing', 'data/train.csv.gz'))).toBeUndefined();
  });

  it('matches a target glob of 50 stars against a 200 KB target in linear time (a regular expression backtracks for hours)', () => {
    const w = [waiver({ rule: 'pii/*', target: `${'c*'.repeat(50)}!` })];
    const column = 'c'.repeat(200_000);
    const t0 = performance.now();
    expect(findWaiver(w, finding('pii/email-in-column', column))).toBeUndefined();
    expect(findWaiver(w, finding('pii/email-in-column', `${column}!`))).toBe(w[0]);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('treats regular-expression characters in targets literally', () => {
    const dot = [waiver({ target: 'a.b' })];
    expect(findWaiver(dot, finding('lineage/artifact-missing', 'a.b'))).toBe(dot[0]);
    expect(findWaiver(dot, finding('lineage/artifact-missing', 'axb'))).toBeUndefined();
    for (const literal of ['torch@1.0+cpu', '(x)', '[a-z]', 'a|b', '^start$', 'back\\slash', 'q?', '{1,2}']) {
      const w = [waiver({ target: literal })];
      expect(findWaiver(w, finding('lineage/artifact-missing', literal)), literal).toBe(w[0]);
    }
    expect(findWaiver([waiver({ target: 'a|b' })], finding('lineage/artifact-missing', 'a'))).toBeUndefined();
    expect(findWaiver([waiver({ target: '[a-z]' })], finding('lineage/artifact-missing', 'q'))).toBeUndefined();
    expect(findWaiver([waiver({ target: 'torch@1.0+cpu' })], finding('lineage/artifact-missing', 'torch@1.00cpu'))).toBeUndefined();
  });

  it('returns the first waiver that covers the finding', () => {
    const w = [waiver({ rule: 'pii/*' }), waiver({ target: 'x' }), waiver({ rule: 'lineage/*' })];
    expect(findWaiver(w, finding('lineage/artifact-missing', 'x'))).toBe(w[1]);
    expect(findWaiver(w, finding('lineage/artifact-missing', 'y'))).toBe(w[2]);
    expect(findWaiver([], finding('lineage/artifact-missing', 'x'))).toBeUndefined();
  });
});
