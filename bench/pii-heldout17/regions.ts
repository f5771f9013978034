// The regions of set 17's files (where a document, record file or CSV export is written and read)
// and the scope the generator sets while it writes one: gold phones are mostly of these regions, and
// a digit hard negative drawn into the file reads as no valid phone number of any of them.
import type { CountryCode } from 'libphonenumber-js/max';
import { RegionScope } from '../pii-heldout/region-scope.js';

const R = (s: string) => s.split(' ') as CountryCode[];

export const REGIONS_OF17: Record<string, CountryCode[]> = {
  will: R('GB IE'), 'power-of-attorney': R('DE AT'), 'notary-deed': R('ES PT'), 'deposit-dispute': R('GB'), 'immigration-case-note': R('US NL PH IN'),
  'benefit-claim': R('GB'), 'council-tax-bill': R('GB'), p45: R('GB'), 'w4-form': R('US'), 'elster-notice': R('DE'), 'organ-donor-registration': R('NL BE'),
  'service-history': R('SE NO FI'), 'mot-certificate': R('GB'), 'parking-penalty': R('FR IT'), 'recall-letter': R('US CA'), 'dealer-finance': R('PL CZ RO'),
  'gp-appointment-sms': R('GB'), 'e-referral': R('GB'), 'e-rezept': R('DE'), 'maternity-notes': R('IE GB'), 'occupational-health': R('NL BE'),
  'shift-roster': R('FI SE DK'), 'union-membership': R('IT ES'), 'whistleblower-report': R('FR BE LU'), 'relocation-package': R('SG MY AU'), 'lms-training-record': R('US GB IN'), 'employment-certificate': R('RO HU PL'),
  'paypal-ipn': R('US GB DE'), 'adyen-notification': R('NL DE FR'), 'pix-receipt': R('BR'), 'upi-sms': R('IN'), 'mpesa-sms': R('KE'), 'sendgrid-events': R('US MX CO'),
  'cmr-note': R('PL DE LT'), 'bill-of-lading': R('SG CN KR'), 'pod-log': R('ZA NG EG'), 'edi-204': R('US'), 'driver-manifest': R('AU NZ'),
  'traefik-access': R('DE NL'), 'apigw-log': R('US IE'), 'guardduty-finding': R('US'), 'sqlserver-errorlog': R('GB ES'), 'clickhouse-query-log': R('RU UA GE'),
  'jenkins-casc': R('US DE'), 'backstage-config': R('SE GB'), 'nextcloud-config': R('DE FR'), 'gitlab-rb': R('JP KR'), 'aws-credentials': R('US'), 'terraform-tfvars': R('AU SG'),
  'teamcity-build-log': R('US DE'), 'consul-config': R('CH AT'), 'n8n-credentials': R('DE PL'), 'twilio-logs': R('US GB MX'), 'ideal-status': R('NL BE'),
  'payment_notifications.jsonl.gz': R('NL DE FR BR IN'), 'benefit_claims.jsonl': R('GB IE'), 'fleet_pod.jsonl': R('ZA AU US'),
  'mitarbeiter_schichten.csv': R('DE AT CH'), 'afiliados_sindicato.csv': R('ES PT'), 'iscritti.csv': R('IT'), 'donorregister.csv': R('NL BE'), 'wlasciciele_pojazdow.csv': R('PL'),
  'tenants_deposits.csv': R('GB IE'), 'pix_extrato.csv.gz': R('BR'), 'upi_statement.csv': R('IN'), 'klienci_leasing.csv': R('PL CZ'), 'kuljettajat.csv': R('FI SE'),
  'export_q.csv': R('US GB ES IT IN BR FR'), 'aws_iam_keys.csv': R('US'), 'patients_referrals.csv': R('GB'),
};

/** The regions of a source or file name (an unknown name is an error, so none is left unchecked). */
export function regionsOf17(name: string): CountryCode[] {
  const r = REGIONS_OF17[name];
  if (!r) throw new Error(`no regions for ${name}`);
  return r;
}

/** The regions of the file being written. */
export const scope17 = new RegionScope(R('US'));
