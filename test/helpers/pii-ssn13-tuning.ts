// Tuning cases for issue 17's set-13 classes on routing numbers, shipping codes and phone extensions,
// written from the formats' own documentation, never from a judge set:
// - ABA routing transit numbers (the ABA's check digit: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0
//   mod 10; the first two digits a Federal Reserve district 01–12, a thrift's 21–32, an electronic
//   one's 61–72, 80 traveller's cheques) in a neutral column, and on a cheque's MICR line (E-13B:
//   `⑆routing⑆ account⑈ cheque`), with a phone word nearby.
// - ISO 6346 container numbers (owner code, category U/J/Z, six digits and a check digit weighted 2^i,
//   mod 11) in a bill of lading, a gate-in log and an arrival notice, as carriers write them (a blank
//   between owner and serial, the check digit apart or in a box); IMO ship numbers (`IMO-Nr.`,
//   `n° OMI`, six digits weighted 7…2), with the consignee's phone beside them.
// - Extensions written after a phone in the words of its country (ITU-T E.123 leaves them to local
//   use): Swiss German `Nebenstelle`, Italian `int.`, Polish `wew.`, Swedish `anknytning`, Spanish
//   `anexo`, Czech `klapka`, Dutch `toestel`, Brazilian `Ramal`, French `Poste`, English `ext.`; and
//   words after a number that are no extension (`intern`, `poste restante`).
// - GS1-128 pallet labels (an SSCC after its application identifier `(00)`, GS1 check digit) that a
//   card's Luhn and issuer range also accept; weights and lengths after a label (`GROSS WEIGHT 12 345 KG`).
// - Indonesian and Bangladeshi mobiles written in their national format as a CSV line's field; a
//   Vietnamese or Malaysian mobile after `my number is` in a chat.
// Every value is built at run time from parts.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { chars, int, pick, rng } from './personal-data.js';
import type { TuningCase } from './pii-tuning-set.js';

type R = () => number;
const DIG = '0123456789';
const none: TuningCase['want'] = [];
const phoneWant = (value: string) => ({ type: 'phone', value });

/** A valid ABA routing number: a district's two digits, six random ones, the check digit. */
export function abaRouting(r: R): string {
  const lead = pick(r, ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32', '61', '63', '67', '71', '80']);
  const d = lead + chars(r, DIG, 6);
  const n = (i: number) => d.charCodeAt(i) - 48;
  const sum = 3 * (n(0) + n(3) + n(6)) + 7 * (n(1) + n(4) + n(7)) + (n(2) + n(5));
  return d + String((10 - (sum % 10)) % 10);
}

const LETTER = [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38];

/** An ISO 6346 container number's parts: owner and category, six serial digits, the check digit. */
export function container(r: R): [string, string, string] {
  const owner = chars(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 3) + pick(r, ['U', 'U', 'U', 'J', 'Z']);
  const serial = chars(r, DIG, 6);
  const code = owner + serial;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const c = code.charCodeAt(i);
    sum += (c >= 65 ? LETTER[c - 65]! : c - 48) * 2 ** i;
  }
  return [owner, serial, String((sum % 11) % 10)];
}

/** An IMO ship number: seven digits, the last the sum of the first six weighted 7…2, mod 10. */
export function imoNumber(r: R): string {
  const d = String(int(r, 7, 9)) + chars(r, DIG, 5);
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += (d.charCodeAt(i) - 48) * (7 - i);
  return d + String(sum % 10);
}

/** A valid number of `region` written in its national (or international) format. */
function phoneOf(r: R, region: CountryCode, starts: readonly string[], length: number, intl: boolean): string {
  for (;;) {
    const national = pick(r, starts) + chars(r, DIG, length);
    const p = parsePhoneNumberFromString(national, region);
    if (p?.isValid()) return intl ? p.formatInternational() : p.formatNational();
  }
}

