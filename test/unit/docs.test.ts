// Every rule a check can emit is documented in that check's README, and every check has one linked
// from the top-level README: users look a rule id up there when a finding names it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../../checks/index.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

describe('documentation', () => {
  it('names every rule of every check in checks/<id>/README.md, linked from README.md', () => {
    const top = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const missing: string[] = [];
    for (const check of checks) {
      expect(top, `README.md links checks/${check.id}/README.md`).toContain(`(checks/${check.id}/README.md)`);
      const doc = readFileSync(join(ROOT, 'checks', check.id, 'README.md'), 'utf8');
      // A check's page may name its rules in full or, in a table headed by the prefix, by their short name.
      const short = (id: string) => id.slice(check.id.length + 1);
      for (const rule of check.rules) if (!doc.includes(`\`${rule.id}\``) && !doc.includes(`\`${short(rule.id)}\``)) missing.push(rule.id);
    }
    expect(missing).toEqual([]);
  });
});
