// docs/compliance.md, generated from the catalogs and the mapping so that the page cannot drift from
// the code: per framework, every control with the rules that evidence it and why
// (test/unit/compliance/reference.test.ts compares the page with this text).
import type { AnyCheck, RuleControls } from '../check.js';
import { FRAMEWORKS } from './catalog.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|');

export function complianceReference(checks: readonly AnyCheck[], engineControls: RuleControls): string {
  const all: Array<[string, RuleControls]> = [...checks.map((c): [string, RuleControls] => [c.id, c.controls ?? {}]), ['policy', engineControls]];
  const byControl = new Map<string, string[]>();
  for (const [, controls] of all) {
    for (const [rule, pairs] of Object.entries(controls)) for (const [id, reason] of pairs) byControl.set(id, [...(byControl.get(id) ?? []), `\`${rule}\`: ${reason}`]);
  }
  const parts = [
    '# Compliance controls\n\n',
    '<!-- Generated from src/compliance/frameworks/*.ts and the checks\' controls.ts: MODELGATE_WRITE_DOCS=1 npx vitest run test/unit/compliance/reference.test.ts -->\n\n',
    'Every control of the four frameworks the gate reports on, with the rules that provide evidence for it and why. ',
    'Titles paraphrase the texts named under each framework; the mapping is evidence for a reviewer, not legal advice. ',
    'What the statuses mean and how to require a control: [README, Compliance controls](../README.md#compliance-controls). ',
    'The mapping is data beside the rules: `checks/<id>/controls.ts` and `src/policy/controls.ts`.\n\n',
  ];
  for (const f of FRAMEWORKS) {
    parts.push(`## ${f.title}\n\n${f.source}. Id prefix \`${f.id}/\`, ${f.controls.length} controls.\n\n| Control | Reference | Title | Rules that provide evidence |\n| --- | --- | --- | --- |\n`);
    for (const c of f.controls) {
      const rules = byControl.get(c.id) ?? [];
      const sub = c.parent ? ` (under \`${c.parent}\`)` : '';
      const none = f.controls.some((x) => x.parent === c.id) ? 'through its sub-controls' : 'none: not assessed unless a custom rule names it under `controls:`';
      parts.push(`| \`${c.id}\`${sub} | ${c.ref} | ${cell(c.title)} | ${rules.length ? rules.map(cell).join('<br>') : none} |\n`);
    }
    parts.push('\n');
  }
  return parts.join('');
}
