// Records holding an AWS access key id and its secret access key in different fields (issue 17), and
// 40-character values that are no secret: a git commit id, a mixed-case session id, base64 image
// data. Every key is made at run time from random parts, never a literal in the tree.
import { secretKeyShape } from '../../src/detect/secrets/aws.js';
import { chars, rng, secrets } from './personal-data.js';

const HEX = '0123456789abcdef';
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A secret access key as AWS issues them: 40 base64 characters of the secret key shape. */
export function awsSecretKey(r: () => number): string {
  for (;;) {
    const s = secrets.awsSecret(r);
    if (secretKeyShape(s)) return s;
  }
}

export const lookAlikes = {
  gitSha: (r: () => number) => chars(r, HEX, 40),
  /** Has the secret key shape: a secret beside an access key id, nothing without one. */
  sessionId: (r: () => number) => {
    for (;;) {
      const s = chars(r, BASE62, 40);
      if (secretKeyShape(s)) return s;
    }
  },
  imageData: (r: () => number) => `data:image/png;base64,iVBORw0KGgo${chars(r, BASE62 + '+/', 120)}==`,
};

/** Secret keys made one by one, and the list of those made. */
function keyMaker(r: () => number): { keys: string[]; key: () => string } {
  const keys: string[] = [];
  return {
    keys,
    key: () => {
      const s = awsSecretKey(r);
      keys.push(s);
      return s;
    },
  };
}

export interface Paired {
  text: string;
  /** The secret keys of the records holding a pair split across fields (one per such record). */
  keys: string[];
}

/**
 * JSON Lines records of the same keys: every 7th (from 0) has the key id in `user` and the secret in
 * the text of `note` (which holds an e-mail address in the next record); every 7th from 3 the key id
 * nested in `user` and the secret nested in `value`; the others hold look-alikes, with or without a
 * key id.
 */
export function pairedJsonl(seed: number, records: number): Paired {
  const r = rng(seed);
  const lines: string[] = [];
  const { keys, key } = keyMaker(r);
  for (let i = 0; i < records; i++) {
    const k = i % 7;
    const rec =
      k === 0
        ? { id: i, user: secrets.awsKeyId(r), note: `new key ${key()} from the console`, value: lookAlikes.gitSha(r) }
        : k === 3
          ? { id: i, user: { login: 'ci', akid: secrets.awsKeyId(r) }, note: 'rotated', value: { kind: 'sk', v: key() } }
          : k === 1
            ? { id: i, user: 'ops', note: `write to ${chars(r, 'abcdefgh', 6)}@example.org`, value: lookAlikes.sessionId(r) }
            : k === 5
              ? { id: i, user: { akid: secrets.awsKeyId(r) }, note: lookAlikes.imageData(r), value: lookAlikes.gitSha(r) }
              : { id: i, user: 'web', note: `session ${lookAlikes.sessionId(r)}`, value: lookAlikes.imageData(r) };
    lines.push(JSON.stringify(rec));
  }
  return { text: `${lines.join('\n')}\n`, keys };
}

/** The same kinds of rows as CSV (`id,owner,kid,comment,payload`). */
export function pairedCsv(seed: number, records: number): Paired {
  const r = rng(seed);
  const lines = ['id,owner,kid,comment,payload'];
  const { keys, key } = keyMaker(r);
  for (let i = 0; i < records; i++) {
    const k = i % 7;
    const row =
      k === 0
        ? [i, 'ops', secrets.awsKeyId(r), `"new key ${key()}, see ticket"`, lookAlikes.gitSha(r)]
        : k === 3
          ? [i, 'ci', secrets.awsKeyId(r), 'rotated', key()]
          : k === 1
            ? [i, 'ops', '', `mail ${chars(r, 'abcdefgh', 6)}@example.org`, lookAlikes.sessionId(r)]
            : k === 5
              ? [i, 'web', secrets.awsKeyId(r), lookAlikes.gitSha(r), `"${lookAlikes.imageData(r)}"`]
              : [i, 'web', '', lookAlikes.sessionId(r), `"${lookAlikes.imageData(r)}"`];
    lines.push(row.join(','));
  }
  return { text: `${lines.join('\n')}\n`, keys };
}

const KEY_ID = /A[KS]IA[A-Z2-7]{16}/g;

/** How many of the secret keys and access key ids `text` holds: what an assertion may print (never a key). */
export function keysIn(text: string, keys: readonly string[]): number {
  return keys.filter((k) => text.includes(k)).length + (text.match(KEY_ID)?.length ?? 0);
}

/** `text` with its secret keys and access key ids replaced by placeholders, for an assertion to compare and print. */
export function hideKeys(text: string, keys: readonly string[]): string {
  let out = text.replace(KEY_ID, '<access key id>');
  for (const k of keys) out = out.split(k).join('<secret key>');
  return out;
}
