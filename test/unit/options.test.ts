import { describe, expect, it } from 'vitest';
import { exitCodeFor, gateSelection, parseOptions } from '../../src/options.js';
import { configError } from '../helpers/config-error.js';

const INPUT_NAMES = { manifest: 'input "manifest"', failOn: 'input "fail-on"', mode: 'input "mode"', checks: 'input "checks"' };
const FLAG_NAMES = { failOn: '--fail-on', mode: '--mode' };

describe('parseOptions', () => {
  it('defaults to model-release.yaml, enforce mode and nothing else', () => {
    expect(parseOptions({}, {})).toEqual({ manifest: 'model-release.yaml', policyFrom: 'head', mode: 'enforce', sarifIncludeWaived: false });
  });

  it('treats empty and blank strings as unset (what getInput returns for an absent input)', () => {
    const opts = parseOptions({ manifest: '', policy: '', checks: '', failOn: '', mode: '', reportJson: '', sarif: '', summary: '' }, INPUT_NAMES);
    expect(opts.manifest).toBe('model-release.yaml');
    expect(opts.mode).toBe('enforce');
    expect(opts.policy).toBeUndefined();
    expect(opts.failOn).toBeUndefined();
    expect(opts.reportJson).toBeUndefined();
    expect(opts.sarif).toBeUndefined();
    expect(opts.summary).toBeUndefined();
    expect(opts.checks ?? []).toEqual([]);
    const blank = parseOptions({ manifest: '  ', policy: ' \n', failOn: '  ', mode: '\t', reportJson: '  ' }, INPUT_NAMES);
    expect(blank).toMatchObject({ manifest: 'model-release.yaml', mode: 'enforce' });
    expect(blank.policy).toBeUndefined();
    expect(blank.failOn).toBeUndefined();
    expect(blank.reportJson).toBeUndefined();
  });

  it('keeps given values, trimmed', () => {
    const opts = parseOptions(
      { manifest: ' release/m.yaml ', policy: ' .github/policy.yaml', failOn: ' medium ', mode: 'audit\n', reportJson: 'out/r.json ', sarif: 'out/r.sarif', summary: 's.md' },
      INPUT_NAMES,
    );
    expect(opts).toEqual({
      manifest: 'release/m.yaml',
      policy: '.github/policy.yaml',
      policyFrom: 'head',
      failOn: 'medium',
      mode: 'audit',
      reportJson: 'out/r.json',
      sarif: 'out/r.sarif',
      summary: 's.md',
      sarifIncludeWaived: false,
    });
  });

  it('policy-from: head by default, base when asked, anything else named with a suggestion', () => {
    expect(parseOptions({ policyFrom: ' base ' }, {}).policyFrom).toBe('base');
    expect(parseOptions({ policyFrom: '' }, {}).policyFrom).toBe('head');
    expect(() => parseOptions({ policyFrom: 'bse' }, { policyFrom: 'input "policy-from"' })).toThrow('input "policy-from": unknown policy source "bse"; did you mean "base"?');
  });

  it('SARIF: waived findings kept only when asked (true/false), a category only when given', () => {
    const names = { sarifIncludeWaived: 'input "sarif-include-waived"' };
    expect(parseOptions({ sarifIncludeWaived: 'true', sarifCategory: ' ml/ ' }, names)).toMatchObject({ sarifIncludeWaived: true, sarifCategory: 'ml/' });
    expect(parseOptions({ sarifIncludeWaived: 'false', sarifCategory: '' }, names)).toEqual({ manifest: 'model-release.yaml', policyFrom: 'head', mode: 'enforce', sarifIncludeWaived: false });
    expect(() => parseOptions({ sarifIncludeWaived: 'sometimes' }, names)).toThrow(/^input "sarif-include-waived": expected true or false/);
  });

  it('splits checks on commas, newlines and spaces, dropping empty parts', () => {
    expect(parseOptions({ checks: 'lineage' }, {}).checks).toEqual(['lineage']);
    expect(parseOptions({ checks: 'lineage,pii' }, {}).checks).toEqual(['lineage', 'pii']);
    expect(parseOptions({ checks: 'lineage, pii ,bias' }, {}).checks).toEqual(['lineage', 'pii', 'bias']);
    expect(parseOptions({ checks: 'lineage\npii\r\nbias\n' }, {}).checks).toEqual(['lineage', 'pii', 'bias']);
    expect(parseOptions({ checks: ' lineage  pii\t,, bias ' }, {}).checks).toEqual(['lineage', 'pii', 'bias']);
  });

  it('accepts every severity for fail-on', () => {
    for (const s of ['critical', 'high', 'medium', 'low', 'info']) expect(parseOptions({ failOn: s }, {}).failOn).toBe(s);
  });

  it('refuses a bad fail-on with the option as the user spelt it, and a suggestion', () => {
    const input = configError(() => parseOptions({ failOn: 'hihg' }, INPUT_NAMES));
    expect(input.message).toBe('input "fail-on": unknown severity "hihg"; did you mean "high"?');
    expect(input.location).toBeUndefined();
    const flag = configError(() => parseOptions({ failOn: 'nope' }, FLAG_NAMES));
    expect(flag.message).toBe('--fail-on: unknown severity "nope"; expected one of: critical, high, medium, low, info');
  });

  it('refuses a bad mode with the option as the user spelt it, and a suggestion', () => {
    expect(configError(() => parseOptions({ mode: 'audti' }, FLAG_NAMES)).message).toBe('--mode: unknown mode "audti"; did you mean "audit"?');
    expect(configError(() => parseOptions({ mode: 'strict' }, INPUT_NAMES)).message).toBe('input "mode": unknown mode "strict"; expected one of: enforce, audit');
  });

  it('monitoring options: audit log, metrics, an http(s) Pushgateway URL, a log format', () => {
    const names = { logFormat: '--log-format', pushgatewayUrl: '--pushgateway' };
    expect(parseOptions({ auditLog: ' a.jsonl ', metrics: 'm.prom', pushgatewayUrl: ' http://pg:9091 ', logFormat: 'ecs' }, names)).toMatchObject({ auditLog: 'a.jsonl', metrics: 'm.prom', pushgatewayUrl: 'http://pg:9091', logFormat: 'ecs' });
    expect(parseOptions({ auditLog: '', pushgatewayUrl: '', logFormat: '' }, names)).toEqual({ manifest: 'model-release.yaml', policyFrom: 'head', mode: 'enforce', sarifIncludeWaived: false });
    expect(configError(() => parseOptions({ logFormat: 'ecss' }, names)).message).toBe('--log-format: unknown log format "ecss"; did you mean "ecs"?');
    expect(configError(() => parseOptions({ pushgatewayUrl: 'pg:9091' }, names)).message).toBe('--pushgateway: expected an http(s) URL such as http://pushgateway:9091');
    expect(configError(() => parseOptions({ pushgatewayUrl: 'file:///etc/passwd' }, names)).message).toMatch(/^--pushgateway: expected an http\(s\) URL/);
  });

  it('falls back to the option key when no spelling is given', () => {
    expect(configError(() => parseOptions({ mode: 'x' }, {})).message).toMatch(/^mode: unknown mode "x"/);
  });
});

