// The regions of set 12's files: where a document, record file or CSV export would be written and
// read. Gold phones are mostly of these regions; a digit hard negative drawn into the file is no valid
// phone number of any of them (negatives.ts). Sources that draw a language per document list the
// regions of all their languages.
import type { CountryCode } from 'libphonenumber-js/max';

const R = (s: string) => s.split(' ') as CountryCode[];
const CHAT = R('PL CZ HU RO GR TR FI SE VN TH ID PH KE TZ IL IR');

export const REGIONS_OF12: Record<string, CountryCode[]> = {
  'nginx-vhost': R('PL CZ HU FI DK VN'), caddyfile: R('PL CZ HU FI DK VN'), 'haproxy-cfg': R('US DE'), 'systemd-unit': R('US NL'), crontab: R('DE AT'), makefile: R('US IE'), dockerfile: R('US SE'), 'docker-compose': R('FI EE'), vagrantfile: R('US CA'), 'puppet-manifest': R('GB IE'), 'gpg-list-keys': R('DE CH NO'), 'authorized-keys': R('US DK'),
  rmarkdown: R('US GB AU'), bibtex: R('US GB NL'), 'git-format-patch': R('US DE FI'), 'gerrit-review': R('US SE'), 'mailing-list-digest': CHAT, 'usenet-post': R('US GB NZ'), 'irc-log': CHAT, 'matrix-export': CHAT, 'telegram-export': CHAT, 'sms-backup-xml': CHAT,
  'cad-incident': R('US MX PH'), 'pocsag-pager': R('DE AT CH'), 'bed-board': R('GB PL FI VN'), 'blood-bank-issue': R('GB US BR IN ES'), 'trial-crf': R('PL CZ HU RO GR TR'), 'illumina-sample-sheet': R('US GB'), 'rental-telematics': R('US IS NO'), 'toll-statement': R('PL CZ HU RO GR TR NO'), 'parking-permits': R('DK NO SE FI DE'), 'ezproxy-log': R('US GB ZA'),
  'acord-claim-xml': R('US'), 'pharmacy-label': R('US'), 'school-enrolment': R('IT ES GB BR'), 'gym-contract': R('FI SE NO DK DE PL'), 'badge-scans': R('NL BE LU'), 'mls-listing': R('US CA'), 'closing-disclosure': R('US'), 'parcel-locker': R('PL CZ HU RO FI SE'), 'ride-receipt': R('VN TH ID PH TR SG'), 'food-delivery-json': R('TR IL AE EG'), 'ubl-invoice': R('NO DK BE NL'),
  'gym_members.jsonl.gz': R('FI SE NO DK PL'), 'ride_trips.jsonl': R('VN TH ID PH KE'),
  'pacjenci_przychodnia.csv': R('PL'), 'clenove_spolku.csv': R('CZ SK'), 'ugyfelek.csv': R('HU'), 'musteriler.csv.gz': R('TR'), 'jasenet.csv': R('FI'), 'kunder_nordic.csv': R('NO DK'), 'khach_hang.csv': R('VN'), 'pelanggan.csv': R('ID'), 'extract_c.csv': R('GB ES IT IN BR US'), 'dispense_log.csv': R('US'), 'toll_transactions.csv': R('GR RO BG'), 'deploy_vars.csv': R('US'), 'anshei_kesher.csv': R('IL'),
};

/** The regions of a source or file name (an unknown name is an error, so none is left unchecked). */
export function regionsOf12(name: string): CountryCode[] {
  const r = REGIONS_OF12[name];
  if (!r) throw new Error(`no regions for ${name}`);
  return r;
}
