// Real-data suite: every record of the PyPI advisory database (../shared/osv/pypa-advisory-database)
// read by parseYamlData, as the offline OSV database reads it, against the `yaml` parser alone: the
// same data for every record, most of them read by the block fast path, and the same message (file,
// line, column) for the records that are not valid OSV.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../src/errors.js';
import { parseBlockDocument } from '../../src/io/yaml-block.js';
import { parseYamlData } from '../../src/io/yaml.js';
import { parseRecord } from '../../src/vuln/osv-db.js';

const DB = join(import.meta.dirname, '..', '..', '..', 'shared', 'osv', 'pypa-advisory-database');

/** A comment holding a tab: outside the block subset, so the record takes the `yaml` path, every line unchanged. */
const viaYaml = (text: string) => `${text}\n#\t`;

function records(): Array<{ name: string; text: string }> {
  return readdirSync(join(DB, 'vulns'), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.ya?ml$/.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort()
    .map((file) => ({ name: relative(DB, file), text: readFileSync(file, 'utf8') }));
}

function outcome(read: () => unknown): string {
  try {
    read();
    return 'valid';
  } catch (e) {
    return errorMessage(e);
  }
}

describe.skipIf(!existsSync(DB))('PyPI advisory database through the YAML fast path, real data', () => {
  const all = existsSync(DB) ? records() : [];

  it('reads every record as yaml does, most of them on the block fast path', () => {
    let fast = 0;
    const differ: string[] = [];
    for (const { name, text } of all) {
      if (parseBlockDocument(text)) fast++;
      if (!isDeepStrictEqual(parseYamlData(text, name).data, parse(text))) differ.push(name);
    }
    console.log(`${fast} of ${all.length} records read by the block fast path`);
    expect(all.length).toBeGreaterThan(2000);
    expect(differ).toEqual([]);
    expect(fast).toBeGreaterThan(all.length * 0.95);
  });

  it('an invalid record gets the message and position yaml gives it', () => {
    const invalid = all.map(({ name, text }) => ({ name, text, got: outcome(() => parseRecord(text, name)) })).filter((r) => r.got !== 'valid');
    console.log(`${invalid.length} invalid records:\n${invalid.map((r) => `  ${r.got}`).join('\n')}`);
    expect(invalid.length).toBeGreaterThan(0);
    for (const { name, text, got } of invalid) {
      expect(got).toMatch(new RegExp(`^${name.replace(/[.]/g, '\\.')}:\\d+:\\d+: not a valid OSV record`));
      expect(got).toBe(outcome(() => parseRecord(viaYaml(text), name)));
    }
  });
});
