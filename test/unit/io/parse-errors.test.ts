// Parse errors name file, line and column and never quote a data value (issue 22): JSON syntax errors
// of lockfiles, SBOMs, scanner reports, OSV records, audit logs and baselines (JSON.parse's own message
// quotes the text around the error), YAML errors whose library message quotes the text, and values a
// check names in an error (a bad label cell). Personal values and secrets are built at run time.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseLockfile } from '../../../checks/dependency/parsers/index.js';
import { maskedValue } from '../../../src/io/masked-value.js';
import { describeIssue } from '../../../src/io/validate.js';
import { parseYaml } from '../../../src/io/yaml.js';
import { parseAuditLog } from '../../../src/report/audit.js';
import { readBaselineReport } from '../../../src/report/baseline.js';
import { readScannerReport } from '../../../src/scanners/index.js';
import { jsonErrorPosition, jsonSyntaxDetail } from '../../../src/io/json-syntax.js';
import { parseRecord } from '../../../src/vuln/osv-db.js';
import { configError } from '../../helpers/config-error.js';
import { rng, secrets } from '../../helpers/personal-data.js';
import { tempWorkspace } from '../../helpers/workspace.js';

const email = ['grace.h', 'example.org'].join('@');
const token = secrets.github(rng(5));
/** Invalid JSON whose error sits right before a personal value and a secret. */
const BROKEN = `{\n  "owner": ${email},\n  "token": "${token}"\n}\n`;

describe('JSON syntax errors', () => {
  it('say what was found and where, in the tool\'s words, never the text around it', () => {
    expect(jsonSyntaxDetail(BROKEN)).toBe('unexpected letter or digit (a value without quotes?)');
    expect(jsonErrorPosition(BROKEN)).toEqual({ line: 2, column: 12 });
    expect(jsonSyntaxDetail('{"a": [1, 2')).toBe('the text ends inside a value (a truncated file?)');
    expect(jsonSyntaxDetail('{"a" 1}')).toBe("expected ':' after a property name");
    expect(jsonErrorPosition('{"a" 1}')).toEqual({ line: 1, column: 6 });
    expect(jsonSyntaxDetail('{"a": 1,}')).toBe('expected a double-quoted property name');
  });

  it('every reader of a JSON file reports it so: lockfiles, scanner reports, OSV records, audit logs, baselines', () => {
    const ws = tempWorkspace({ 'trivy.json': BROKEN, 'base.json': BROKEN });
    const errors = [
      configError(() => parseLockfile('Pipfile.lock', BROKEN, 'Pipfile.lock', 'runtime')),
      configError(() => parseLockfile('package-lock', BROKEN, 'package-lock.json', 'runtime')),
      configError(() => readScannerReport(join(ws, 'trivy.json'), 'trivy.json')),
      configError(() => parseRecord(BROKEN, 'osv/GHSA-1.json')),
      configError(() => parseAuditLog(BROKEN.replace(/\n/g, ' '), 'audit.jsonl')),
      configError(() => readBaselineReport(join(ws, 'base.json'), 'base.json')),
    ];
    for (const e of errors) {
      expect(e.message).toMatch(/^[\w./-]+:\d+:\d+: .*unexpected letter or digit \(a value without quotes\?\)$/);
      expect(e.message).not.toContain('grace');
      expect(e.message).not.toContain(token);
    }
  });
});

describe('YAML errors', () => {
  it('leave out the text the yaml library quotes (a block scalar header, a tag), keep the position', () => {
    const e = configError(() => parseYaml(`name: x\nnote: |x${email}\n  text\n`, 'env.yml'));
    expect(e.message).toBe('env.yml:2:8: YAML syntax error: Block scalar header includes extra characters');
  });
});

describe('zod issues (manifest, policy, definitions)', () => {
  it('name the expected type or values, never the value received', () => {
    const schema = z.strictObject({ n: z.number(), kind: z.enum(['a', 'b']), id: z.string().regex(/^\d+$/), short: z.string().max(3) });
    for (const data of [{ n: email }, { n: 1, kind: email }, { n: 1, kind: 'a', id: email }, { n: 1, kind: 'a', id: '1', short: email }]) {
      const r = schema.safeParse(data);
      expect(r.success).toBe(false);
      const issue = r.error!.issues[0]!;
      const value = (data as Record<string, unknown>)[String(issue.path[0])];
      expect(describeIssue(issue, value)).not.toContain('grace');
    }
  });
});

describe('maskedValue', () => {
  it('names a value by type and size, with at most its first character', () => {
    expect(maskedValue(email)).toBe('a text of 19 characters starting with "g"');
    expect(maskedValue('ab')).toBe('a text of 2 characters');
    expect(maskedValue('')).toBe('an empty cell');
    expect(maskedValue(2)).toBe('a number');
    expect(maskedValue(true)).toBe('true');
    expect(maskedValue({ email })).toBe('an object');
  });

  it('never shows more than one character of a text (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 2, maxLength: 40 }), (s) => {
        const shown = maskedValue(s);
        // At most the first character is quoted, and only when the text has at least four.
        const quoted = /"(.*)"/.exec(shown)?.[1];
        expect(quoted === undefined || (quoted.length <= 2 && [...quoted].length === 1)).toBe(true);
      }),
    );
  });
});
