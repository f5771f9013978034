// A seeded generator of free-text records as a support desk, a forum or a chat log holds them:
// short messages in several languages, most of them ordinary text with the numbers that look like
// personal data without being any (dates, times, prices, versions, order numbers, URLs), and some
// 5–10 % carrying personal data or a secret (e-mail, phones in national forms, card, IBAN, SSN,
// IP, MAC, national ids, tokens). Shared by the free-text bench and the prefilter tests; every
// value is built at run time from parts and the PRNG (nothing live-looking in the tree).
import { card, chars, iban, rng, secrets, ssn } from './personal-data.js';

type Rand = () => number;
const pick = <T>(r: Rand, a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const DIG = '0123456789';
const HEX = '0123456789abcdef';

const FIRST = ['Mary', 'Jürgen', 'Linda', 'Amélie', 'Lukas', 'Sofia', 'Giulia', 'Pablo', 'Noah', 'Inês', 'Sanne', 'Piotr', 'Emma', 'Ravi'];
const LAST = ['Smith', 'Müller', 'Dubois', 'García', 'Rossi', 'Silva', 'de Vries', 'Kowalski', 'Nguyen', 'Hansen', 'Sharma'];
const HOSTS = ['example.com', 'example.org', 'mail.example.net', 'example.co.uk', 'beispiel.de'];

/** Values that look like numbers of interest but are not personal data. */
const neutral: Record<string, (r: Rand) => string> = {
  num: (r) => String(int(r, 2, 480)),
  date: (r) => pick(r, [`${int(r, 2015, 2026)}-${pad(int(r, 1, 12), 2)}-${pad(int(r, 1, 28), 2)}`, `${pad(int(r, 1, 28), 2)}.${pad(int(r, 1, 12), 2)}.${int(r, 2015, 2026)}`, `${int(r, 1, 12)}/${int(r, 1, 28)}/${int(r, 2015, 2026)}`]),
  time: (r) => `${pad(int(r, 0, 23), 2)}:${pad(int(r, 0, 59), 2)}`,
  price: (r) => pick(r, [`$${int(r, 1, 999)}.${pad(int(r, 0, 99), 2)}`, `€${int(r, 1, 2999)},${pad(int(r, 0, 99), 2)}`, `£${int(r, 1, 500)}`]),
  version: (r) => pick(r, [`v${int(r, 0, 9)}.${int(r, 0, 30)}.${int(r, 0, 40)}`, `${int(r, 1, 20)}.${int(r, 0, 9)}`, `${int(r, 1, 12)}.${int(r, 0, 9)}.${int(r, 0, 99)}-beta.${int(r, 1, 9)}`]),
  order: (r) => pick(r, [`#${int(r, 10000, 999999)}`, `A-${chars(r, DIG, 6)}`, `SO${chars(r, DIG, 8)}`, `INV-${int(r, 2019, 2026)}-${chars(r, DIG, 5)}`]),
  url: (r) => `https://${pick(r, ['docs', 'www', 'shop', 'forum'])}.${pick(r, HOSTS)}/${pick(r, ['help', 'item', 'thread', 'release'])}/${int(r, 1, 99999)}${r() < 0.3 ? `?page=${int(r, 1, 20)}` : ''}`,
  pct: (r) => `${int(r, 1, 99)}%`,
  qty: (r) => `${int(r, 2, 5000)} ${pick(r, ['kg', 'km', 'MB', 'GB', 'ms', 'units'])}`,
  // The hard negatives of issue 17: long digit runs that are not phones, versions that are not IPs.
  ref: (r) =>
    pick(r, [
      `${int(r, 1600000000, 1790000000)}`, // epoch seconds
      `${pick(r, ['45', '80', '44'])}${chars(r, DIG, 8)}`, // a 10-digit SAP order or parcel number
      `978${chars(r, DIG, 10)}`, // ISBN-13 / EAN-13
      `${int(r, 100, 999)}.${int(r, 100, 999)}.${int(r, 10, 99)}`, // a part number
      `1Z${chars(r, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 16)}`, // a tracking number
      `${int(r, 1, 28)}.${pad(int(r, 1, 12), 2)}.${int(r, 2015, 2026)} ${pad(int(r, 0, 23), 2)}:${pad(int(r, 0, 59), 2)}`, // a timestamp
      `${int(r, 1, 12)}.${int(r, 0, 9)}.${int(r, 0, 40)}.${int(r, 0, 9)}`, // a four-part version
      `${int(r, 1900, 2030)} - ${int(r, 1900, 2030)} = ${int(r, 1, 99)}`, // arithmetic
    ]),
};

/** Ordinary sentences per language; {slot} takes a neutral value. */
const ORDINARY: Record<string, readonly string[]> = {
  en: [
    'The package arrived on {date} but the box was damaged.',
    'I upgraded to {version} and now the app crashes at startup.',
    'Order {order} still shows as pending after {num} days.',
    'Can you explain why the price went up to {price}?',
    'The meeting moved to {time}, see {url} for the agenda.',
    'About {pct} of the users reported the same problem since {date}.',
    'We shipped {qty} last week and expect more in March.',
    'Thanks for the quick reply, the issue is solved.',
    'Please read the release notes at {url} before updating.',
    'Reference {ref} was logged at {time} on {date}.',
    'Firmware {ref} fixed the reboot loop, build {num} did not.',
    'The parcel {ref} left the depot; tracking at {url}.',
  ],
  de: [
    'Die Lieferung kam am {date} an, aber die Verpackung war beschädigt.',
    'Nach dem Update auf {version} startet die App nicht mehr.',
    'Bestellung {order} ist seit {num} Tagen unterwegs.',
    'Warum kostet das Abo jetzt {price} im Monat?',
    'Der Termin wurde auf {time} Uhr verschoben, Details unter {url}.',
    'Vielen Dank für die schnelle Hilfe!',
    'Vorgang {ref} wurde am {date} um {time} angelegt.',
  ],
  fr: [
    'Le colis est arrivé le {date} mais il manquait une pièce.',
    'Depuis la version {version}, la synchronisation échoue.',
    'Ma commande {order} est bloquée depuis {num} jours.',
    'Le prix est passé à {price}, pourquoi ?',
    'Rendez-vous à {time}, le programme est sur {url}.',
    'Référence {ref}, enregistrée le {date}.',
  ],
  es: [
    'El pedido {order} llegó el {date} con retraso.',
    'Desde la actualización {version} la aplicación va muy lenta.',
    'El precio subió a {price} sin previo aviso.',
    'Gracias por la ayuda, ya funciona.',
    'Más información en {url}.',
  ],
  it: [
    "L'ordine {order} è stato spedito il {date}.",
    'Con la versione {version} il problema è risolto.',
    'Il prezzo ora è {price}, circa il {pct} in più.',
    'Ci vediamo alle {time} in ufficio.',
  ],
  pt: ['A encomenda {order} chegou em {date}.', 'Depois da versão {version} o aplicativo trava.', 'O valor subiu para {price}.', 'Obrigado pelo retorno rápido!'],
  nl: ['Bestelling {order} is op {date} verzonden.', 'Sinds versie {version} werkt inloggen niet meer.', 'De prijs is nu {price}.', 'Bedankt voor de snelle hulp.'],
};
const LANGS = Object.keys(ORDINARY);

/** Personal data and secrets, each as a value of a type. */
const personal: Array<[string, (r: Rand) => string]> = [
  ['email', (r) => `${pick(r, FIRST).toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}.${pick(r, LAST).toLowerCase().replace(/[^a-z]/g, '')}${int(r, 1, 99)}@${pick(r, HOSTS)}`],
  ['phone', (r) => pick(r, [`(${int(r, 201, 989)}) ${int(r, 201, 989)}-${chars(r, DIG, 4)}`, `+1 ${int(r, 201, 989)}-${int(r, 201, 989)}-${chars(r, DIG, 4)}`])],
  ['phone', (r) => pick(r, [`+44 20 7946 ${chars(r, DIG, 4)}`, `07700 900${chars(r, DIG, 3)}`, `+49 30 ${chars(r, DIG, 8)}`, `030 ${chars(r, DIG, 7)}`])],
  ['phone', (r) => pick(r, [`+33 1 ${chars(r, DIG, 2)} ${chars(r, DIG, 2)} ${chars(r, DIG, 2)} ${chars(r, DIG, 2)}`, `06 ${chars(r, DIG, 2)} ${chars(r, DIG, 2)} ${chars(r, DIG, 2)} ${chars(r, DIG, 2)}`, `+34 612 ${chars(r, DIG, 3)} ${chars(r, DIG, 3)}`, `+39 06 ${chars(r, DIG, 4)} ${chars(r, DIG, 4)}`])],
  ['credit-card', (r) => card(r, pick(r, ['4', '51', '37']), 16).replace(/(\d{4})(?=\d)/g, pick(r, ['$1 ', '$1-', '$1']))],
  ['iban', (r) => pick(r, [iban(r, 'DE', 22), iban(r, 'FR', 27), iban(r, 'NL', 18)])],
  ['us-ssn', (r) => ssn(r)],
  ['ip-address', (r) => pick(r, [`${int(r, 11, 223)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`, `2001:db8:${chars(r, HEX, 4)}::${chars(r, HEX, 3)}`])],
  ['mac', (r) => Array.from({ length: 6 }, () => chars(r, HEX, 2)).join(':')],
  ['uk-nino', (r) => `${pick(r, ['AB', 'JK', 'PR', 'ST'])}${chars(r, DIG, 6)}${pick(r, ['A', 'B', 'C', 'D'])}`],
  ['secret', (r) => pick(r, [secrets.github(r), secrets.awsKeyId(r), secrets.stripe(r)])],
];

/** Sentences carrying one personal value ({v}) per language (English for the rest). */
const CARRIER: Record<string, readonly string[]> = {
  en: ['You can reach me at {v} after {time}.', 'My details: {v}, please update the account.', 'Contact {name} on {v} about order {order}.', 'The number on file is {v}, is that right?'],
  de: ['Sie erreichen mich unter {v}.', 'Meine Angaben: {v}, bitte aktualisieren.', 'Bitte {name} kontaktieren: {v}.'],
  fr: ['Vous pouvez me joindre au {v}.', 'Mes coordonnées : {v}.', 'Contactez {name} au {v}.'],
  es: ['Mi contacto es {v}.', 'Pueden escribir a {name}: {v}.'],
  it: ['Potete contattarmi al {v}.', 'I miei dati: {v}.'],
  pt: ['Meu contato é {v}.', 'Falar com {name}: {v}.'],
  nl: ['U kunt mij bereiken op {v}.', 'Mijn gegevens: {v}.'],
};

function fill(r: Rand, template: string, value?: string): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => (slot === 'v' ? value! : slot === 'name' ? `${pick(r, FIRST)} ${pick(r, LAST)}` : neutral[slot]!(r)));
}

