// The regions of set 18's files: where a document, record file or CSV export is written and read.
// Gold phones are mostly of these regions; a digit hard negative written into the file reads as no
// valid phone number of any of them (negatives.ts). Unknown names are an error, so none goes unchecked.
import type { CountryCode } from 'libphonenumber-js/max';

const R = (s: string) => s.split(' ') as CountryCode[];

export const REGIONS_OF18: Record<string, CountryCode[]> = {
  // education and housing
  'admission-file': R('GB IE US'), 'student-loan-letter': R('GB'), 'exam-board-results': R('GB IE'), 'trip-consent-form': R('GB AU NZ'), 'tutoring-invoice': R('DE AT CH'), 'thesis-submission': R('NL BE FI'),
  'tenancy-agreement': R('GB IE'), 'inventory-report': R('GB'), 'housing-application': R('GB IE NL'), 'valuation-report': R('GB'), 'passbook-statement': R('GB IE'),
  // leisure and justice
  'golf-handicap': R('GB IE ZA AU'), 'angling-licence': R('FI SE NO'), 'scuba-logbook': R('TH PH ID MY AU'), 'yacht-charter': R('HR GR TR IT'), 'probation-report': R('GB'), 'prison-visit-booking': R('GB IE'),
  'bail-conditions': R('GB AU'), 'food-bank-referral': R('GB NL DE'), 'foster-placement-note': R('GB IE'), 'resettlement-form': R('DE SE NO UA SA EG'),
  // finance and civic letters
  'bnpl-statement': R('SE DE NL AU'), 'fx-transfer-confirmation': R('GB PL RO IN'), 'insurance-renewal': R('DE AT CH'), 'pet-insurance-claim': R('GB SE'), 'beneficiary-form': R('US CA'),
  'pension-transfer': R('GB ZA AU'), 'nordic-id-letter': R('SE FI NO DK EE'), 'balkan-id-form': R('HR RO BG GR'), 'latam-invoice': R('CL AR BR MX CO'), 'tr-il-letter': R('TR IL'),
  'za-payslip': R('ZA KE NG'), 'poland-zus-letter': R('PL'),
  // operations and configuration
  'fly-log': R('US NL'), 'render-deploy': R('US DE'), 'supabase-log': R('SG US'), 'cloud-run-log': R('US IE'), 'cloudwatch-insights': R('US'), 'datadog-monitor-mail': R('US FR'),
  'temporal-history': R('US CA'), 'airbyte-sync': R('US GB'), 'kafka-connect-config': R('DE NL'), 'pg-hba-conf': R('FI EE'), 'redis-acl': R('US SE'), 'mongosh-history': R('IN SG'),
  'keycloak-realm': R('DE CZ PL'), 'authelia-config': R('FR BE'), 'magento-env': R('NL GB'), 'phoenix-prod-secret': R('BR PT'), 'gradle-properties': R('US KR JP'), 'fastlane-appfile': R('US GB'),
  'google-services-json': R('IN VN'), 'zapier-history': R('US AU'),
  // exports
  'learners.jsonl': R('GB IE US AU'), 'transfers.jsonl.gz': R('GB PL RO IN DE FR ES'), 'deploy_events.jsonl': R('US DE NL'),
  'tenants_uk.csv': R('GB'), 'mieter_de.csv.gz': R('DE AT'), 'locataires.csv': R('FR BE'), 'inquilini.csv': R('IT'), 'socios_club.csv': R('ES AR CL MX'), 'medlemmer.csv': R('NO DK'),
  'jasenrekisteri.csv': R('FI'), 'klienci.csv': R('PL'), 'musteri_listesi.csv': R('TR'), 'benefits_nordic.csv': R('SE NO FI EE'), 'payouts_gateway.csv': R('GB US DE FR'), 'extract_c.csv': R('US GB IN BR ES IT'), 'service_accounts.csv': R('US'),
};

export function regionsOf18(name: string): CountryCode[] {
  const r = REGIONS_OF18[name];
  if (!r) throw new Error(`no regions for ${name}`);
  return r;
}
