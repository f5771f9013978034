// Settings written one a row: a `value` column beside one `name` (or `key`) column — a secrets
// inventory, an export of environment variables or tags, JSON Lines records `{"name": …, "value": …}`.
// The row's name is its value's key, as a pair object's sibling field is (src/detect/record-key.ts
// siblingKey): a value whose row names a password or a secret (`TWILIO_AUTH_TOKEN`, `DB_PASSWORD`) is
// read as the pair object `{"name": "TWILIO_AUTH_TOKEN", "value": "…"}` is, by the credential rules.
// A `path` column names its row's value the same way in a secret store's export (Vault's
// `secret/data/stripe/api_key`, SSM Parameter Store's `/prod/db/password`): its last two segments are the key.
import type { DetectorMatch } from '../../src/detect/index.js';
import { detectPii, DETECTOR_BY_TYPE, type ScanTextOptions } from './detectors/index.js';

const VALUE_COLUMN = /^value$/i;
const NAME_COLUMN = /^(?:name|key)$/i;
const PATH_COLUMN = /^path$/i;

/** The index of the one column whose name `pattern` matches, else undefined (none, or two). */
function onlyColumn(columns: readonly string[], pattern: RegExp): number | undefined {
  const at = columns.findIndex((c) => pattern.test(c));
  return at < 0 || columns.some((c, i) => i !== at && pattern.test(c)) ? undefined : at;
}

/**
 * The index of the column that names `name`'s values (`name` is `value`): exactly one `name`/`key` column, else
 * exactly one `path` column. A Vault KV export has both (`secret/data/billing`, `api_key`): the key names the value,
 * the path the secret that holds it.
 */
export function nameColumnOf(columns: readonly string[], name: string): number | undefined {
  if (!VALUE_COLUMN.test(name)) return undefined;
  return columns.some((c) => NAME_COLUMN.test(c)) ? onlyColumn(columns, NAME_COLUMN) : onlyColumn(columns, PATH_COLUMN);
}

/** A key's characters; a word of the credential rules' keys in it (the cheap test before the rules run). */
const KEY_NAME = /^[A-Za-z][\w.$-]{0,79}$/;
const CREDENTIAL_WORD = /api[_-]?key|apikey|secret|token|passw|pwd|credential|sas|(?:private|access|deploy|ssh|signing|encryption|master)[_-]?key|auth|passphrase|kennwort/i;

/** A store path's key: its last two segments joined by `_` (`secret/data/rails/secret_key_base` → `rails_secret_key_base`). */
function keyOfPath(path: string): string {
  return path.split('/').filter((p) => p !== '').slice(-2).join('_');
}

const isCredential = (m: DetectorMatch) => DETECTOR_BY_TYPE.get(m.type)?.category === 'credentials';

/**
 * `matches` (the value's own) with the credentials the row's name `key` makes of `text`: the value read
 * inside `{"name": key, "value": text}`. A value whose own matches hold a credential already keeps them;
 * the others' matches that a found secret overlaps give way to it.
 */
export function rowKeyedMatches(name: unknown, text: string, matches: DetectorMatch[], opts: Pick<ScanTextOptions, 'threshold' | 'types'>): DetectorMatch[] {
  const key = typeof name === 'string' && name.includes('/') ? keyOfPath(name) : name;
  if (typeof key !== 'string' || !KEY_NAME.test(key) || !CREDENTIAL_WORD.test(key)) return matches;
  if (text.length < 6 || text.length > 400 || /["\r\n]/.test(text) || matches.some(isCredential)) return matches;
  const head = `{"name": "${key}", "value": "`;
  const found: DetectorMatch[] = [];
  for (const m of detectPii(`${head}${text}"}`, { threshold: opts.threshold, types: opts.types })) {
    if (m.start >= head.length && m.end <= head.length + text.length && isCredential(m)) found.push({ ...m, start: m.start - head.length, end: m.end - head.length });
  }
  if (found.length === 0) return matches;
  return matches.filter((m) => !found.some((s) => s.start < m.end && m.start < s.end)).concat(found).sort((a, b) => a.start - b.start);
}
