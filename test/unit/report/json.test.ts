import { describe, expect, it } from 'vitest';
import { renderJson } from '../../../src/report/json.js';
import { richReport } from '../../helpers/reports.js';

describe('renderJson', () => {
  it('is the report, pretty-printed, with a trailing newline', () => {
    const report = richReport();
    const json = renderJson(report);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "schemaVersion": "2.3.0",\n');
    expect(JSON.parse(json)).toEqual(report);
  });
});