describe('exitCodeFor', () => {
  it.each([
    ['passed', 'enforce', 0],
    ['blocked', 'enforce', 1],
    ['error', 'enforce', 2],
    ['passed', 'audit', 0],
    ['blocked', 'audit', 0],
    ['error', 'audit', 0],
  ] as const)('%s in %s mode exits %i', (verdict, mode, code) => {
    expect(exitCodeFor(verdict, mode)).toBe(code);
  });
});

describe('gateSelection', () => {
  it('passes the manifest and mode, and only the selections that were made', () => {
    expect(gateSelection(parseOptions({}, {}))).toEqual({ manifest: 'model-release.yaml', mode: 'enforce' });
    const all = gateSelection(parseOptions({ manifest: 'm.yaml', policy: 'p.yaml', checks: 'lineage', failOn: 'high', mode: 'audit', reportJson: 'r.json', sarif: 's.sarif' }, {}));
    expect(all).toEqual({ manifest: 'm.yaml', policy: 'p.yaml', checks: ['lineage'], failOn: 'high', mode: 'audit' });
  });

  it('selects no subset of checks when the checks input is empty', () => {
    for (const checks of ['', ' ', ',', '\n, \n']) expect(gateSelection(parseOptions({ checks }, {})).checks ?? [], JSON.stringify(checks)).toEqual([]);
  });

  it('leaves out the report files, which are not the gate\'s business', () => {
    const sel = gateSelection(parseOptions({ reportJson: 'r.json', sarif: 's.sarif', summary: 'x.md' }, {}));
    expect(Object.keys(sel).sort()).toEqual(['manifest', 'mode']);
  });
});
