// The regions of set 19's files: where a document, record file or CSV export would be written and
// read. Gold phones are mostly of these regions; a digit hard negative drawn into the file is no valid
// phone number of any of them (negatives.ts).
import type { CountryCode } from 'libphonenumber-js/max';

const R = (s: string) => s.split(' ') as CountryCode[];

export const REGIONS_OF19: Record<string, CountryCode[]> = {
  'etsy-sale-notice': R('US GB CA AU'), 'ebay-resolution-case': R('DE GB US'), 'florist-order-card': R('NL BE FR'), 'furniture-delivery-slot': R('SE NO DK FI'), 'print-shop-proof': R('IT ES PT'), 'csa-share-roster': R('US CA'), 'wine-club-shipment': R('FR IT US'), 'bike-repair-ticket': R('NL DE DK'), 'churn-survey-reply': R('GB IE AU NZ'),
  'sleep-study-report': R('US CA'), 'allergy-clinic-letter': R('DE AT CH'), 'dialysis-session-log': R('PL CZ HU'), 'speech-therapy-note': R('GB IE'), 'mri-safety-questionnaire': R('NL BE'), 'blood-donor-appointment': R('FR BE CH'), 'orthodontic-plan': R('ES PT BR'), 'nutrition-consult': R('IT CH'), 'patient-portal-message': R('SE FI NO'),
  'allotment-waiting-list': R('GB'), 'dog-licence': R('DE AT'), 'noise-complaint': R('NL BE'), 'bulky-waste-booking': R('FI SE'), 'street-trading-licence': R('GB IE'), 'polling-staff-roster': R('NO DK'), 'free-school-meals': R('GB'), 'citizenship-ceremony': R('PT BR'), 'snow-clearance-request': R('FI NO'),
  'bank-details-change': R('GB IE DE'), 'option-grant-letter': R('US IL'), 'credit-committee-minutes': R('PL RO GR'), 'tax-engagement-letter': R('IN US'), 'factoring-schedule': R('ES IT'), 'it-onboarding-ticket': R('US DE IN'), 'parental-leave-request': R('SE NO'), 'interview-schedule': R('GB US'),
  'campsite-booking': R('FR ES IT'), 'bike-share-receipt': R('JP KR TW'), 'hostel-register': R('VN TH ID PH'), 'coach-ticket': R('MX CO PE CL'),
  varnishlog: R('US GB'), 'keepalived-log': R('DE NL'), 'tailscale-status': R('US CA'), 'wrangler-toml': R('US GB'), 'supervisord-conf': R('US DE'), msmtprc: R('DE CH'), 'restic-env': R('US NL'), muttrc: R('GB IE'), 'pgbouncer-ini': R('US'), 'mattermost-config': R('US DE'),
  'line-chat-export': R('JP TW TH'), 'kakaotalk-export': R('KR'), 'pta-mail-thread': R('US CA AU'), 'viber-export': R('UA GR RO BG'),
  'donors.jsonl.gz': R('GB DE FR NL'), 'tenancies.jsonl': R('ES IT PT'), 'fleet_jobs.jsonl': R('US CA MX'),
  'klienci_serwis.csv': R('PL'), 'zakaznici.csv': R('CZ SK'), 'asiakkaat.csv.gz': R('FI'), 'deelnemers.csv': R('NL BE'), 'kunden_abos.csv': R('DE AT CH'), 'clientes_citas.csv': R('ES MX AR'), 'iscritti.csv': R('IT'), 'pacientes.csv': R('BR PT'), 'export_7731.csv': R('GB ES IT IN BR US SE NO'), 'staff_payroll.csv': R('US GB'), 'net_assets.csv': R('US DE'), 'app_secrets.csv': R('US'), 'yolcular.csv': R('TR'),
};

/** The regions of a source or file name (an unknown name is an error, so none is left unchecked). */
export function regionsOf19(name: string): CountryCode[] {
  const r = REGIONS_OF19[name];
  if (!r) throw new Error(`no regions for ${name}`);
  return r;
}
