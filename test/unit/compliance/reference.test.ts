// docs/compliance.md is generated from the catalogs and the mapping: it lists every control with the
// rules that evidence it, and fails here when the code changed without the page.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../../../checks/index.js';
import { CONTROLS } from '../../../src/compliance/catalog.js';
import { complianceReference } from '../../../src/compliance/reference.js';
import { POLICY_CONTROLS } from '../../../src/policy/controls.js';

const PAGE = join(import.meta.dirname, '..', '..', '..', 'docs', 'compliance.md');

describe('docs/compliance.md', () => {
  it('is the reference generated from the catalogs and the mapping (MODELGATE_WRITE_DOCS=1 rewrites it)', () => {
    const text = complianceReference(checks, POLICY_CONTROLS);
    if (process.env.MODELGATE_WRITE_DOCS) writeFileSync(PAGE, text);
    expect(readFileSync(PAGE, 'utf8')).toBe(text);
    for (const id of CONTROLS.keys()) expect(text).toContain(`| \`${id}\``);
    expect(text).toContain('`bias/limit-exceeded`: measures disparities');
  });
});
