// `modelgate pii scan <file> --format jsonl --mask clean.jsonl` as a user runs it: the `text` field of
// each record of free text after masking, or whole records (nested fields too) after masking (the
// whole-table path: column profile, then the detectors).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { piiScanCommand } from '../../checks/pii/cli.js';
import { tempWorkspace } from './workspace.js';

export async function maskJsonl(texts: readonly string[]): Promise<string[]> {
  return (await maskJsonlRecords(texts.map((text) => ({ text })))).map((r) => (r as { text: string }).text);
}

/** The records after `pii scan --format jsonl --mask`, each parsed back. */
export async function maskJsonlRecords(records: readonly unknown[]): Promise<unknown[]> {
  const ws = tempWorkspace({ 'in.jsonl': records.map((r) => JSON.stringify(r)).join('\n') + '\n' });
  const prev = process.cwd();
  process.chdir(ws);
  try {
    const code = await piiScanCommand(['in.jsonl', '--format', 'jsonl', '--mask', 'clean.jsonl'], { stdout: () => {}, stderr: () => {} });
    expect(code).toBeLessThanOrEqual(1);
  } finally {
    process.chdir(prev);
  }
  return readFileSync(join(ws, 'clean.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as unknown);
}