const EXTENDED: ReadonlyArray<{ region: CountryCode; starts: readonly string[]; length: number; words: readonly string[]; label: string }> = [
  { region: 'CH', starts: ['044', '031', '061'], length: 7, words: ['Nebenstelle', 'Durchwahl'], label: 'Telefon' },
  { region: 'IT', starts: ['02', '06', '011'], length: 7, words: ['int.', 'Interno'], label: 'Tel.' },
  { region: 'PL', starts: ['22', '12', '61'], length: 7, words: ['wew.', 'Wewn.'], label: 'tel.' },
  { region: 'SE', starts: ['08', '031', '040'], length: 7, words: ['anknytning', 'Ankn.'], label: 'Telefon' },
  { region: 'ES', starts: ['91', '93', '96'], length: 7, words: ['anexo', 'ext.'], label: 'Teléfono' },
  { region: 'CZ', starts: ['2', '5'], length: 8, words: ['klapka', 'linka'], label: 'Tel.' },
  { region: 'NL', starts: ['020', '010', '030'], length: 7, words: ['toestel', 'tst.'], label: 'Telefoon' },
  { region: 'BR', starts: ['11', '21', '31'], length: 8, words: ['Ramal', 'ramal'], label: 'Telefone' },
  { region: 'FR', starts: ['01', '04', '05'], length: 8, words: ['Poste', 'poste'], label: 'Tél.' },
  { region: 'AT', starts: ['01', '0316', '0512'], length: 6, words: ['DW', 'Durchwahl'], label: 'Tel.' },
];

/** A phone with its extension in its own country's word: the number and the extension, one span. */
function extensionCases(r: R): TuningCase[] {
  return EXTENDED.map((e) => {
    const number = `${phoneOf(r, e.region, e.starts, e.length, r() < 0.4)} ${pick(r, e.words)} ${chars(r, '123456789', int(r, 2, 4))}`;
    const text = pick(r, [`${e.label}: ${number}`, `Kontakt / contact ${number}`, `${e.label} ${number} (${pick(r, ['Empfang', 'reception', 'recepción', 'secretariat'])})`]);
    return { kind: `extension-${e.region}`, text, want: [phoneWant(number)] };
  });
}

/** A number followed by a word that is no extension: the number alone. */
function noExtensionCases(r: R): TuningCase[] {
  const ch = phoneOf(r, 'CH', ['044', '031'], 7, false);
  const fr = phoneOf(r, 'FR', ['01', '04'], 8, false);
  const it = phoneOf(r, 'IT', ['02', '06'], 7, false);
  return [
    { kind: 'no-extension', text: `Telefon ${ch} intern weiterleiten`, want: [phoneWant(ch)] },
    { kind: 'no-extension', text: `Tél. ${fr} poste restante`, want: [phoneWant(fr)] },
    { kind: 'no-extension', text: `Tel. ${it} interno del reparto`, want: [phoneWant(it)] },
  ];
}

/** Containers and ships beside a phone word, the consignee's phone after them. */
function shippingCases(r: R): TuningCase[] {
  const [o1, s1, c1] = container(r);
  const [o2, s2, c2] = container(r);
  const [o3, s3, c3] = container(r);
  const imo = imoNumber(r);
  const de = phoneOf(r, 'DE', ['040', '0421', '0471'], 7, true);
  const nl = phoneOf(r, 'NL', ['010', '020'], 7, true);
  return [
    { kind: 'container-bl', text: `BILL OF LADING  Notify party: call on arrival\nContainer no.: ${o1} ${s1} ${c1}  Seal: ${chars(r, DIG, 7)}\nConsignee phone ${de}`, want: [phoneWant(de)] },
    { kind: 'container-gate', text: `gate-in ${o2} ${s2}-${c2} 45G1 tare ${int(r, 3000, 4200)} KG; driver tel. see slip`, want: none },
    { kind: 'container-notice', text: `Arrival notice — please call the terminal.\nEquipment: ${o3} ${s3} ${c3}\nTel. ${nl}`, want: [phoneWant(nl)] },
    { kind: 'imo', text: `schiff IMO-Nr. ${imo}, flagge ${pick(r, ['DE', 'LR', 'PA'])}; tel. an bord ${de}`, want: [phoneWant(de)] },
    { kind: 'imo', text: `navire n° OMI ${imo}, contact : appelez le bord au ${nl}`, want: [phoneWant(nl)] },
  ];
}

