// The regions of set 14's files: where a document, record file or CSV export would be written and
// read. Gold phones are mostly of these regions; a digit hard negative drawn into the file is no valid
// phone number of any of them (negatives.ts). Sources read worldwide list a wide spread of regions.
import type { CountryCode } from 'libphonenumber-js/max';

const R = (s: string) => s.split(' ') as CountryCode[];
const WORLD = R('US GB DE FR ES IT PL NL SE FI TR IN BR JP KR AU ZA NG KE EG AE IL MX AR VN TH ID PH SG UA RU');
const EU = R('DE AT CH FR BE NL LU ES PT IT PL CZ SK HU RO BG GR SE NO DK FI IE');
const US = R('US CA');

export const REGIONS_OF14: Record<string, CountryCode[]> = {
  'modsecurity-audit': R('DE FR NL'), 'dmarc-aggregate': R('US'), 'certbot-log': R('FR BE LU'), 'fail2ban-log': R('PL CZ SK'), 'sudo-auditd': R('FI EE LT LV'), 'osquery-result': R('US CA IE'), 'wazuh-alert': R('ES PT'), 'edr-detection': R('GB IE AU NZ'), 'workspace-admin-audit': R('JP KR TW SG'),
  'ga4-bigquery-export': R('IT GR'), 'segment-track': R('US MX'), 'mixpanel-import': R('BR AR CL CO'), 'ad-click-log': WORLD, 'cookie-consent-log': EU, 'cloudflare-logpush': R('IN PK'), 'fastly-log': R('ZA NG KE EG MA'),
  'otel-span-export': R('NL BE DE'), 'splunk-hec': R('US'), 'graylog-gelf': R('CH AT LI'), 'kafka-consumer-dump': R('GB ES IT IN BR'), 'redis-monitor': R('SE NO DK IS'), 'mongodb-profiler': R('TR IL AE SA'), 'es-slowlog': R('UA RO BG HU'), 'lambda-log': R('AU NZ SG'),
  'mdm-inventory': R('US CA GB'), 'zoom-participants': R('DE PL CZ IN'), 'calendly-booking': R('US GB IE'), 'bamboohr-export': R('US'), 'greenhouse-candidate': R('US GB IN CA'), timesheet: R('NL BE'), 'expensify-report': R('DE AT CH'), 'corporate-card-statement': R('FR ES IT'),
  'atm-journal': R('PL HU RO'), 'fix-messages': R('GB US'), 'chargeback-file': R('US CA MX'), 'aml-narrative': R('CY MT GR AE TR'),
  'radiology-report': R('SE FI NO DK'), 'discharge-summary': R('DE AT'), 'eob-statement': R('US'), 'telehealth-transcript': R('US CA AU'), 'apple-health-xml': R('JP US'), 'fitbit-json': R('FI EE'),
  'visa-application': R('IN BR TR UA VN'), 'census-form': R('IE GB'), 'foia-request': R('US GB'), 'permit-application': R('NL DE'), 'exam-registration': R('IN CN EG TR BR ES'), 'tenant-screening': R('US'), 'hoa-roster': R('US'), 'donor-crm': R('GB IE'), 'wedding-guest-list': R('IT PT ES FR PL'),
  'debian-changelog': WORLD, 'rpm-changelog': WORLD, 'maven-pom-developers': R('PL BR IN'), 'cargo-toml-authors': WORLD, 'pypi-metadata': WORLD, 'authors-file': WORLD, 'git-blame': WORLD, bugzilla: WORLD, 'man-page': WORLD,
  'ocpp-messages': R('NL NO DE'), 'obd2-fleet-log': R('US'), 'game-server-log': R('RU UA PL SE'), 'twitch-chat': R('US GB DE KR'), 'twitter-archive-js': WORLD, 'facebook-dyi-json': WORLD,
  'bash-history': WORLD, 'cloud-init-user-data': R('US DE'), 'heroku-config': R('US'), 'actuator-env': R('DE PL'), 'django-settings': R('IT FR'), 'serverless-yml': R('US GB'), 'pulumi-config': R('NL SE'), envrc: WORLD, 'rails-credentials': R('JP US'),
  'warehouse-receiving-log': R('NL BE FR'), 'royalty-statement': R('GB IE FR'),
  'segment_identify.jsonl.gz': WORLD, 'hris_workers.jsonl': R('US GB DE FR ES IT NL PL SE IN BR'), 'edr_telemetry.jsonl': R('US GB IE CA AU'),
  'greenhouse_candidates.csv': US.concat(R('GB IN')), 'mitarbeiter_stammdaten.csv': R('DE AT CH'), 'nomina_empleados.csv': R('ES'), 'dipendenti_presenze.csv': R('IT'), 'expensify_export.csv': R('US GB'), 'zoom_participants.csv.gz': WORLD,
  'donors_crm.csv': R('GB FR DE JP RU GR IL IN'), 'ev_charging_sessions.csv': R('NO NL'), 'export_20261201.csv': R('US GB FR DE BR IN'), 'kandydaci.csv': R('PL'), 'anstallda.csv': R('SE'), 'card_statement_lines.csv': R('FR BE'), 'vault_kv_export.csv': R('US'),
};

/** The regions of a source or file name (an unknown name is an error, so none is left unchecked). */
export function regionsOf14(name: string): CountryCode[] {
  const r = REGIONS_OF14[name];
  if (!r) throw new Error(`no regions for ${name}`);
  return r;
}
