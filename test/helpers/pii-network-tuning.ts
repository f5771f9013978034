// A tuning corpus for issue 17's network, card and secret classes, written from the formats' own
// documentation: Cisco IOS interface, access-list and OSPF lines (`ip address A M`, wildcard masks),
// Linux `ifconfig` and `ip addr` (iproute2: `inet A/len brd B`, `inet6 A/len scope link`), Windows
// `ipconfig` (`Subnet Mask . . . :`, link-local addresses with their zone index), `route`, ISC dhcpd
// (`option subnet-mask`), /etc/hosts (hosts(5)), RFC 4007 zone ids (`fe80::1%eth0`), RFC 4291 written
// forms (full, upper case, IPv4-mapped), RFC 3986 bracketed literals with a port; bank statements'
// booking texts (German `KARTENZAHLUNG`/`girocard`, French `PAIEMENT CB`/`CARTE`, English `CARD
// PURCHASE`: the card, then the booking date or the amount after one space); identifiers read as
// phones (ISSN with its mod-11 check digit, ISO 3297; FDA NDC codes 4-4-2 / 5-3-2 / 5-4-1; PostgreSQL
// COPY text rows, whose first field is a bigint row id; MySQL extended INSERT tuples; frequent-flyer
// numbers after the programme's name); itineraries (clock times, IATA flight designators, 13-digit
// e-ticket numbers: airline code, serial); vendor API keys and access tokens as their vendors
// document them (SendGrid, npm, Hugging Face, DigitalOcean, Shopify, OpenAI, age, Postman, Google
// OAuth client secrets, Vault …) in .env files, JSON, shell history and CI logs, beside look-alikes
// (npm_config_* variables, short `SG.` and `sk-` words). Every value is drawn
// at run time from a seeded PRNG; each line carries its gold labels (the personal values, the hard
// negatives). A tuning set: the detectors are tuned on it, never judged by it alone.
import { card, chars, rng } from './personal-data.js';
import { Line, type LogLine } from './pii-log-tuning.js';

