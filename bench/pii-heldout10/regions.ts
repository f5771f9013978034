// The regions of set 10's files: where a document, record file or CSV export would be written and
// read. A digit negative drawn into it is no valid phone number of any of them (set 10's negatives.ts);
// the gold phones inside are of any region.
import type { CountryCode } from 'libphonenumber-js/max';

const R = (s: string) => s.split(' ') as CountryCode[];

export const REGIONS_OF10: Record<string, CountryCode[]> = {
  'zeek-conn': R('US DE'), 'zeek-dhcp': R('US GB'), 'zeek-http': R('DE US'), 'suricata-eve': R('NL US'), 'ipconfig-all': R('US GB'), ifconfig: R('US SE'), btmon: R('US KR'), 'unifi-meraki-events': R('US AU'), 'kismet-probes': R('DE GB'),
  'okta-system-log': R('US PT'), 'auth0-log': R('US AR'), 'keycloak-events': R('DE FR'), 'saml-assertion': R('US IE'), 'decoded-jwt': R('US JP'), 'oauth-token-response': R('US CA'), 'helm-values': R('US DE'), 'k8s-secret': R('US NL'), 'jenkins-credentials': R('US IN'), 'rclone-s3cfg': R('DE CH'), 'ssh-config-known-hosts': R('US FI'),
  'irs-w2': R('US'), fatturapa: R('IT'), 'nfe-xml': R('BR'), 'india-ekyc-pan': R('IN'), 'hmrc-p60': R('GB'), 'aeat-letter': R('ES'), 'ofx-statement': R('US'), 'bai2-report': R('US'),
  'html-staff-page': R('DE AT CH'), 'markdown-table': R('US GB'), 'psql-table': R('US DE'), 'jupyter-notebook': R('US IN'), 'pdf-extracted-text': R('DE'), 'ocr-form': R('US CA'), 'mastodon-status': R('DE FR JP'), 'reddit-listing': R('US GB'), 'forum-post': R('DE PL'), 'mysql-slow-log': R('US CN'), 'postgres-log': R('US BR'), 'python-traceback': R('US GB'),
  'w2_export_2026.csv': R('US'), 'fatture_clienti.csv': R('IT'), 'nfe_destinatarios.csv.gz': R('BR'), 'neutral_extract.csv': R('US IN GB'), 'netflow_v9.csv': R('US'), 'contacts_excel_export.csv': R('GB FR DE NL US AU'), 'ekyc_applicants.csv': R('IN'), 'hmrc_rti_employees.csv': R('GB'), 'aeat_censo.csv': R('ES'), 'device_inventory.csv': R('US DE'), 'chargebacks.csv': R('US GB'), 'key_rotation.csv': R('US'),
  'okta_users.jsonl.gz': R('US GB'), 'activitypub_actors.jsonl': R('DE FR'),
};

/** The regions of a source or file name (an unknown name is an error, so none is left unchecked). */
export function regionsOf10(name: string): CountryCode[] {
  const r = REGIONS_OF10[name];
  if (!r) throw new Error(`no regions for ${name}`);
  return r;
}
