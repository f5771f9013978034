// The regions of set 15's record files and CSV exports: where each would be written and read. Gold
// phones of a file are drawn from them, and its digit hard negatives are redrawn while they read as a
// valid phone of any of them. (Document families carry their own regions: kit.ts `fam`.)
import type { CountryCode } from 'libphonenumber-js/max';
import { scope15 } from './kit.js';

const R = (s: string) => s.split(' ') as CountryCode[];

export const FILE_REGIONS15: Record<string, CountryCode[]> = {
  'insurance_claims.jsonl.gz': R('US GB IE CA'), 'fleet_telemetry.jsonl': R('NL DE NO SE'), 'patient_portal.jsonl': R('FR BE ES IT'),
  'bacs_payees.csv': R('GB'), 'facturas_clientes.csv': R('ES'), 'fatture_clienti.csv.gz': R('IT'), 'faktury_klienci.csv': R('PL'), 'asukkaat_fi.csv': R('FI'), 'kunder_se.csv': R('SE'),
  'klanten_nl.csv': R('NL'), 'musteri_tr.csv': R('TR'), 'clientes_br.csv': R('BR'), 'kaiin_jp.csv': R('JP'), 'signin_export.csv': R('US GB IN'), 'ci_secrets_inventory.csv': R('US'),
  'extract_0915.csv': R('US GB DE FR IN'), 'ussd_sessions.csv': R('KE NG TZ ZA'), 'grahak_suchi.csv': R('IN'), 'card_refunds.csv': R('DE AT'),
};

/** Runs `make` with the regions of `file` as the scope (an unknown file is an error). */
export function inFile<T>(file: string, make: () => T): T {
  const r = FILE_REGIONS15[file];
  if (!r) throw new Error(`no regions for ${file}`);
  return scope15.within(r, make);
}
