import { describe, expect, it } from 'vitest';
import { cvssBaseScore, severityFromLabel, severityFromScore } from '../../../src/vuln/severity.js';

// Base scores as published by NVD / FIRST for these vectors.
const KNOWN: Array<[string, number]> = [
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10.0],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
  ['CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N', 5.5],
  ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5],
  ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:N', 0.0],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 9.3],
  ['CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 8.5],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N', 0.0],
  ['AV:N/AC:L/Au:N/C:P/I:P/A:P', 7.5],
];

describe('CVSS base scores', () => {
  it.each(KNOWN)('%s → %s', (vector, score) => {
    expect(cvssBaseScore(vector)).toBe(score);
  });
  it('rejects malformed vectors instead of guessing', () => {
    expect(() => cvssBaseScore('CVSS:3.1/AV:Q/AC:L')).toThrow();
    expect(() => cvssBaseScore('high')).toThrow(/not a CVSS vector/);
  });
  it('maps scores and labels onto one ladder', () => {
    expect([0, 0.1, 3.9, 4.0, 6.9, 7.0, 8.9, 9.0, 10].map(severityFromScore)).toEqual(['info', 'low', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical']);
    expect(['CRITICAL', 'Negligible', 'MODERATE', 'UNKNOWN', ''].map(severityFromLabel)).toEqual(['critical', 'info', 'medium', undefined, undefined]);
  });
});
