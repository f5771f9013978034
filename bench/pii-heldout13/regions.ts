// The regions of set 13's files: where each document family, record file and CSV export would be
// written and read. Gold phones are mostly of these regions, and a digit hard negative drawn while a
// file is written must read as no valid phone number of them (negatives.ts redraws it).
import type { CountryCode } from 'libphonenumber-js/max';
import { RegionScope } from '../pii-heldout/region-scope.js';

const R = (s: string) => s.split(' ') as CountryCode[];

export const REGIONS_OF13: Record<string, CountryCode[]> = {
  // finance
  'nacha-ach': R('US'), 'mt940-statement': R('DE NL AT CH'), 'cheque-micr': R('US CA'), 'metro2-credit': R('US'), 'form-1099': R('US'), 'lohnsteuerbescheinigung': R('DE'),
  'avis-imposition': R('FR BE LU'), 'i9-onboarding': R('US MX'), 'wire-recall': R('GB IE SG AE'),
  // logistics and vehicles
  'imo-crew-list': R('PH UA GR NO IN'), 'baggage-pir': R('DE GB ES IT TR'), 'customs-declaration': R('NL BE CN'), 'baplie-stowage': R('NL SG CN'), 'vehicle-registration': R('US GB DE'),
  'warranty-claim': R('US CA JP KR'), 'rma-ticket': R('GB IE AU NZ'), 'sim-activation': R('BR AR CL MX'), 'esim-provisioning': R('JP KR TW SG'),
  // health and lab
  'vcf-header': R('US GB'), 'lims-manifest': R('NL DE DK'), 'pet-microchip': R('GB IE AU'), 'clinic-schedule': R('US'), 'dental-chart': R('SE NO FI'), 'optician-rx': R('FR BE ES'),
  // customers and communities
  'callcentre-notes': R('ZA KE NG EG'), 'zendesk-ticket': R('US GB AU'), 'intercom-thread': R('IE FR DE'), 'airbnb-thread': R('PT ES IT GR'), 'event-tickets': R('PL CZ SK HU'),
  'conference-badges': R('IN PK BD'), 'volunteer-roll': R('US CA'), 'parish-register': R('IT ES PT BR'), 'alumni-record': R('RU UA IL'), 'woocommerce-mail': R('TR SA AE MA'),
  // operations
  'catalina-log': R('US DE'), 'iis-w3c': R('US GB'), 'windows-event-xml': R('US DE'), 'sysmon-event': R('US NL'), 'azure-activity': R('GB IE'), 'gcp-audit': R('US JP'),
  'vault-audit': R('US SE'), 'nomad-job': R('US DK'), 'argocd-app': R('FI EE'), 'tfc-run-log': R('US CA'), 'bitbucket-pipelines': R('AU NZ'), 'azure-devops-log': R('IN SG'),
  'dotenv-app': R('BR PT'), 'spring-properties': R('CN TW'), 'wp-config': R('ID MY TH VN'), 'kubeconfig': R('KR JP'), 'vpn-config': R('CH AT'),
  // record files and CSV exports
  'crm_contacts.jsonl': R('US GB DE FR ES IT'), 'sim_activations.jsonl.gz': R('BR MX AR CL'), 'clinic_visits.jsonl': R('SE NO DK FI'),
  'mailchimp_audience.csv': R('US CA GB'), 'shopify_orders.csv': R('AU NZ'), 'salesforce_leads.csv': R('DE AT CH'), 'zendesk_users.csv': R('FR BE'), 'anagrafica_soci.csv': R('IT'),
  'socios_club.csv.gz': R('ES AR MX'), 'uczestnicy.csv': R('PL'), 'kaikki_jasenet.csv': R('FI EE'), 'kunden_sepa.csv': R('DE NL'), 'export_c.csv': R('US GB IN BR'),
  'crew_fal5.csv': R('PH UA IN GR'), 'vault_kv_export.csv': R('US'), 'uyeler_listesi.csv': R('TR GR RO BG'),
};

/** The regions of a family or file name (an unknown name is an error, so none is left unchecked). */
export function regionsOf13(name: string): CountryCode[] {
  const r = REGIONS_OF13[name];
  if (!r) throw new Error(`no regions for ${name}`);
  return r;
}

/** The regions of the file being written now. */
export const scope13 = new RegionScope(R('US'));
