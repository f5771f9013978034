import { describe, expect, it } from 'vitest';
import { closest, unknownName } from '../../../src/io/suggest.js';

const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const MODES = ['enforce', 'audit'];

describe('closest', () => {
  it('suggests the candidate one typo away (substitution, insertion, deletion)', () => {
    expect(closest('mediun', SEVERITIES)).toBe('medium');
    expect(closest('critcal', SEVERITIES)).toBe('critical');
    expect(closest('enforcee', MODES)).toBe('enforce');
  });

  it('counts an adjacent swap as one edit', () => {
    expect(closest('audti', MODES)).toBe('audit');
    expect(closest('hihg', SEVERITIES)).toBe('high');
    // Plain Levenshtein would need 2 edits here, over the 1 allowed for a 5-letter word.
    expect(closest('uadit', MODES)).toBe('audit');
  });

  it('ignores case and returns the candidate as spelt in the list', () => {
    expect(closest('AUDIT', MODES)).toBe('audit');
    expect(closest('Enforce', MODES)).toBe('enforce');
    expect(closest('apiversion', ['apiVersion', 'kind'])).toBe('apiVersion');
  });

  it('gives nothing for words too far from every candidate', () => {
    expect(closest('nope', SEVERITIES)).toBeUndefined();
    expect(closest('strict', MODES)).toBeUndefined();
    expect(closest('lineage', ['pii', 'bias'])).toBeUndefined();
  });

  it('allows about one edit per three letters, and at least one for short words', () => {
    // 9 letters: up to 3 edits.
    expect(closest('enforcxyz', MODES)).toBe('enforce');
    // 6 letters: up to 2 edits, not 3.
    expect(closest('mexiun', SEVERITIES)).toBe('medium');
    expect(closest('mxxiun', SEVERITIES)).toBeUndefined();
    // Short words still get one edit, never two.
    expect(closest('lw', SEVERITIES)).toBe('low');
    expect(closest('x', ['y'])).toBe('y');
    expect(closest('ab', ['xyz'])).toBeUndefined();
  });

  it('gives nothing without candidates and prefers the first of equally close ones', () => {
    expect(closest('audit', [])).toBeUndefined();
    expect(closest('cat', ['bat', 'hat'])).toBe('bat');
    expect(closest('cat', ['hat', 'bat'])).toBe('hat');
    // An exact match wins over an earlier near match.
    expect(closest('bat', ['cat', 'bat'])).toBe('bat');
  });
});

describe('unknownName', () => {
  it('suggests the closest name when there is one', () => {
    expect(unknownName('mode', 'audti', MODES)).toBe('unknown mode "audti"; did you mean "audit"?');
  });

  it('lists every valid name otherwise, in order', () => {
    expect(unknownName('severity', 'nope', SEVERITIES)).toBe('unknown severity "nope"; expected one of: critical, high, medium, low, info');
  });
});
