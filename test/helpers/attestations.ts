// Tampering with real attestations in a test's own copy.
import { readFileSync, writeFileSync } from 'node:fs';

/** Flips one bit of one byte (in the word "subject") of a Sigstore bundle's signed DSSE payload. */
export function flipPayload(file: string): void {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { dsseEnvelope: { payload: string } };
  const p = Buffer.from(json.dsseEnvelope.payload, 'base64');
  const i = p.indexOf('subject');
  p[i] = p[i]! ^ 1;
  json.dsseEnvelope.payload = p.toString('base64');
  writeFileSync(file, JSON.stringify(json));
}
