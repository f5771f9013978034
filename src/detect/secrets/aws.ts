// AWS access key ids (AKIA long-term, ASIA temporary, …) and secret access keys next to their key word.
import type { Detector } from '../types.js';
import { shannonEntropy } from '../engine.js';

/**
 * Where a key starts: not after a letter or digit, or right after an escaped line break or tab (`\n`,
 * `\r`, `\t` written out), whose letter is no part of the key: a document pasted into one string of a
 * log line or CSV cell, read raw. (A nested JSON Lines field needs no such start: the detectors read
 * its strings decoded, src/io/json-mask.ts detectorText.)
 */
const AFTER_ESCAPE = '(?<=\\\\[nrt])';
/**
 * An access key id (IAM unique id prefixes; AKIA long-term and ASIA temporary keys have a secret),
 * starting where a key starts. Its first letter is read before the look-behinds, which then read the
 * character before it: the engine skips to each "A" where a look-behind first would try every position
 * (the key id pattern runs on most texts).
 */
function keyIdPattern(prefixes: string): string {
  return `A(?:(?<![A-Za-z0-9]A)|(?<=\\\\[nrt]A))(?:${prefixes})[A-Z2-7]{16}(?![A-Za-z0-9])`;
}

export const awsAccessKeyId: Detector = {
  type: 'aws-access-key-id',
  // Base32 alphabet after the 4-letter prefix, 20 characters in all.
  pattern: new RegExp(keyIdPattern('KIA|SIA|BIA|CCA|GPA|IDA|ROA|IPA|NPA|NVA|PKA'), 'g'),
  prefilter: ['A'],
  score: 0.9,
  validate: (v) => !/^.{4}(.)\1{15}$/.test(v), // a prefix followed by one repeated character is a placeholder
};

/** A secret access key's shape: 40 base64 characters, high entropy, upper and lower case and digits. */
export function secretKeyShape(v: string): boolean {
  return shannonEntropy(v) >= 4 && /[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v);
}

export const awsSecretAccessKey: Detector = {
  type: 'aws-secret-access-key',
  pattern: /aws.{0,20}?(?:secret|sk).{0,20}?["'\s:=]{1,5}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
  textHolds: ['aws'],
  group: 1,
  score: 0.9,
  validate: secretKeyShape,
};

/** An access key id anywhere in a text (the pair is usually written together, labels or not). */
const KEY_ID = new RegExp(keyIdPattern('KIA|SIA'));

/**
 * A secret access key without its key word: the same shape, in a text that also holds an access
 * key id ("creds AKIA… / wJalr…", a JSON record with both). The literal prefilter keeps the
 * 40-character search off every other text.
 */
export const awsSecretNextToKeyId: Detector = {
  type: 'aws-secret-access-key',
  pattern: new RegExp(`(?:(?<![A-Za-z0-9/+])|${AFTER_ESCAPE})[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])`, 'g'),
  prefilter: ['AKIA', 'ASIA'],
  score: 0.85,
  validate: (v, text) => secretKeyShape(v) && KEY_ID.test(text),
};
