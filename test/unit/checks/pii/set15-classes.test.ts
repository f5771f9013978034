// Classes held-out set 15 showed once it had judged (issue 17), with cases written by hand from the formats
// (values built at run time): an Exchange Message-ID `<GUID@server>` in a tracking log's row, a signature's
// date after French `signé le`, `REPLACE_WITH_YOUR_KEY` and `sha256:` digests where a secret goes, an
// international number followed by a USSD menu's `>` line, NuGet's `<add key="ClearTextPassword" value="…"/>`, bearer tokens after `Authorization`,
// Mailchimp API keys, a SIN under a record's key `sin`, an SMSC's IP address; then (second round) a slash
// after an area code where the region writes none, with a cue, an extension word read as a street, an
// `Authorization:` header read as a speaker's name.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../../checks/pii/detectors/index.js';
import { chars, int, pick, rng } from '../../../helpers/personal-data.js';

const types = (text: string, context?: string) => detectPii(text, context === undefined ? {} : { context }).map((m) => m.type);
const spans = (text: string, context?: string) => detectPii(text, context === undefined ? {} : { context }).map((m) => [m.type, text.slice(m.start, m.end)]);
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const D = '0123456789';

/** A valid SIN (Luhn, not 0 or 8 first), spaced as on the card. */
function sin(r: () => number): string {
  for (;;) {
    const d = [int(r, 1, 7), ...Array.from({ length: 7 }, () => int(r, 0, 9))];
    const sum = (ds: number[]) => ds.reduce((a, x, i) => a + (i % 2 === 1 ? (x * 2 > 9 ? x * 2 - 9 : x * 2) : x), 0);
    const check = (10 - (sum([...d, 0]) % 10)) % 10;
    const all = [...d, check].join('');
    if (all[0] !== '8') return `${all.slice(0, 3)} ${all.slice(3, 6)} ${all.slice(6)}`;
  }
}

describe('set-15 classes', () => {
  const r = rng(1015);
  const cases = Array.from({ length: 20 }, () => ({
    uuid: [8, 4, 4, 4, 12].map((n) => chars(r, HEX, n)).join('-'),
    mailbox: `${chars(r, LOWER, 6)}@${chars(r, LOWER, 7)}.${pick(r, ['net', 'de', 'fr'])}`,
    word: `${chars(r, LOWER, 6)}-${chars(r, LOWER, 7)}-${chars(r, D, 2)}`,
    token: chars(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4) + chars(r, D, 2) + chars(r, ALNUM, 50),
  }));

  it('leaves an Exchange Message-ID in a tracking row, and finds the mailboxes beside it', () => {
    for (const c of cases) {
      const row = `2026-09-14T10:22:31Z,10.1.2.3,10.4.5.6,RECEIVE,SMTP,<${c.uuid}@ex01.local>,${c.mailbox},${c.mailbox}`;
      expect(spans(row).filter(([t]) => t === 'email').map(([, v]) => v)).toEqual([c.mailbox, c.mailbox]);
    }
  });

  it('reads `né le` as a birth cue only at a word start (not in `signé le`)', () => {
    const date = `${int(r, 10, 28)}/0${int(r, 1, 9)}/19${int(r, 50, 99)}`;
    expect(types(`Séverine Rousselot — signé le ${date} 14:05`)).not.toContain('date-of-birth');
    expect(types(`Séverine Rousselot, née le ${date}`)).toContain('date-of-birth');
  });

  it('leaves a placeholder and a content digest where a secret goes, and finds the secret', () => {
    expect(types('"api_key_used":"REPLACE_WITH_YOUR_KEY"')).toEqual([]);
    expect(types(`REGISTRY_PASSWORD=sha256:${chars(r, HEX, 64)}`)).toEqual([]);
    expect(types(`{"name": "API_TOKEN", "value": "sha256:${chars(r, HEX, 64)}"}`)).toEqual([]);
    expect(types(`REGISTRY_PASSWORD=${cases[0]!.word}`)).toEqual([expect.stringMatching(/password|secret/)]);
  });

  it('finds an international number followed by a USSD menu line', () => {
    const msisdn = `+2126${chars(r, D, 8)}`;
    expect(spans(`USSD *123# session 12B34F567ADE msisdn=${msisdn}\n> 1. Send money 2. Buy airtime`)).toContainEqual(['phone', msisdn]);
    // A comparison on the number's own line is still arithmetic.
    expect(types(`total 1700000123 > 1600000000`)).not.toContain('phone');
  });

  it("finds Maven's <password> element and NuGet's ClearTextPassword", () => {
    for (const c of cases.slice(0, 5)) {
      expect(spans(`<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">\n<server>\n  <id>nexus</id>\n  <username>svc</username>\n  <password>${c.word}</password>\n</server>`)).toEqual([['password', c.word]]);
      expect(spans(`<add key="ClearTextPassword" value="${c.word}" />`)).toEqual([['password', c.word]]);
      expect(types(`<add key="Username" value="${c.word}" />`)).toEqual([]);
    }
  });

  it('finds a bearer token after Authorization, not a variable or a placeholder', () => {
    for (const c of cases.slice(0, 5)) {
      expect(spans(`build --remote_header=Authorization=Bearer ${c.token}`)).toContainEqual(['http-bearer-token', c.token]);
      expect(spans(`curl -H "Authorization: Bearer ${c.token}" https://api.example.com`)).toContainEqual(['http-bearer-token', c.token]);
    }
    for (const v of ['$TOKEN', '${API_TOKEN}', '<your-token>', 'YOUR_ACCESS_TOKEN_HERE']) expect(types(`Authorization: Bearer ${v}`)).not.toContain('http-bearer-token');
  });

  it('finds a Mailchimp API key', () => {
    const key = `${chars(r, HEX, 31)}a-us${int(r, 1, 21)}`;
    expect(spans(`  smtp_key: ${key}\n`)).toEqual([['mailchimp-api-key', key]]);
  });

  it("finds a SIN under a record's key `sin` or a column `sin`", () => {
    const v = sin(r);
    expect(spans(`{"ids":{"sin":"${v}"}}`)).toEqual([['ca-sin-id', v]]);
    expect(types(v, 'sin')).toEqual(['ca-sin-id']);
    expect(types(v, 'employee_sin')).toEqual(['ca-sin-id']);
  });

  it("reads an SMSC's dotted quad as an IP address", () => {
    expect(spans('stat:UNDELIV err:001 smsc:10.20.130.40')).toEqual([['ip-address', '10.20.130.40']]);
  });

  it('finds a number written with one slash where a cue names it a phone, and no slash number without one', () => {
    const n = `6${chars(r, D, 2)}/${chars(r, D, 3)} ${chars(r, D, 3)}`;
    expect(spans(`Tel. ${n}`)).toEqual([['phone', n]]);
    expect(types(n, 'Teléfono')).toEqual(['phone']);
    expect(types(`ratio ${n.slice(0, 7)}`)).toEqual([]);
    expect(types(`invoice 2024/${chars(r, D, 3)} ${chars(r, D, 3)}`)).toEqual([]);
  });

  it('reads an extension word after a phone as part of it, not as a street', () => {
    const text = `reachable at +44 7700 900${chars(r, D, 3)} Durchwahl ${int(r, 100, 9999)} or by mail`;
    expect(types(text)).toEqual(['phone']);
  });

  it('reads no HTTP header name as a speaker', () => {
    expect(types('Authorization: Bearer $TOKEN')).toEqual([]);
    expect(types('Authentication: Basic realm')).toEqual([]);
  });
});
