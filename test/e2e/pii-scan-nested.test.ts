// Through the bundle: `modelgate pii scan --format jsonl --mask` on records whose fields hold nested
// objects and arrays (objects in arrays in objects, Unicode, escape sequences, a phone number stored as
// a number, an object key that is an e-mail address, an AWS key id and its secret key split across
// nested fields) writes every masked field back as the same object or array — not as a string of
// masked JSON — with each detected value replaced, and no detected value anywhere in the output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/action-runner.js';
import { awsSecretKey, keysIn } from '../helpers/aws-pairs.js';
import { rng, secrets } from '../helpers/personal-data.js';
import { tempWorkspace } from '../helpers/workspace.js';

const at = (user: string) => user + '@' + 'example.com';
const r = rng(1707);
const v = {
  email1: at('jo.bloggs'),
  email2: at('zoë.kowalska'),
  email3: at('max'),
  email4: at('ann.lee'),
  phone: '+44 20 ' + '7946 0958',
  phoneNumber: Number('44' + '20' + '79460958'),
  keyId1: secrets.awsKeyId(r),
  secret1: awsSecretKey(r),
  keyId2: secrets.awsKeyId(r),
  secret2: awsSecretKey(r),
};

/** Every record has the same top-level keys (JSON Lines columns are the first record's keys). */
const records = [
  {
    id: 0,
    profile: { contact: { emails: [{ kind: 'work', addr: `mail ${v.email1} today` }], tel: v.phoneNumber }, tags: ['a', 'b'] },
    events: [{ at: '2024-01-02', text: `call ${v.phone}`, n: 5, ok: true }],
    note: 'plain',
  },
  {
    id: 1,
    profile: { bio: `Zoë 😀 said "hi" \\ then\nwrote to ${v.email2}\tthanks`, level: 3 },
    events: [[{ deep: { deeper: [`über ${v.email3}`, null, 2.5] } }], []],
    note: 'ok',
  },
  {
    id: 2,
    profile: { aws: { access_key_id: v.keyId1 }, region: 'eu-west-1' },
    events: [{ creds: { secret_access_key: v.secret1 } }],
    note: 'rotated',
  },
  {
    id: 3,
    profile: { cloud: { id: v.keyId2, nested: [{ s: v.secret2 }] }, [v.email4]: { count: 2 } },
    events: {},
    note: 'both in one field',
  },
];

const expected = [
  {
    id: 0,
    profile: { contact: { emails: [{ kind: 'work', addr: 'mail [EMAIL] today' }], tel: '[PHONE]' }, tags: ['a', 'b'] },
    events: [{ at: '2024-01-02', text: 'call [PHONE]', n: 5, ok: true }],
    note: 'plain',
  },
  {
    id: 1,
    profile: { bio: 'Zoë 😀 said "hi" \\ then\nwrote to [EMAIL]\tthanks', level: 3 },
    events: [[{ deep: { deeper: ['über [EMAIL]', null, 2.5] } }], []],
    note: 'ok',
  },
  {
    id: 2,
    profile: { aws: { access_key_id: '[SECRET]' }, region: 'eu-west-1' },
    events: [{ creds: { secret_access_key: '[SECRET]' } }],
    note: 'rotated',
  },
  {
    id: 3,
    profile: { cloud: { id: '[SECRET]', nested: [{ s: '[SECRET]' }] }, '[EMAIL]': { count: 2 } },
    events: {},
    note: 'both in one field',
  },
];

describe('pii scan --format jsonl --mask: nested values keep their structure', () => {
  it('writes masked objects and arrays as objects and arrays, every detected value replaced, none left', () => {
    const ws = tempWorkspace({ 'in.jsonl': records.map((x) => JSON.stringify(x)).join('\n') + '\n' });
    const res = runCli(['pii', 'scan', 'in.jsonl', '--format', 'jsonl', '--action', 'mask', '--mask', 'out.jsonl', '--report-json', 'report.json'], ws);
    expect(res.stderr).not.toMatch(/error/);
    expect(res.status).toBe(0);
    const text = readFileSync(join(ws, 'out.jsonl'), 'utf8');
    const lines = text.split('\n').filter((l) => l !== '');
    const out = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    // Structure first (fields holding a string would be the old output), then every value.
    for (const rec of out) for (const f of ['profile', 'events']) expect(typeof rec[f]).toBe('object');
    expect(out).toEqual(expected);

    const printed = text + res.stdout + res.stderr + readFileSync(join(ws, 'report.json'), 'utf8');
    const personal = [v.email1, v.email2, v.email3, v.email4, v.phone, '79460958', 'jo.bloggs', 'kowalska', 'ann.lee'];
    expect(personal.filter((p) => printed.includes(p))).toEqual([]);
    expect(keysIn(printed, [v.secret1, v.secret2])).toBe(0);
  });

  it('a column protected whole (a name, a special category) masks every value of a nested field and keeps its keys and shape', () => {
    const first = 'Ma' + 'ry';
    const last = 'Smi' + 'th';
    const rec = { id: 1, name: { first, last }, health: ['asth' + 'ma', { since: 2019 }] };
    const ws = tempWorkspace({ 'w.jsonl': JSON.stringify(rec) + '\n' });
    const res = runCli(['pii', 'scan', 'w.jsonl', '--format', 'jsonl', '--action', 'mask', '--mask', 'out.jsonl'], ws);
    expect(res.status).toBe(0);
    const text = readFileSync(join(ws, 'out.jsonl'), 'utf8');
    // Keys are field names, not values of the column's type: kept (they were masked too before).
    expect(JSON.parse(text)).toEqual({ id: 1, name: { first: '[PERSON]', last: '[PERSON]' }, health: ['[HEALTH]', { since: '[HEALTH]' }] });
    expect([first, last, 'asthma', '2019'].filter((p) => text.includes(p))).toEqual([]);
  });
});