export interface FreeTextRecord {
  id: number;
  lang: string;
  channel: string;
  text: string;
  /** Types planted in `text` (none for most records). */
  planted: string[];
}

/** Record `id` of the corpus of `seed` (a PRNG stream per record: records can be made in any order). */
export function freeTextRecord(seed: number, id: number): FreeTextRecord {
  const r = rng((seed * 1_000_003 + id) | 0);
  const lang = pick(r, LANGS);
  const sentences: string[] = [];
  const planted: string[] = [];
  // Mostly short messages; one in ten is a long one (a forum post, an e-mail body).
  const n = r() < 0.1 ? int(r, 6, 16) : int(r, 1, 3);
  const carrier = r() < 0.075 ? int(r, 0, n - 1) : -1; // 7.5 % of records carry personal data
  for (let i = 0; i < n; i++) {
    if (i === carrier) {
      const [type, make] = pick(r, personal);
      planted.push(type);
      sentences.push(fill(r, pick(r, CARRIER[lang]!), make(r)));
    } else sentences.push(fill(r, pick(r, ORDINARY[lang]!)));
  }
  return { id, lang, channel: pick(r, ['email', 'chat', 'forum', 'ticket']), text: sentences.join(' '), planted };
}

/** A record as a line of JSON Lines (the planted types are not written: a scan must find them). */
export function freeTextLine(rec: FreeTextRecord): string {
  return `${JSON.stringify({ id: rec.id, lang: rec.lang, channel: rec.channel, text: rec.text })}\n`;
}
