// License policy: a package license is an SPDX expression evaluated against allowLicenses with
// spdx-satisfies; anything spdx-expression-parse cannot read is "unknown", never "allowed".
import parse from 'spdx-expression-parse';
import satisfies from 'spdx-satisfies';

export type LicenseVerdict = { kind: 'allowed' } | { kind: 'denied' } | { kind: 'unknown'; why: string };

/** Common non-SPDX spellings that are unambiguous. */
const ALIASES: Record<string, string> = {
  'Apache 2.0': 'Apache-2.0',
  'Apache License 2.0': 'Apache-2.0',
  'Apache Software License': 'Apache-2.0',
  'BSD License': 'BSD-3-Clause',
  'MIT License': 'MIT',
};

export function normaliseLicense(license: string | undefined): string | undefined {
  if (license === undefined) return undefined;
  const t = license.trim();
  return ALIASES[t] ?? t;
}

export function evaluateLicense(license: string | undefined, allowed: readonly string[]): LicenseVerdict {
  const expr = normaliseLicense(license);
  if (!expr || expr === 'NOASSERTION' || expr === 'NONE' || expr === 'UNKNOWN') return { kind: 'unknown', why: 'no license recorded' };
  try {
    parse(expr);
  } catch {
    return { kind: 'unknown', why: `${JSON.stringify(expr)} is not an SPDX expression` };
  }
  try {
    return satisfies(expr, [...allowed]) ? { kind: 'allowed' } : { kind: 'denied' };
  } catch (e) {
    return { kind: 'unknown', why: `cannot evaluate ${JSON.stringify(expr)}: ${(e as Error).message}` };
  }
}

/** allowLicenses entries must themselves be valid SPDX ids; a typo would deny everything silently. */
export function invalidAllowed(allowed: readonly string[]): string[] {
  return allowed.filter((a) => {
    try {
      parse(a);
      return false;
    } catch {
      return true;
    }
  });
}
