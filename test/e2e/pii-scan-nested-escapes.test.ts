// Through the bundle: `modelgate pii scan --format jsonl --mask` on records whose nested fields hold
// multi-line strings, each personal value or secret at the start of a line — after a line break
// (`\n`, `\r\n`), a tab, or a quote. The JSON text writes those as escape sequences (`\n`, `\"` …):
// read so, the letter of the escape stood before the value and hid it from every detector that wants
// no letter or digit before one (phones, IBANs, names, cards). Each value must be masked with its
// type, the records must keep their structure, and no value may appear in any output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/action-runner.js';
import { awsSecretKey, keysIn } from '../helpers/aws-pairs.js';
import { card, iban, rng, secrets } from '../helpers/personal-data.js';
import { tempWorkspace } from '../helpers/workspace.js';

const r = rng(2417);
const group4 = (s: string) => s.replace(/(.{4})(?=.)/g, '$1 ');
/** Each value with the label its type is masked with. */
const values: Array<{ label: string; value: string }> = [
  { label: '[PHONE]', value: '+49 30 ' + '1234' + '567' },
  { label: '[PHONE]', value: '(202) 555-' + '0143' },
  { label: '[EMAIL]', value: 'maria.schmidt' + '@' + 'example.org' },
  { label: '[IBAN]', value: group4(iban(r, 'DE', 22)) },
  { label: '[IBAN]', value: iban(r, 'FR', 27) },
  { label: '[PERSON]', value: 'John ' + 'Smith' },
  { label: '[MAC_ADDRESS]', value: ['00', '1A', '2B', '3C', '4D', '5E'].join(':') },
  { label: '[CREDIT_CARD]', value: group4(card(r, '4', 16)) },
  { label: '[CREDIT_CARD]', value: card(r, '51', 16) },
];
/** Line breaks and a tab as written in a string, and a quote around the value. */
const SEPARATORS: Array<[string, string]> = [
  ['\n', '\n'],
  ['\r\n', '\r\n'],
  ['\t', '\t'],
  [' "', '"'],
];
const aws = Array.from({ length: SEPARATORS.length }, () => ({ id: secrets.awsKeyId(r), secret: awsSecretKey(r) }));

/** A ticket whose body and thread hold the value after the separator; the same text with the label. */
function ticket(text: (v: string) => string, v: { label: string; value: string }, i: number): { input: unknown; expected: unknown } {
  const make = (s: string) => ({ id: i, ticket: { title: 'contact update', body: text(s), thread: [{ from: 'support', lines: ['ok', text(s)] }], n: i } });
  return { input: make(v.value), expected: make(v.label) };
}

const cases = SEPARATORS.flatMap(([before, after], s) => [
  ...values.map((v, k) => ticket((x) => `Please update the record:${before}${x}${after}thanks, support`, v, s * 100 + k)),
  // An AWS key pair, each key on a line of its own (the key id masked as a secret too).
  {
    input: { id: s * 100 + 99, ticket: { title: 'creds', body: `pasted:${before}${aws[s]!.id}${after}${aws[s]!.secret}${after}rotate them`, thread: [], n: 0 } },
    expected: { id: s * 100 + 99, ticket: { title: 'creds', body: `pasted:${before}[SECRET]${after}[SECRET]${after}rotate them`, thread: [], n: 0 } },
  },
]);

describe('pii scan --format jsonl --mask: values after an escaped line break, tab or quote in a nested field', () => {
  it('masks each value with its type, keeps the structure, and prints none', () => {
    const ws = tempWorkspace({ 'in.jsonl': cases.map((c) => JSON.stringify(c.input)).join('\n') + '\n' });
    const res = runCli(['pii', 'scan', 'in.jsonl', '--format', 'jsonl', '--action', 'mask', '--mask', 'out.jsonl', '--report-json', 'report.json'], ws);
    expect(res.stderr).not.toMatch(/error/);
    expect(res.status).toBe(0);
    const text = readFileSync(join(ws, 'out.jsonl'), 'utf8');
    const out = text
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as { ticket: unknown });
    // The structure first (a field written back as a string of JSON would be the wrong shape).
    for (const rec of out) expect(typeof rec.ticket).toBe('object');
    // Then each value: masked with its type, the text around it as it was.
    const wrong = out.flatMap((rec, i) => (JSON.stringify(rec) === JSON.stringify(cases[i]!.expected) ? [] : [`record ${i}`]));
    expect(wrong).toEqual([]);

    const printed = text + res.stdout + res.stderr + readFileSync(join(ws, 'report.json'), 'utf8');
    const personal = [...values.map((v) => v.value), 'Smith', 'maria.schmidt', '1234567', '555-0143', ...values.map((v) => v.value.replace(/ /g, ''))];
    expect(personal.filter((p) => printed.includes(p)).length).toBe(0);
    expect(keysIn(printed, aws.flatMap((a) => [a.id, a.secret]))).toBe(0);
  });
});
