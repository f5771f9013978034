// The PII detector registry: one module per detector, run in this order (order only breaks score ties).
import { runDetectors, type DetectorMatch } from '../../../src/detect/index.js';
import { creditCard } from './credit-card.js';
import { dateOfBirth } from './date-of-birth.js';
import { email } from './email.js';
import { iban } from './iban.js';
import { brCpf, esDni, inAadhaar, itFiscalCode, ukNino } from './national-ids.js';
import { ipv4, ipv6, mac } from './network.js';
import { person } from './person.js';
import { phone } from './phone.js';
import { secretDetectors } from './secrets.js';
import { streetAddress } from './street-address.js';
import { charClasses, NEED, type PiiDetector } from './types.js';
import { usSsn } from './us-ssn.js';

export type { Category, PiiDetector, Sensitivity } from './types.js';

export const PII_DETECTORS: readonly PiiDetector[] = [
  ...secretDetectors,
  email,
  creditCard,
  iban,
  usSsn,
  ukNino,
  esDni,
  itFiscalCode,
  inAadhaar,
  brCpf,
  ipv4,
  ipv6,
  mac,
  dateOfBirth,
  phone,
  streetAddress,
  person,
];

export const DETECTOR_BY_TYPE: ReadonlyMap<string, PiiDetector> = new Map(PII_DETECTORS.map((d) => [d.type, d]));

export const PII_TYPES: readonly string[] = [...new Set(PII_DETECTORS.map((d) => d.type))];

export interface ScanTextOptions {
  /** Detector types to run (default all). */
  types?: ReadonlySet<string>;
  threshold?: number;
  /** Column name or other context that counts as context words. */
  context?: string;
}

/** Detectors able to match a text with these character classes, by class bitmask. */
const ACTIVE = new Map<number, PiiDetector[]>();

/** PII and secrets in one text value. */
export function detectPii(text: string, opts: ScanTextOptions = {}): DetectorMatch[] {
  if (text.length < 3) return [];
  const c = charClasses(text);
  if (c === NEED.digit && text.length < 7) return []; // a short number: no type fits
  let active = ACTIVE.get(c);
  if (!active) {
    active = PII_DETECTORS.filter((d) => !d.needs || (d.needs & c) === d.needs);
    ACTIVE.set(c, active);
  }
  if (opts.types) active = active.filter((d) => opts.types!.has(d.type));
  if (active.length === 0) return [];
  return runDetectors(text, active, opts);
}
