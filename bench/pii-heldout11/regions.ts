// The regions of set 11's files: where a document, record file or CSV export would be written and
// read. A hard negative drawn into it is no valid phone number of any of them (negatives.ts); the gold
// phones inside are of any region.
import type { CountryCode } from 'libphonenumber-js/max';

const R = (s: string) => s.split(' ') as CountryCode[];

export const REGIONS_OF11: Record<string, CountryCode[]> = {
  'amadeus-pnr': R('PL CZ TR FI'), 'sabre-pnr': R('SE NO DK GB'), 'mvt-ldm-message': R('PL FI CZ'), 'dispatch-release': R('TR GR IL GB'), 'tour-manifest': R('VN TH ID PH'),
  'ncpdp-script': R('US'), 'lab-loinc-report': R('PL CZ HU RO GB'), 'cms-1500': R('US'), 'vet-record': R('SE NO DK FI DE'), 'moodle-log': R('ID TR RO GR PL'),
  'swiss-qr-bill': R('CH LI'), 'epc-qr': R('FI DE NL CZ RO'), 'crypto-kyc-report': R('TR BR IT ES GB'), 'trade-confirmation': R('SE PL DE GB HU'), 'loan-application': R('US CA'), 'plaid-identity': R('US'),
  'android-logcat': R('ID TH VN TR PL'), 'nmea-tracker': R('NO FI SE DK'), 'ais-vts': R('GR TR NO FI'), 'adsb-feeder': R('CZ HU RO GB'), zigbee2mqtt: R('NL DE'), 'home-assistant': R('NL DE SE PL'), 'modbus-scada': R('RO CZ HU PL'),
  npmrc: R('US PL'), pypirc: R('US CZ'), netrc: R('US PL CZ HU'), 'git-credentials': R('US PL CZ HU'), 'docker-config': R('US DE'), 'gitlab-ci': R('US DE'), 'postman-environment': R('US TR'), har: R('PL CZ HU RO SK'),
  'curl-verbose': R('US'), 'ecs-json': R('US SE'), 'fluent-bit': R('SE FI NO DK IS'), 'powershell-transcript': R('US GB DE PL'), 'reg-export': R('US DE'), 'macos-unified-log': R('US FI'),
  'jira-issue-json': R('GB PL CZ RO DE TR SE'), 'confluence-page': R('GB PL HU FI DK IL'), 'docusign-envelope': R('GB ES BR IT NL'), 'typeform-response': R('KE PH ID GB'), 'police-report': R('GB ES IT PL GR TR BR'),
  'product-review': R('PL CZ HU TR VN TH ID KE FI GB'), 'used-car-ad': R('PL CZ RO HU TR GR SE DK DE VN'), 'dating-profile': R('GB PL TR GR IL IR TH ID PH KE NO'), 'voicemail-asr': R('GB PL CZ SE FI RO TR ID'), 'student-transcript': R('RO HU GR VN GB'),
  'dane_klientow.csv': R('PL'), 'zakaznici.csv': R('CZ'), 'ugyfelek.csv.gz': R('HU'), 'musteriler.csv': R('TR'), 'asiakkaat.csv': R('FI'), 'kunder.csv': R('DK NO'), 'khach_hang.csv': R('VN'), 'pelanggan.csv': R('ID MY'),
  'extract_2211.csv': R('US IN BR'), 'trade_blotter.csv': R('SE PL DE GB'), 'lab_results_export.csv': R('US GB IE'), 'plc_inventory.csv': R('RO CZ'), 'secrets_audit.csv': R('US'), 'documentos_identidad.csv': R('ES IT BR GB'),
  'loan_applications.jsonl.gz': R('US CA'), 'exchange_kyc_profiles.jsonl': R('TR BR IT ES GB PL TH VN'),
};

/** The regions of a source or file name (an unknown name is an error, so none is left unchecked). */
export function regionsOf11(name: string): CountryCode[] {
  const r = REGIONS_OF11[name];
  if (!r) throw new Error(`no regions for ${name}`);
  return r;
}