/** A cheque's MICR line, with the drawer's phone in its header. */
function micrCases(r: R): TuningCase[] {
  const us = phoneOf(r, 'US', ['212', '415', '617'], 7, false);
  const account = chars(r, DIG, int(r, 8, 12));
  return [
    { kind: 'micr', text: `Pay to the order of ACME Supply Co.   Tel ${us}\nMemo: call re. order\n\u2446${abaRouting(r)}\u2446 ${account}\u2448 ${chars(r, DIG, 4)}`, want: [phoneWant(us)] },
    { kind: 'micr', text: `scanned cheque (call centre copy): \u2448${chars(r, DIG, 4)}\u2448 \u2446${abaRouting(r)}\u2446 ${account}\u2448`, want: none },
  ];
}

/** A GS1 check digit (weights 3 and 1 from the right) after `body`. */
function gs1(body: string): string {
  let s = 0;
  for (let i = 0; i < body.length; i++) s += (body.charCodeAt(body.length - 1 - i) - 48) * (i % 2 === 0 ? 3 : 1);
  return body + String((10 - (s % 10)) % 10);
}

/** An SSCC (extension digit 3, a GS1 company prefix) that a card check also accepts: Luhn and JCB's 35. */
function ssccLikeCard(r: R): string {
  for (;;) {
    const v = gs1('35' + chars(r, DIG, 15));
    let sum = 0;
    for (let i = 0; i < 18; i++) {
      let x = v.charCodeAt(17 - i) - 48;
      if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return v;
  }
}

/** Pallet labels (GS1-128 human-readable lines) and weights written with their unit after a label. */
function labelCases(r: R): TuningCase[] {
  return [
    { kind: 'sscc', text: `Wareneingang Palette (00) ${ssccLikeCard(r)} — Zahlung per Karte`, want: none },
    { kind: 'sscc', text: `pallet label (00)${ssccLikeCard(r)} (02) ${gs1('0' + chars(r, DIG, 12))} (37) ${int(r, 2, 48)} card on file`, want: none },
    { kind: 'measurement', text: `GROSS WEIGHT ${int(r, 10, 40)} ${chars(r, DIG, 3)} KG\nDELIVERY ADDRESS: see consignee`, want: none },
    { kind: 'measurement', text: `Address label. Length ${int(r, 100, 900)} mm, width ${int(r, 10, 90)} cm`, want: none },
  ];
}

/** An Indonesian or Bangladeshi mobile in its national format (dashed), a field of a CSV line; its digits in other groups stay. */
function csvFieldCases(r: R): TuningCase[] {
  const id = `08${pick(r, ['12', '13', '52', '57'])}-${chars(r, DIG, 4)}-${chars(r, DIG, 4)}`;
  const bd = `01${pick(r, ['8', '9', '5'])}${chars(r, DIG, 2)}-${chars(r, DIG, 6)}`;
  // The same digits in groups no national format writes: a reference, as without a cue before.
  const regrouped = `${bd.slice(0, 3)}-${bd.slice(3, 5)}-${bd.slice(6)}`;
  return [
    { kind: 'csv-national', text: `peserta,kantor cabang,${id}\npeserta,lain`, want: [phoneWant(id)] },
    { kind: 'csv-national', text: `member,dhaka branch,${bd}\nmember,other`, want: [phoneWant(bd)] },
    { kind: 'csv-national', text: `invoice,paid,${regrouped}\ninvoice,open`, want: none },
  ];
}

/** A chat message giving one's own number in a cued region's national form (Vietnam, Malaysia); an order's number stays. */
function chatCases(r: R): TuningCase[] {
  // Vietnam's 09x mobiles 4-3-3, Malaysia's 012-3456789.
  const ph = r() < 0.5 ? `09${pick(r, ['12', '13', '03'])}-${chars(r, DIG, 3)}-${chars(r, DIG, 3)}` : `01${pick(r, ['2', '6', '9'])}-${chars(r, '123456789', 1)}${chars(r, DIG, 6)}`;
  const order = chars(r, '123456789', 1) + chars(r, DIG, 9);
  return [
    { kind: 'chat-own-number', text: `ok po, my number is ${ph}, text anytime`, want: [phoneWant(ph)] },
    { kind: 'chat-own-number', text: `my order number is ${order}`, want: none },
  ];
}

/** The set-13 text classes for a seed. */
export function ssn13TuningSet(seed: number): TuningCase[] {
  const r = rng(seed);
  return [...extensionCases(r), ...noExtensionCases(r), ...shippingCases(r), ...micrCases(r), ...labelCases(r), ...csvFieldCases(r), ...chatCases(r)];
}
