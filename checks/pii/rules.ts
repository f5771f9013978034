// Rules of the pii check.
import type { RuleDef } from '../../src/check.js';
import type { Severity } from '../../src/report/model.js';
import type { Category } from './detectors/index.js';

export const RULES = {
  credentials: {
    id: 'pii/secret',
    title: 'Secret in a dataset',
    severity: 'critical',
    topic: 'security',
    help: 'A credential (cloud key, token, private key, password in a URL, high-entropy value next to a key word) appears in data being released.',
    remediation: 'Revoke and rotate the credential, then remove it from the data (policy action `mask` or `quarantine` for `credentials` writes a cleaned copy).',
  },
  financial: {
    id: 'pii/financial-data',
    title: 'Financial data in a dataset',
    severity: 'high',
    topic: 'privacy',
    help: 'Payment card numbers (Luhn-valid, known issuer) or IBANs (mod-97 valid) appear in data being released.',
    remediation: 'Mask (`partial` or `hash`) or quarantine the values with the policy, or remove the column before release.',
  },
  personal: {
    id: 'pii/personal-data',
    title: 'Personal data in a dataset',
    severity: 'medium',
    topic: 'privacy',
    help: 'Direct identifiers (emails, phone numbers, national identifiers, names, addresses, dates of birth, IP or MAC addresses) appear in data being released.',
    remediation: 'Mask or quarantine the values with the policy (`pii.actions`), or allow the column with a reason (`pii.allow`) if the release is meant to carry it.',
  },
  special: {
    id: 'pii/special-category',
    title: 'Special-category data (GDPR Art. 9)',
    severity: 'high',
    topic: 'privacy',
    help: 'A column holds special-category data: racial or ethnic origin, religion, health, sex life or orientation, political opinion, trade-union membership, genetic or biometric data.',
    remediation: 'Confirm a legal basis under Art. 9(2) and record it with a `pii.allow` entry, or mask/drop the column.',
  },
  protected: {
    id: 'pii/protected',
    title: 'Personal data masked or quarantined',
    severity: 'info',
    topic: 'privacy',
    help: 'Detected values were masked or their records quarantined in the outputs, as the policy asks.',
    remediation: 'Release the clean output, not the input.',
  },
  kAnonymity: {
    id: 'pii/k-anonymity',
    title: 'k-anonymity below the policy minimum',
    severity: 'high',
    topic: 'privacy',
    help: 'A combination of the quasi-identifiers the policy names is shared by fewer records than `pii.kAnonymity`, so those people may be re-identified.',
    remediation: 'Generalise (age bands, truncated postcodes) or suppress rare combinations, or lower the requirement with a reason.',
  },
  encoding: {
    id: 'pii/encoding-replaced',
    title: 'Invalid bytes in a text file',
    severity: 'medium',
    topic: 'privacy',
    help: "Some values were not valid in the file's encoding; they were read with replacement characters, so values there may have been missed.",
    remediation: 'Give the right `csv.encoding` in the manifest, or fix the file.',
  },
  emptyFile: {
    id: 'pii/no-records',
    title: 'Dataset has no records',
    severity: 'low',
    topic: 'privacy',
    help: 'A file listed for scanning has a header but no records: nothing was scanned.',
    remediation: 'Check that the right file is listed, or remove it from `data.scan`.',
  },
} as const satisfies Record<string, RuleDef>;

export function ruleFor(category: Category): RuleDef {
  return category === 'credentials' ? RULES.credentials : category === 'financial' ? RULES.financial : category === 'special-category' ? RULES.special : RULES.personal;
}

export function severityFor(category: Category): Severity {
  return ruleFor(category).severity;
}
