// Tuning lines for issue 17's phones and cards in national and travel forms, written from the formats'
// published layouts: NCPDP SCRIPT (`<PrimaryTelephone><Number>`), message standards that put a generic
// `Number`/`Value` element under the element naming the kind; Danish and Norwegian numbers written in
// dotted pairs after `Tlf.`/`Mobil`; trunk-prefixed national numbers of regions the phone detector
// tries only with a cue (Indonesia, Malaysia, the Philippines, Thailand, Vietnam) in a manifest's rows;
// Sabre `PHONES` items (`1.CPH*…-M`) and Amadeus contact elements (`3 AP …`, `APM`, `APB`); Visa's
// thirteen digits printed 4-3-3-3 and Amadeus form-of-payment elements (`FP CCVI…/MMYY`); a Norwegian
// dating profile's `Send melding:`. The hard negatives stand in the same places: IPv4 addresses under
// `ip`/`host`, dotted versions, ids under `<Invoice><Number>`, part numbers, thirteen-digit order numbers,
// `FP CASH`, `TK OK…` ticketing lines, flight segments, a Dutch `Melding` report number. Every value is
// drawn at run time from a seeded PRNG (libphonenumber-js's example numbers with their last digits
// redrawn); each line carries its gold labels. A tuning set: the detectors are tuned on it, never
// judged by it alone.
import examples from 'libphonenumber-js/examples.mobile.json';
import { getExampleNumber, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { card, chars, int, pick, rng } from './personal-data.js';
import { Line, type LogLine } from './pii-log-tuning.js';

type R = () => number;
const DIG = '0123456789';

/** A valid mobile number of `region`: its example number with the last four to six digits redrawn. */
export function drawPhone(r: R, region: CountryCode, ok: (p: PhoneNumber) => boolean = () => true): PhoneNumber {
  const ex = getExampleNumber(region, examples)!;
  const nsn = String(ex.nationalNumber);
  for (let i = 0; i < 200; i++) {
    const keep = Math.max(2, nsn.length - int(r, 4, 6));
    const p = parsePhoneNumberFromString(`+${ex.countryCallingCode}${nsn.slice(0, keep)}${chars(r, DIG, nsn.length - keep)}`);
    if (p?.isValid() && p.country === region && ok(p)) return p;
  }
  throw new Error(`no number drawn for ${region}`);
}
const compact = (p: PhoneNumber) => p.formatNational().replace(/\D/g, '');
const dotted = (p: PhoneNumber) => p.formatNational().replace(/[\s-]+/g, '.');
/** Groups of at most 255 without a leading zero: the number written with dots reads as an IPv4 address. */
const quadSafe = (p: PhoneNumber) => dotted(p).split('.').every((g) => g.length <= 3 && Number(g) <= 255 && (g.length === 1 || g[0] !== '0')) && dotted(p).split('.').length === 4;
/** A number of `region` written in dotted pairs that read as an IPv4 address (Denmark, Norway's fixed lines). */
export const dottedQuadPhone = (r: R, region: 'DK' | 'NO') => dotted(drawPhone(r, region, quadSafe));

const person = (r: R) => `${pick(r, ['Anna', 'Lars', 'Budi', 'Siti', 'Nguyen Van', 'Maria', 'Kari', 'Somchai'])} ${pick(r, ['Hansen', 'Santoso', 'Tan', 'Reyes', 'Berg', 'Lopez', 'Dahl'])}`;
const ipv4 = (r: R) => `${pick(r, [81, 94, 185, 62, 37])}.${int(r, 1, 255)}.${int(r, 10, 255)}.${int(r, 1, 254)}`;
const version = (r: R) => `${int(r, 1, 9)}.${int(r, 0, 20)}.${int(r, 0, 9)}.${int(r, 0, 999)}`;
const orderId = (r: R) => `${int(r, 1, 9)}${chars(r, DIG, 9)}`;
const upperName = (r: R) => `${pick(r, ['HANSEN', 'BERG', 'KOWALSKI', 'NOVAK', 'VIRTANEN', 'DAHL'])}/${pick(r, ['ANNA', 'LARS', 'PIOTR', 'JANA', 'MIKKO', 'KARI'])} ${pick(r, ['MR', 'MRS', 'MS'])}`;
const flight = (r: R) => `${pick(r, ['LO', 'SK', 'AY', 'OK', 'DY'])} ${int(r, 100, 4999)}`;
const month = (r: R) => pick(r, ['JAN', 'MAR', 'JUN', 'SEP', 'DEC']);
const expiry = (r: R) => `${String(int(r, 1, 12)).padStart(2, '0')}${int(r, 27, 31)}`;
/** A Luhn-valid card of a scheme, with Amadeus's two-letter code for it. */
function schemeCard(r: R): [string, string] {
  const [code, prefix, len] = pick(r, [['VI', '4', 16], ['CA', `5${int(r, 1, 5)}`, 16], ['AX', pick(r, ['34', '37']), 15], ['DC', '36', 14], ['JC', '35', 16], ['VI', '4', 13]] as const);
  return [code, card(r, prefix, len)];
}
/** Thirteen digits grouped 4-3-3-3. */
const fourThrees = (d: string, sep: string) => [d.slice(0, 4), d.slice(4, 7), d.slice(7, 10), d.slice(10)].join(sep);

/**
 * NCPDP SCRIPT and other message standards: the kind in the parent element (a compound name, whose phone
 * word starts no word of the text: `PrimaryTelephone`, `HomePhone`), the value in a generic child.
 */
function markupParent(r: R): Line {
  const l = new Line('markup-parent');
  const region = pick(r, ['US', 'US', 'DE', 'IT', 'NL'] as const);
  const p = drawPhone(r, region);
  const value = region === 'US' ? pick(r, [compact(p), p.formatNational()]) : p.number.slice(1);
  const parent = pick(r, ['PrimaryTelephone', 'HomePhone', 'MobileTelephone', 'WorkTelephone', 'CellularPhone']);
  const child = pick(r, ['Number', 'Value', 'Numero']);
  l.t('<Patient><CommunicationNumbers>').t(`<${parent}><${child}>`).pii('phone', value).t(`</${child}></${parent}></CommunicationNumbers></Patient>`);
  l.t('<Prescription><Number>').neg('rx-number', orderId(r)).t('</Number><Quantity><Value>').neg('quantity', String(int(r, 10, 900))).t('</Value></Quantity>');
  return l.t('<Invoice><Number>').neg('invoice-number', orderId(r)).t('</Number></Invoice>');
}

/** Danish and Norwegian numbers in dotted pairs after a phone word; addresses and versions beside them. */
function dottedPairs(r: R): Line {
  const l = new Line('dotted-pairs');
  const region = pick(r, ['DK', 'NO'] as const);
  l.t(`${pick(r, ['Ejer', 'Eier', 'Kontakt'])}: ${person(r)}\n${pick(r, ['Tlf.', 'Tlf:', 'Mobil:', 'Telefon:'])} `).pii('phone', dottedQuadPhone(r, region));
  l.t(`\nRouter ${pick(r, ['IP', 'host', 'ip-adresse'])} `).pii('ip-address', ipv4(r)).t(`, firmware ${pick(r, ['v', 'version '])}`).neg('version', version(r));
  return l.t(', build ').neg('version', version(r)).t('\n');
}

/** A tour manifest's rows: trunk-prefixed national numbers of the travellers' regions, as each region writes them. */
function manifestRows(r: R): Line {
  const l = new Line('manifest');
  const region = pick(r, ['ID', 'ID', 'MY', 'PH', 'TH', 'VN'] as const);
  const p = drawPhone(r, region);
  const written = region === 'ID' || region === 'MY' ? pick(r, [p.formatNational(), p.formatNational().replace(/\s+/g, '-')]) : p.formatNational();
  l.t(`${int(r, 1, 9)}. ${person(r)} | `).pii('phone', written).t(` | ${pick(r, ['twin', 'double', 'single'])} | art. `);
  // A part number of four, four and two digits (no region's format) and a flight stay unmasked.
  return l.neg('part-number', `0${chars(r, DIG, 3)}-${chars(r, DIG, 4)}-${chars(r, DIG, 2)}`).t(' | ').neg('flight', flight(r)).t('\n');
}

/** A Sabre PNR: phones under PHONES, the city code and "*" glued to the number, its type after it. */
function sabrePnr(r: R): Line {
  const l = new Line('sabre');
  l.t(`*A\n 1.1${upperName(r)}\n 1 `).neg('flight', flight(r)).t(`Y ${int(r, 10, 28)}${month(r)} M OSLCPH SS1  ${chars(r, DIG, 4)}P ${chars(r, DIG, 4)}P /E\nTKT/TIME LIMIT\n  1.TAW/\nPHONES\n`);
  const region = pick(r, ['SE', 'NO', 'DK', 'FI'] as const);
  const p = drawPhone(r, region);
  l.t(`  1.${pick(r, ['STO', 'OSL', 'CPH', 'HEL'])}*`).pii('phone', pick(r, [compact(p), p.number, p.formatNational()])).t(`-${pick(r, ['M', 'H', 'B'])}\n`);
  return l.t('RECEIVED FROM - PAX\n');
}

/** An Amadeus PNR: the contact element AP (APM, APB), the form of payment FP, the ticketing element TK. */
function amadeusPnr(r: R): Line {
  const l = new Line('amadeus');
  l.t(`RP/${pick(r, ['WAWLO08AA', 'PRGOK0100', 'HELAY08AB'])}/\n  1.${upperName(r)}\n  2  `).neg('flight', flight(r)).t(` Y ${int(r, 1, 28)}${month(r)} ${int(r, 1, 7)} WAWLHR DK1  ${chars(r, DIG, 4)} ${chars(r, DIG, 4)}  E0 320\n`);
  const region = pick(r, ['PL', 'CZ', 'FI', 'TR'] as const);
  const p = drawPhone(r, region);
  l.t(`  3 ${pick(r, ['AP', 'AP', 'APM', 'APB'])} `).pii('phone', pick(r, [p.formatNational(), p.formatInternational(), compact(p)])).t('\n');
  if (r() < 0.7) {
    const [code, digits] = schemeCard(r);
    l.t(`  4 FP CC${code}`).pii('credit-card', digits).t(`/${expiry(r)}\n`);
  } else l.t(`  4 FP ${pick(r, ['CASH', 'CHECK'])}\n`);
  return l.t(`  5 TK OK${int(r, 1, 28)}${month(r)}/WAWLO08AA\n  6 RM NOTIFY PAX ON SKD CHG\n`);
}

/** Visa's thirteen digits printed 4-3-3-3 after a card word; thirteen-digit order numbers in the same groups without one. */
function visaThirteen(r: R): Line {
  const l = new Line('visa13');
  const sep = pick(r, [' ', '-']);
  l.t(`${pick(r, ['Card', 'Visa', 'Karte', 'Tarjeta', 'Carte'])}: `).pii('credit-card', fourThrees(card(r, '4', 13), sep)).t(`, exp ${expiry(r)}. `);
  return l.t(`${pick(r, ['Order', 'Ref', 'Batch'])} `).neg('order-number', fourThrees(`${int(r, 1, 9)}${chars(r, DIG, 12)}`, sep)).t(`, ${pick(r, ['Sendung', 'Lot'])} `).neg('order-in-fours', `${chars(r, '123456789', 1)}${chars(r, DIG, 3)} ${chars(r, DIG, 4)} ${chars(r, DIG, 4)} ${chars(r, DIG, 1)}`).t('\n');
}

/** A Norwegian or Danish profile's "send a message" before the number; a Dutch report number after `Melding`. */
function sendMessage(r: R): Line {
  const l = new Line('send-message');
  const region = pick(r, ['NO', 'DK'] as const);
  const p = drawPhone(r, region);
  l.t(`Hei, jeg er ${person(r)}, ${int(r, 21, 55)} · ${int(r, 150, 198)} cm\n${pick(r, ['Send melding', 'Send meg en melding', 'Send en besked'])}: `).pii('phone', pick(r, [p.formatInternational(), p.number, p.formatNational()])).t('\n');
  return l.t('Melding ').neg('report-number', `0${pick(r, ['6'])}${chars(r, DIG, 8)}`).t(' afgehandeld\n');
}

export const FORMS_FORMATS = ['markup-parent', 'dotted-pairs', 'manifest', 'sabre', 'amadeus', 'visa13', 'send-message'] as const;
const MAKERS = [markupParent, dottedPairs, manifestRows, sabrePnr, amadeusPnr, visaThirteen, sendMessage];

/** `perFormat` lines of each format from `seed`. */
export function formsTuningSet(seed = 17, perFormat = 12): LogLine[] {
  const r = rng(seed);
  return MAKERS.flatMap((make) => Array.from({ length: perFormat }, () => make(r).done()));
}

/**
 * A national export's columns (the names of Danish, Spanish, Indonesian, Turkish, Finnish and Hungarian
 * customer lists), each of one region's numbers as written there, and columns of addresses and versions
 * written with the same dots: generators for scanGeneratedTable.
 */
export const FORMS_COLUMNS: Record<string, (r: R) => string> = {
  mobil: (r) => dottedQuadPhone(r, 'DK'),
  telefon: (r) => dottedQuadPhone(r, pick(r, ['DK', 'NO'] as const)),
  'móvil': (r) => dotted(drawPhone(r, 'ES')),
  no_hp: (r) => { const p = drawPhone(r, pick(r, ['ID', 'MY'] as const)); return pick(r, [p.formatNational(), p.formatNational().replace(/\s+/g, '-')]); },
  cep_telefonu: (r) => compact(drawPhone(r, 'TR')),
  puhelin: (r) => drawPhone(r, 'FI').formatNational().replace(/\s+/g, '-'),
  ip: (r) => ipv4(r),
  host: (r) => ipv4(r),
  firmware: (r) => version(r),
  // A neutral name over cards of every scheme and form, Visa's thirteen digits among them; over thirteen-digit ids.
  c1: (r) => { const [, d] = schemeCard(r); const form = int(r, 0, 2); return form === 0 ? d : d.length === 13 ? fourThrees(d, form === 1 ? ' ' : '-') : d.replace(/(\d{4})(?=\d)/g, form === 1 ? '$1 ' : '$1-'); },
  c2: (r) => `${int(r, 1, 9)}${chars(r, DIG, 12)}`,
};
/** What the scan must make of each column: the phones and addresses masked as such, the versions kept. */
export const FORMS_COLUMN_TYPES: Record<string, string | null> = { mobil: 'phone', telefon: 'phone', 'móvil': 'phone', no_hp: 'phone', cep_telefonu: 'phone', puhelin: 'phone', ip: 'ip-address', host: 'ip-address', firmware: null, c1: 'credit-card', c2: null };