type R = () => number;
const HEX = '0123456789abcdef';
const int = (r: R, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** A dotted quad of a 32-bit number. */
const quad = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
/** A subnet mask of a prefix length 1–31 (contiguous one-bits from the top). */
export const subnetMask = (len: number) => quad(2 ** 32 - 2 ** (32 - len));
/** A Cisco wildcard mask: the complement of a subnet mask (`0.0.0.255`). */
export const wildcardMask = (len: number) => quad(2 ** (32 - len) - 1);
const prefix = (r: R) => pick(r, [8, 12, 16, 20, 22, 23, 24, 24, 24, 25, 26, 27, 28, 29, 30]);

/** A host address of a public, documentation or private range. */
function host(r: R): string {
  const first = pick(r, [10, 172, 192, 198, 203, 81, 94, 151, 185, 212, 62, 31, 46, 5, 24, 68]);
  const second = first === 172 ? int(r, 16, 31) : first === 192 ? 168 : int(r, 0, 255);
  return `${first}.${second}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
}
const group = (r: R) => chars(r, HEX, int(r, 1, 4)).replace(/^0+(?=.)/, '');
/** A link-local IPv6 address (EUI-64 interface id). */
const linkLocal = (r: R) => `fe80::${group(r)}:${chars(r, HEX, 2)}ff:fe${chars(r, HEX, 2)}:${group(r)}`;
/** A global IPv6 address in the documentation prefix, compressed. */
const global6 = (r: R) => `2001:db8:${group(r)}:${group(r)}::${group(r)}`;
/** All eight groups, four digits each, upper case (RFC 4291 §2.2 form 1). */
const full6 = (r: R) => ['2001', '0DB8', ...Array.from({ length: 6 }, () => chars(r, '0123456789ABCDEF', 4))].join(':');
const iface = (r: R) => pick(r, ['eth0', 'eth1', 'enp0s3', 'ens33', 'wlan0', 'wlp2s0', 'br0']);

function cisco(r: R): Line {
  const l = new Line('cisco');
  const len = prefix(r);
  switch (int(r, 0, 3)) {
    case 0:
      return l.t(' ip address ').pii('ip-address', host(r)).t(' ').neg('subnet-mask', subnetMask(len));
    case 1:
      return l.t(`access-list ${int(r, 1, 199)} permit ip ${host(r).replace(/\.\d+$/, '.0')} `).neg('wildcard-mask', wildcardMask(len)).t(' any');
    case 2:
      return l.t(` network ${host(r).replace(/\.\d+$/, '.0')} `).neg('wildcard-mask', wildcardMask(len)).t(` area ${int(r, 0, 9)}`);
    default:
      return l.t(` ip route ${host(r).replace(/\.\d+$/, '.0')} `).neg('subnet-mask', subnetMask(len)).t(' ').pii('ip-address', host(r));
  }
}

function ifconfig(r: R): Line {
  const l = new Line('ifconfig');
  if (r() < 0.5) {
    const a = host(r);
    return l.t(`${iface(r)}: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500\n        inet `).pii('ip-address', a).t('  netmask ').neg('subnet-mask', subnetMask(prefix(r))).t(`  broadcast ${a.replace(/\.\d+$/, '.255')}`);
  }
  return l.t('        inet6 ').pii('ip-address', linkLocal(r)).t(`  prefixlen 64  scopeid 0x20<link>`);
}

function ipAddr(r: R): Line {
  const l = new Line('ip-addr');
  switch (int(r, 0, 3)) {
    case 0: {
      const a = pick(r, ['198.51.100', '203.0.113', '192.0.2', '81.2.69']) + `.${int(r, 1, 254)}`;
      return l.t('    inet ').pii('ip-address', a).t(`/24 brd ${a.replace(/\.\d+$/, '.255')} scope global dynamic ${iface(r)}`);
    }
    case 1:
      return l.t('    inet6 ').pii('ip-address', linkLocal(r)).t('/64 scope link');
    case 2:
      return l.t('    inet6 ').pii('ip-address', global6(r)).t(`/64 scope global dynamic mngtmpaddr`);
    default:
      return l.t(`default via `).pii('ip-address', linkLocal(r) + '%' + iface(r)).t(` dev ${iface(r)} proto ra metric 1024`);
  }
}

function ipconfig(r: R): Line {
  const l = new Line('ipconfig');
  switch (int(r, 0, 3)) {
    case 0:
      return l.t('   IPv4 Address. . . . . . . . . . . : ').pii('ip-address', host(r));
    case 1:
      return l.t('   Subnet Mask . . . . . . . . . . . : ').neg('subnet-mask', subnetMask(prefix(r)));
    case 2:
      return l.t('   Link-local IPv6 Address . . . . . : ').pii('ip-address', `${linkLocal(r)}%${int(r, 2, 24)}`);
    default:
      return l.t('   Default Gateway . . . . . . . . . : ').pii('ip-address', host(r));
  }
}

function configLines(r: R): Line {
  const l = new Line('config');
  switch (int(r, 0, 3)) {
    case 0:
      return l.t('route add -net 10.0.0.0 netmask ').neg('subnet-mask', subnetMask(prefix(r))).t(' gw ').pii('ip-address', host(r));
    case 1:
      return l.t('  option subnet-mask ').neg('subnet-mask', subnetMask(prefix(r))).t(';');
    case 2:
      return l.t('subnet_mask=').neg('subnet-mask', subnetMask(prefix(r))).t(' gateway=').pii('ip-address', host(r));
    default:
      return l.t('Subnetzmaske: ').neg('subnet-mask', subnetMask(prefix(r))).t(', Wildcard: ').neg('wildcard-mask', wildcardMask(prefix(r)));
  }
}

function hosts(r: R): Line {
  const l = new Line('hosts');
  const name = `${pick(r, ['db', 'web', 'app', 'nas', 'printer'])}${int(r, 1, 9)}.example.net`;
  switch (int(r, 0, 3)) {
    case 0:
      return l.pii('ip-address', host(r)).t(`\t${name} ${name.split('.')[0]}`);
    case 1:
      return l.pii('ip-address', full6(r)).t(`  ${name}`);
    case 2:
      return l.pii('ip-address', r() < 0.5 ? `::ffff:${host(r)}` : `::FFFF:${chars(r, '0123456789ABCDEF', 4)}:${chars(r, '0123456789ABCDEF', 4)}`).t(`  ${name}`);
    default:
      return l.pii('ip-address', global6(r).toUpperCase()).t(`  ${name}`);
  }
}

function urls(r: R): Line {
  const l = new Line('bracketed');
  switch (int(r, 0, 3)) {
    case 3: // a dual-stack listener logs an IPv4 client as IPv4-mapped (RFC 4291 §2.5.5.2)
      return l.t('accepted connection from client ').pii('ip-address', `::ffff:${host(r)}`).t(` port ${int(r, 1024, 65535)}`);
    case 0:
      return l.t('curl -k https://[').pii('ip-address', global6(r)).t(`]:${int(r, 1024, 65535)}/healthz`);
    case 1:
      return l.t('connection from [').pii('ip-address', global6(r)).t(`]:${int(r, 1024, 65535)} closed`);
    default:
      return l.t('ping6 -c 3 ').pii('ip-address', `${linkLocal(r)}%${iface(r)}`);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A card printed in fours (Amex 4-6-5), or bare. */
function cardNumber(r: R): string {
  const [prefix, len] = pick(r, [['4', 16], ['4', 16], ['51', 16], ['55', 16], ['2221', 16], ['37', 15], ['6011', 16]] as const);
  const c = card(r, prefix, len);
  if (r() < 0.4) return c;
  return len === 15 ? `${c.slice(0, 4)} ${c.slice(4, 10)} ${c.slice(10)}` : c.replace(/(\d{4})(?=\d)/g, '$1 ');
}
/** What follows the card in a booking text: the date (several forms) or the amount. */
function after(r: R): [string, string] {
  const d = pad(int(r, 1, 28));
  const m = pad(int(r, 1, 12));
  return pick(r, [
    ['date', `${d}.${m}.${int(r, 2020, 2027)}`],
    ['date', `${d}/${m}`],
    ['date', `${d} ${m}`],
    ['date', `${d}.${m}`],
    ['date', `${d}/${m}/${int(r, 20, 27)}`],
    ['amount', `${int(r, 1, 999)},${pad(int(r, 0, 99))}`],
    ['amount', String(int(r, 1, 99))],
  ]);
}

function booking(r: R): Line {
  const l = new Line('booking');
  l.t(pick(r, ['KARTENZAHLUNG ', 'girocard ', 'PAIEMENT CB ', 'CARTE ', 'CARD PURCHASE ', 'PAGO CON TARJETA ']));
  const [kind, v] = after(r);
  return l.pii('credit-card', cardNumber(r)).t(' ').neg(kind, v).t(pick(r, [' REWE SAGT DANKE', ' AMAZON EU', ' EUR', '', ' SNCF']));
}

const DIG = '0123456789';
/** An ISSN: seven digits and a mod-11 check character (X for ten), written NNNN-NNNC. */
function issn(r: R): string {
  const d = chars(r, DIG, 7);
  const sum = [...d].reduce((a, c, i) => a + Number(c) * (8 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return `${d.slice(0, 4)}-${d.slice(4)}${check === 10 ? 'X' : check}`;
}
/** An NDC product code in one of its three dashed layouts (labeler-product-package). */
function ndc(r: R): string {
  const [a, b, c] = pick(r, [[4, 4, 2], [5, 3, 2], [5, 4, 1]] as const);
  return `${chars(r, DIG, a)}-${chars(r, DIG, b)}-${chars(r, DIG, c)}`;
}
/** A phone a reader would call, with its cue: must stay found beside the identifiers. */
const ukPhone = (r: R) => `+44 20 7946 0${int(r, 100, 999)}`;
const rowId = (r: R) => String(int(r, 2000000000, 9999999999));

function identifiers(r: R): Line {
  const l = new Line('identifiers');
  switch (int(r, 0, 6)) {
    case 0:
      return l.t(`${pick(r, ['Journal of Applied Things', 'Revue des Choses', 'Zeitschrift für Dinge'])}. Contact the editors: `).pii('phone', ukPhone(r)).t(`. ${pick(r, ['ISSN ', 'ISSN: ', 'Print ISSN '])}`).neg('issn', issn(r)).t(`, ${pick(r, ['eISSN: ', 'e-ISSN ', 'Online ISSN '])}`).neg('issn', issn(r));
    case 1:
      return l.t(`${pick(r, ['Humalog', 'Lisinopril 10 mg', 'Amoxicillin 500 mg'])}, ${pick(r, ['NDC ', 'NDC: ', 'NDC Code ', 'Product NDC '])}`).neg('ndc', ndc(r)).t('. Questions? Call ').pii('phone', ukPhone(r));
    case 2: {
      l.t(`COPY public.${pick(r, ['contacts', 'customers', 'calls'])} (id, name, ${pick(r, ['phone', 'mobile', 'caller'])}) FROM stdin;\n`);
      for (let i = 0; i < 3; i++) l.neg('row-id', rowId(r)).t(`\t${pick(r, ['Alice', 'Bob', 'Chen'])}\t`).pii('phone', ukPhone(r)).t('\n');
      return l.t('\\.'); // the end-of-data marker
    }
    case 3: {
      l.t(`INSERT INTO \`${pick(r, ['contacts', 'customers'])}\` (\`id\`, \`name\`, \`phone\`) VALUES `);
      for (let i = 0; i < 3; i++) l.t(i > 0 ? ',(' : '(').neg('row-id', rowId(r)).t(`,'${pick(r, ['Alice', 'Bob'])}','`).pii('phone', ukPhone(r)).t("')");
      return l.t(';');
    }
    case 4:
      return l.t(`INSERT INTO calls VALUES\n(`).neg('row-id', rowId(r)).t(`, 'mobile', '`).pii('phone', ukPhone(r)).t(`'),\n(`).neg('row-id', rowId(r)).t(`, 'fax', NULL);`);
    case 5: {
      const [name, v] = pick(r, [
        ['Miles & More ', () => `992 ${chars(r, DIG, 3)} ${chars(r, DIG, 3)} ${chars(r, DIG, 3)} ${chars(r, DIG, 2)}`],
        ['Miles & More number ', () => `992${chars(r, DIG, 12)}`],
        ['Flying Blue ', () => chars(r, '123456789', 1) + chars(r, DIG, 9)],
        ['SkyMiles # ', () => chars(r, '123456789', 1) + chars(r, DIG, 9)],
        ['KrisFlyer ', () => '8' + chars(r, DIG, 9)],
        ['frequent flyer number ', () => chars(r, '123456789', 1) + chars(r, DIG, 9)],
        ['Executive Club ', () => chars(r, '123456789', 1) + chars(r, DIG, 7)],
      ] as const);
      return l.t(`Please call us if your ${name}`).neg('frequent-flyer', v()).t(' is not credited.');
    }
    default:
      return l.t('Mobile: ').pii('phone', ukPhone(r)).t(`, ${pick(r, ['Miles & More: ', 'Flying Blue: '])}`).neg('frequent-flyer', chars(r, '123456789', 1) + chars(r, DIG, 9));
  }
}

