// One severity ladder for every source: CVSS scores, scanner labels, OSV database_specific labels.
import cvss from 'ae-cvss-calculator';
import type { Severity } from '../report/model.js';

/** CVSS v3/v4 qualitative rating: 0 none (info), 0.1–3.9 low, 4.0–6.9 medium, 7.0–8.9 high, 9.0–10 critical. */
export function severityFromScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

/**
 * Base score of a CVSS vector (v2, v3.0, v3.1, v4.0), computed by the metaeffekt calculator.
 * Throws on a malformed vector: a score we cannot compute must not be guessed.
 */
export function cvssBaseScore(vector: string): number {
  const v = vector.trim();
  let calc: { calculateScores(): { base?: number } };
  if (v.startsWith('CVSS:4.0/')) calc = new cvss.Cvss4P0(v);
  else if (v.startsWith('CVSS:3.1/')) calc = new cvss.Cvss3P1(v);
  else if (v.startsWith('CVSS:3.0/')) calc = new cvss.Cvss3P0(v);
  else if (/^AV:[LAN]\//.test(v)) calc = new cvss.Cvss2(v);
  else throw new Error(`not a CVSS vector: ${JSON.stringify(vector)}`);
  const base = calc.calculateScores().base;
  if (base === undefined || !Number.isFinite(base)) throw new Error(`CVSS vector ${JSON.stringify(vector)} has no base score (missing base metrics?)`);
  return base;
}

/** Scanner and advisory labels: Trivy UNKNOWN/LOW/…, Grype Negligible, GHSA MODERATE, Ubuntu negligible. */
export function severityFromLabel(label: string | undefined | null): Severity | undefined {
  switch (label?.trim().toLowerCase()) {
    case 'critical':
      return 'critical';
    case 'high':
    case 'important':
      return 'high';
    case 'medium':
    case 'moderate':
      return 'medium';
    case 'low':
      return 'low';
    case 'negligible':
    case 'info':
    case 'informational':
    case 'none':
      return 'info';
    default:
      return undefined; // unknown, empty: the caller applies its unknown-severity policy
  }
}
