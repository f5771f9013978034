// Classes held-out set 16 showed once it had judged (issue 17; secrets recall 0.857), with cases written by
// hand from the formats (values built at run time): a `.pgpass` file's lines, an API key's label with a
// blank (`Integration API key:`), a secret's label with a note in brackets (`robot secret (shown once):`),
// a password's label saying what it is for (`wallet password for sqlnet.ora:`).
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../../checks/pii/detectors/index.js';
import { chars, rng } from '../../../helpers/personal-data.js';

const spans = (text: string) => detectPii(text).map((m) => [m.type, text.slice(m.start, m.end)]);
const types = (text: string) => detectPii(text).map((m) => m.type);
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

describe('set-16 classes', () => {
  const r = rng(1016);
  const password = () => `${chars(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${chars(r, 'abcdefghijkmnpqrstuvwxyz', 6)}#${chars(r, '0123456789', 3)}`;
  const key = () => `${chars(r, ALNUM, 8)}7${chars(r, ALNUM, 26)}`;

  it("finds the password field of a .pgpass file's lines, under its header or name", () => {
    const a = password();
    const b = password();
    const file = `# hostname:port:database:username:password\npg-primary.internal:5432:orders:airflow:${a}\nanalytics.example.org:*:*:grafana:${b}\n`;
    expect(spans(file).filter(([t]) => t === 'password')).toEqual([['password', a], ['password', b]]);
    // Five colon-separated fields alone are no password file (a time, a MAC-like id).
    expect(types('logged 10:30:45:12:00 and 10:30:45:12:0a')).toEqual([]);
  });

  it('finds a key after a label with a blank or a note in brackets', () => {
    const k1 = key();
    const k2 = key();
    expect(spans(`Integration API key: ${k1}\n`)).toContainEqual(['generic-secret', k1]);
    expect(spans(`robot secret (shown once): ${k2}\n`)).toContainEqual(['generic-secret', k2]);
    expect(types('see the API key: documentation page')).toEqual([]);
  });

  it('finds a password whose label says what it is for', () => {
    const p = password();
    expect(spans(`# wallet password for sqlnet.ora: ${p}\n`)).toEqual([['password', p]]);
    expect(types('the password for this account: unknown')).toEqual([]);
  });
});
