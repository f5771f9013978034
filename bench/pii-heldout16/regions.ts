// The regions of set 16's files: where a document, record file or CSV export would be written and
// read. Gold phones are mostly of these regions; a digit hard negative drawn into the file is no valid
// phone number of any of them (negatives.ts).
import type { CountryCode } from 'libphonenumber-js/max';

const R = (s: string) => s.split(' ') as CountryCode[];
const OPS = R('US GB DE NL IN SG');
const CFG = R('US GB DE IE');

export const REGIONS_OF16: Record<string, CountryCode[]> = {
  'k8s-events': OPS, 'tekton-log': OPS, 'jenkins-console': OPS, 'sonarqube-report': R('DE AT CH'), 'dependabot-pr': R('US CA'), 'renovate-log': R('DE NL'), 'rollbar-payload': R('US GB AU'),
  'newrelic-log': R('US CA'), 'pagerduty-incident': R('US GB IE IN'), 'opsgenie-alert': R('TR IL AE'), 'statuspage-notice': R('GB IE FR'), 'grafana-alert-email': R('SE NO DK FI'),
  'loki-logfmt': R('PL CZ SK HU'), 'nagios-notification': R('DE AT CH IT'), 'zabbix-problem': R('UA LV LT EE'), 'proxmox-task': R('AT DE'), 'vcenter-event': R('US JP'), 'duo-auth-log': R('US CA MX'),
  'slapd-log': R('DE FR NL SE'), 'rsync-log': R('NL BE'), 'veeam-report': R('CH FR'), 'minio-audit': R('SG MY ID'), 'harbor-audit': R('KR TW JP'), 'artifactory-access': R('IL IN'),
  pgpass: CFG, 'my-cnf': CFG, 'tnsnames-ora': R('BR AR CL'), 'odbc-ini': R('US'), 'tomcat-users-xml': R('IT ES'), 'iis-web-config': R('US GB'), 'rails-database-yml': R('US AU NZ'),
  'airflow-connections': R('US GB'), 'dbt-profiles': R('NL DE'), 'bigquery-service-account': R('US'), 'kafka-client-properties': R('DE PL'), 'rabbitmq-definitions': R('RO BG GR'),
  'snowflake-connections': R('US CA GB'), 'celery-config': R('PT ES'), 'spring-bootstrap': R('IN PK BD'), 'symfony-env-local': R('FR BE LU'),
  'grafana-provisioning': R('SE FI'), 'prometheus-remote-write': R('IE GB'), 'fastapi-settings': R('US IN'), 'flask-instance-config': R('DE NL'), 'quarkus-application-yaml': R('CZ SK'),
  'returns-portal': R('NL BE FR AT DE'), 'loyalty-statement': R('FR BE ES IT PT'), 'gift-card-ledger': R('US GB CA AU'), 'pawn-ticket': R('US'), 'auction-invoice': R('DE AT CH LU BE'),
  'gallery-consignment': R('IT ES FR NL JP'), 'maintenance-ticket': R('US GB IE ZA'), 'moving-inventory': R('SE FI DE PL NO'), 'storage-rental': R('US CA'), 'kennel-booking': R('GB NL SE DE'),
  'supplement-subscription': R('US GB AU NZ'),
  'childcare-signin': R('GB IE AE IN PL VN ES'), 'school-bus-roster': R('US MX KR EG'), 'sports-club-membership': R('DE NL PL CZ HU'), 'marathon-results': R('KE ET JP DE NO BR'),
  'ski-pass-sale': R('AT CH IT FR'), 'cinema-booking': R('GB IE AU ZA NG'), 'concert-guest-list': R('US GB BR MX'), 'museum-membership': R('FR NL SE FI JP'), 'donation-receipt': R('US FR NL SE BE'),
  'crowdfunding-update': R('US CA GB'), 'consent-form': R('BR ES IT PL'), 'physio-note': R('GB NL SE FI'), 'home-care-visit': R('FI SE NO GB'), 'hearing-aid-fitting': R('GB DE IT IL'),
  'contact-lens-order': R('US GB DE'),
  'returns_cases.jsonl.gz': R('NL DE FR BE AT'), 'duo_auth.jsonl': R('US CA MX'), 'members_crm.jsonl': R('GB IE PL TR VN'),
  'teilnehmer_lauf.csv': R('DE AT CH'), 'adherents_club.csv': R('FR BE'), 'socios_gimnasio.csv.gz': R('ES MX AR'), 'soci_museo.csv': R('IT'), 'klanten_opslag.csv': R('NL BE'),
  'uczestnicy_badania.csv': R('PL'), 'asiakkaat_kotihoito.csv': R('FI'), 'kunder_hundpensionat.csv': R('SE'), 'doadores.csv': R('BR PT'), 'guest_list_tokyo.csv': R('JP'),
  'pawn_tickets.csv': R('US'), 'export_7731.csv': R('GB IN BR US ES'), 'credential_inventory.csv': R('US GB'), 'device_registry.csv': R('DE NL SG'),
};

/** The regions of a source or file name (an unknown name is an error, so none is left unchecked). */
export function regionsOf16(name: string): CountryCode[] {
  const r = REGIONS_OF16[name];
  if (!r) throw new Error(`no regions for ${name}`);
  return r;
}
