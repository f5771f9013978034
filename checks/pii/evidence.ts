// The pii check's evidence for the compliance section: what was scanned and found, as counts and
// column names (never a value).
import type { EvidenceSentence } from '../../src/check.js';
import type { PiiFacts } from './facts.js';

const counted = (counts: Record<string, number>): string => Object.entries(counts).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';

export function piiEvidence(facts: PiiFacts): EvidenceSentence[] {
  const { totals } = facts;
  const special = facts.files.flatMap((f) => f.columns.filter((c) => c.category === 'special-category').map((c) => c.name));
  const out: EvidenceSentence[] = [
    {
      rules: ['pii/personal-data', 'pii/financial-data', 'pii/secret', 'pii/no-records', 'pii/encoding-replaced'],
      text: `${totals.records} record(s) in ${facts.files.length} file(s) scanned; values found by category: ${counted(totals.byCategory)}`,
    },
    {
      rules: ['pii/special-category'],
      text: special.length ? `special-category columns: ${[...new Set(special)].join(', ')}` : 'no special-category column found',
    },
    {
      rules: ['pii/protected'],
      text: `${totals.recordsMasked} record(s) masked, ${totals.recordsQuarantined} quarantined in the outputs`,
    },
  ];
  if (facts.kAnonymity !== null) out.push({ rules: ['pii/k-anonymity'], text: `smallest k-anonymity over the quasi-identifiers: ${facts.kAnonymity}` });
  return out;
}
