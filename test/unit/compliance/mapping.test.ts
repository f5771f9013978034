// The compliance mapping is data reviewers check line by line: every rule the gate can emit maps to at
// least one control of the shipped catalogs, with a reason, and every id it names exists.
import { describe, expect, it } from 'vitest';
import { checks } from '../../../checks/index.js';
import { CONTROLS, FRAMEWORK_IDS, FRAMEWORKS } from '../../../src/compliance/catalog.js';
import { POLICY_CONTROLS } from '../../../src/policy/controls.js';
import { POLICY_RULES } from '../../../src/policy/policy-rules.js';

const ruleIds = [...checks.flatMap((c) => c.rules.map((r) => r.id)), ...POLICY_RULES.map((r) => r.id)];
const mapping = { ...Object.assign({}, ...checks.map((c) => c.controls ?? {})), ...POLICY_CONTROLS } as Record<string, ReadonlyArray<readonly [string, string]>>;

describe('the control catalogs', () => {
  it('have the four frameworks, unique ids under their framework, titles, and parents that exist in the same framework', () => {
    expect(FRAMEWORKS.map((f) => f.id)).toEqual([...FRAMEWORK_IDS]);
    const all = FRAMEWORKS.flatMap((f) => f.controls);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    for (const f of FRAMEWORKS) {
      for (const c of f.controls) {
        expect(c.id.startsWith(`${f.id}/`), c.id).toBe(true);
        expect(c.title.trim().length, c.id).toBeGreaterThan(3);
        expect(c.ref.trim(), c.id).not.toBe('');
        if (c.parent) expect(f.controls.some((p) => p.id === c.parent), `${c.id} → ${c.parent}`).toBe(true);
      }
    }
    // The controls the issue names are in the catalog.
    for (const id of ['eu-ai-act/art-10-2-f', 'eu-ai-act/art-10-5', 'eu-ai-act/art-11', 'eu-ai-act/art-12', 'eu-ai-act/art-13', 'eu-ai-act/art-15', 'gdpr/art-5-1-c', 'gdpr/art-9', 'gdpr/art-25', 'gdpr/art-32', 'gdpr/art-35', 'nist-ai-rmf/measure-2.7', 'nist-ai-rmf/measure-2.10', 'nist-ai-rmf/measure-2.11', 'nist-ai-rmf/map-4.1', 'nist-ai-rmf/manage-4.1', 'nist-ai-rmf/govern-6.1', 'iso-42001/a.6.2.4', 'iso-42001/a.7.5']) {
      expect(CONTROLS.has(id), id).toBe(true);
    }
  });
});

describe('the rule → control mapping', () => {
  it('maps every built-in rule (every check and the engine) to at least one control', () => {
    const unmapped = ruleIds.filter((id) => !(mapping[id]?.length));
    expect(unmapped).toEqual([]);
  });

  it('names only controls of the catalogs, each once per rule, with a non-empty reason', () => {
    for (const [rule, pairs] of Object.entries(mapping)) {
      expect(ruleIds, `${rule} is mapped but no check declares it`).toContain(rule);
      expect(new Set(pairs.map(([c]) => c)).size, rule).toBe(pairs.length);
      for (const [control, reason] of pairs) {
        expect(CONTROLS.has(control), `${rule} → ${control}`).toBe(true);
        expect(reason.trim().length, `${rule} → ${control}`).toBeGreaterThan(10);
      }
    }
  });

  it('keeps each check to its own rules', () => {
    for (const c of checks) for (const rule of Object.keys(c.controls ?? {})) expect(rule.startsWith(`${c.id}/`), rule).toBe(true);
  });
});