const pad2 = (r: R) => `${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}`;
const flight = (r: R) => `${pick(r, ['LH', 'BA', 'AF', 'UA', 'DL', 'EK', 'LX', 'QF'])}${pick(r, [' ', ''])}${int(r, 1, 9999)}`;
const eticket = (r: R) => `${pick(r, ['220', '125', '057', '016', '176'])}${pick(r, ['', '-', ' '])}${chars(r, DIG, 10)}`;

function itinerary(r: R): Line {
  const l = new Line('itinerary');
  switch (int(r, 0, 4)) {
    case 0:
      return l.t('Flight ').neg('flight', flight(r)).t(' departs ').neg('time', pad2(r)).t(` ${pick(r, ['Gate', 'Terminal', 'Platform', 'Boarding'])} ${pick(r, ['B', 'A', ''])}${int(r, 1, 60)}`);
    case 1:
      return l.t('Dep ').neg('time', pad2(r)).t(' Arr ').neg('time', pad2(r)).t(` Seat ${int(r, 1, 40)}${pick(r, ['A', 'C', 'F'])}`);
    case 2:
      return l.t(pick(r, ['Ticket ', 'E-ticket ', 'ETKT ', 'Ticket number: '])).neg('e-ticket', eticket(r)).t(` ${pick(r, ['issued', 'Abflug', 'Boarding'])} `).neg('time', pad2(r)).t(` ${pick(r, ['Frankfurt', 'London Heathrow', 'Gate 12'])}`);
    case 3:
      return l.t(`${pick(r, ['Abflug', 'Départ', 'Salida'])} `).neg('time', pad2(r)).t(` ${pick(r, ['Ankunft', 'Arrivée', 'Llegada'])} `).neg('time', pad2(r)).t(` ${pick(r, ['Flug', 'Vol', 'Vuelo'])} `).neg('flight', flight(r));
    default:
      return l.t('Pick-up at ').neg('time', pad2(r)).t(' from ').pii('street-address', `${int(r, 1, 999)} ${pick(r, ['Baker', 'Oak', 'Elm', 'High'])} ${pick(r, ['Street', 'Road', 'Avenue'])}`);
  }
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URLSAFE = ALNUM + '_-';
const LETTERS = ALNUM.slice(0, 52);
const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';
/** Vendor tokens, each built from its documented prefix and a random body. */
const TOKENS: ReadonlyArray<(r: R) => string> = [
  (r) => ['S', 'G.'].join('') + chars(r, URLSAFE, 22) + '.' + chars(r, URLSAFE, 43),
  (r) => ['np', 'm_'].join('') + chars(r, ALNUM, 36),
  (r) => ['h', 'f_'].join('') + chars(r, LETTERS, 34),
  (r) => ['do', 'p_v1_'].join('') + chars(r, HEX, 64),
  (r) => ['shp', 'at_'].join('') + chars(r, HEX, 32),
  (r) => ['sk-', 'proj-'].join('') + chars(r, URLSAFE, 58) + ['T3Blbk', 'FJ'].join('') + chars(r, URLSAFE, 58),
  (r) => ['AGE-SECRET', '-KEY-1'].join('') + chars(r, BECH32, 58),
  (r) => ['PM', 'AK-'].join('') + chars(r, HEX, 24) + '-' + chars(r, HEX, 34),
  (r) => ['GOC', 'SPX-'].join('') + chars(r, URLSAFE, 28),
  (r) => ['hv', 's.'].join('') + chars(r, URLSAFE, 94),
  (r) => ['gs', 'k_'].join('') + chars(r, ALNUM, 52),
  (r) => ['gl', 'sa_'].join('') + chars(r, ALNUM, 32) + '_' + chars(r, HEX, 8),
];

function tokens(r: R): Line {
  const l = new Line('tokens');
  const v = pick(r, TOKENS)(r);
  switch (int(r, 0, 4)) {
    case 0:
      return l.t(`${pick(r, ['SENDGRID_API_KEY', 'NPM_TOKEN', 'HF_TOKEN', 'API_KEY', 'CLIENT_SECRET'])}=`).pii('api-token', v);
    case 1:
      return l.t('{"name":"deploy","token":"').pii('api-token', v).t('","scopes":["read"]}');
    case 2:
      return l.t(`$ curl -H "Authorization: Bearer `).pii('api-token', v).t('" https://api.example.com/v1/me');
    case 3:
      return l.t('npm_config_cache=/home/ci/.npm npm_package_version=1.2.3 token ').pii('api-token', v);
    default:
      return l.t(`//registry.npmjs.org/:_authToken=`).pii('api-token', v).t(` # rotated ${pick(r, ['SG.NET', 'sk-learn', 'hvs.io'])}`);
  }
}

const GENERATORS: ReadonlyArray<(r: R) => Line> = [cisco, ifconfig, ipAddr, ipconfig, configLines, hosts, urls, booking, identifiers, itinerary, tokens];

/** `n` lines of each format, drawn with `seed`. */
export function networkTuningSet(seed = 17, n = 200): LogLine[] {
  const r = rng(seed);
  return GENERATORS.flatMap((g) => Array.from({ length: n }, () => g(r).done()));
}
