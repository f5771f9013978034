// Tuning cases for the written forms of phones, versions and grouped cards (issue 17, helper
// `phoneforms`): national numbers written with dots or hyphens as their regions write them
// (libphonenumber-js's national formats, separators swapped), Argentine forms, E.164 digits without
// their "+" under a phone's key, software versions of three to five dotted parts (the hard
// negatives), and UnionPay numbers printed in groups. Generated from the formats' rules, seeded;
// values built at run time. Not a held-out set: the detectors are tuned on it.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { card as luhnNumber, chars, int, pick, rng } from './personal-data.js';
import { luhn } from '../../checks/pii/detectors/credit-card.js';
import { mobile, type TuningCase } from './pii-tuning-set.js';

const DIG = '0123456789';

const phone = (value: string) => ({ type: 'phone', value });
const card = (value: string) => ({ type: 'credit-card', value });

/** A national number of `region` as its format writes it, the spaces and hyphens (and brackets) made `sep`. */
function nationalWith(r: () => number, region: CountryCode, sep: string): string {
  const n = mobile(r, region)!;
  return n
    .formatNational()
    .replace(/[()]/g, '')
    .split(/[ -]+/)
    .join(sep);
}

/** Regions whose national numbers are written with dots (trunk-prefixed or not). */
const DOT_REGIONS: readonly CountryCode[] = ['DE', 'GB', 'IN', 'SG', 'DK', 'FI', 'CO', 'AT', 'FR', 'BE', 'CH', 'ES', 'PT', 'NL'];
/** Regions whose national numbers are written with hyphens. */
const HYPHEN_REGIONS: readonly CountryCode[] = ['RU', 'TR', 'MX', 'LU', 'DE', 'AT', 'PL', 'CZ'];
/** Phone words before a number (several languages). */
const CUES = ['Tel.', 'Telefon:', 'tél.', 'Tlf.', 'puh.', 'Handy', 'mobile:', 'Тел.', 'phone'];
/** Sentences around a number without a phone word. */
const PLAIN = ['Erreichbar unter %, danke.', 'You can reach the office at % until five.', 'Mon numéro est le % le soir.', 'Numero % dopo le 18.', 'Soita numeroon % huomenna.'];

function inSentence(template: string, value: string): string {
  return template.replace('%', value);
}

/** Phones written with dots and hyphens in national form, with and without a phone word. */
function nationalForms(r: () => number, out: TuningCase[]): void {
  for (const region of DOT_REGIONS) {
    const v = nationalWith(r, region, '.');
    // Four dotted parts of at most 255 (Denmark's `34.41.78.54`) are an IPv4 address whatever the word before.
    if (/^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(v)) continue;
    out.push({ kind: `phone-dots-${region}`, text: `${pick(r, CUES)} ${v}`, want: [phone(v)] });
    // Nine digits or more in dots are a written shape without a word; eight or fewer need one (a part
    // number), and so do two groups without a trunk "0" (`8123.4567`: a decimal's shape).
    if (v.replace(/\D/g, '').length >= 9 && (v.startsWith('0') || v.split('.').length > 2)) out.push({ kind: `phone-dots-${region}`, text: inSentence(pick(r, PLAIN), v), want: [phone(v)] });
  }
  for (const region of HYPHEN_REGIONS) {
    const v = nationalWith(r, region, '-');
    out.push({ kind: `phone-hyphens-${region}`, text: `${pick(r, CUES)} ${v}`, want: [phone(v)] });
    out.push({ kind: `phone-hyphens-${region}`, text: inSentence(pick(r, PLAIN), v), want: [phone(v)] });
  }
}

/** A valid Argentine number of the form `make` writes, the digits drawn until the plan accepts one. */
function argentine(r: () => number, make: (r: () => number) => string): string {
  for (;;) {
    const v = make(r);
    if (parsePhoneNumberFromString(v, 'AR')?.isValid()) return v;
  }
}

/** Argentine national forms: Buenos Aires landlines, mobiles with the `15` prefix, thin spaces. */
function argentineForms(r: () => number, out: TuningCase[]): void {
  const line = () => `${int(r, 4, 6)}${chars(r, DIG, 3)}-${chars(r, DIG, 4)}`;
  const fixed = argentine(r, () => `011 ${line()}`);
  const fixedBr = argentine(r, () => `(011) ${line()}`);
  const mob = argentine(r, () => `011 15-${int(r, 2, 6)}${chars(r, DIG, 3)}-${chars(r, DIG, 4)}`);
  const thin = mob.replace(' ', '\u2009');
  out.push({ kind: 'phone-ar', text: `Llamame al ${fixed} por la tarde`, want: [phone(fixed)] });
  out.push({ kind: 'phone-ar', text: `Oficina: ${fixedBr}`, want: [phone(fixedBr)] });
  out.push({ kind: 'phone-ar', text: `Celular ${mob}`, want: [phone(mob)] });
  out.push({ kind: 'phone-ar', text: `mi número es ${thin}.`, want: [phone(thin)] });
}

/** E.164 digits without their "+" under a phone's key (telecom records: MSISDN, A/B numbers). */
function msisdnForms(r: () => number, out: TuningCase[]): void {
  const e164 = () => mobile(r, pick(r, ['DE', 'GB', 'FR', 'IT', 'ES', 'NL', 'AT', 'CH', 'SE', 'PL'] as CountryCode[]))!.number.slice(1);
  const a = e164();
  const b = e164();
  for (const key of ['msisdn', 'servedMSISDN', 'caller', 'a_number', 'callingNumber', 'calledPartyNumber']) {
    const v = e164();
    out.push({ kind: 'phone-msisdn-field', text: v, context: key, want: [phone(v)] });
  }
  out.push({ kind: 'phone-msisdn-text', text: `MSISDN: ${a}`, want: [phone(a)] });
  // Hard negatives beside the MSISDN in a call record: IMEI (Luhn, 15 digits), IMSI (15 digits), epoch, cell id, version.
  const imei = luhnNumber(r, '35', 15);
  const imsi = pick(r, ['262', '234', '208', '222']) + pick(r, ['01', '02', '10']) + chars(r, DIG, 10);
  const epoch = String(int(r, 1_600_000_000, 1_800_000_000));
  const cdr = `{"msisdn":"${a}","imei":"${imei}","imsi":"${imsi}","start_time":${epoch},"cell_id":${int(r, 10000, 99999)},"sw_version":"${version(r)}"}`;
  out.push({ kind: 'phone-msisdn-cdr', text: cdr, want: [phone(a)] });
  for (const [key, v] of [['imei', imei], ['imsi', imsi], ['event_ts', epoch]] as const) out.push({ kind: 'not-phone-cdr-field', text: v, context: key, want: [] });
  out.push({ kind: 'phone-msisdn-text', text: `cdr a_number=${a} b_number=${b} dur=${int(r, 1, 900)}`, want: [phone(a), phone(b)] });
  out.push({ kind: 'phone-msisdn-text', text: `{"caller":"${a}","callee":"${b}"}`, want: [phone(a), phone(b)] });
  // A key names the value after it, camelCase included (no phone word starts a word of the text there).
  out.push({ kind: 'phone-msisdn-key', text: `{"recordType":1,"servedMSISDN":"${a}","duration":${int(r, 1, 900)}}`, want: [phone(a)] });
  out.push({ kind: 'phone-msisdn-key', text: `{"servedMSISDN":"${b}"}`, want: [phone(b)] });
  out.push({ kind: 'phone-msisdn-key', text: `subscriberMobile=${a}`, want: [phone(a)] });
  // Keys whose words are not a phone's, though a phone word hides inside one: a cell id, a contact id, a hotel id.
  for (const key of ['cell_id', 'contactId', 'hotel_id', 'callId']) out.push({ kind: 'not-phone-key', text: `{"${key}":"${e164()}"}`, want: [] });
}

/** National forms in running text of their languages (Italy, Switzerland, France, Finland). */
function runningText(r: () => number, out: TuningCase[]): void {
  const forms: Array<[CountryCode, string]> = [
    ['IT', 'Per informazioni chiamate il numero % dal lunedì al venerdì.'],
    ['CH', 'Sie erreichen uns unter % oder per E-Mail.'],
    ['FR', 'Vous pouvez nous joindre au % du lundi au vendredi.'],
    ['FI', 'Asiakaspalvelu palvelee numerossa % arkisin.'],
  ];
  for (const [region, template] of forms) {
    const v = mobile(r, region)!.formatNational();
    out.push({ kind: `phone-text-${region}`, text: inSentence(template, v), want: [phone(v)] });
  }
}

/** A software version: three to five dotted parts, the first without a leading zero, build numbers of uneven width. */
function version(r: () => number): string {
  for (;;) {
    const parts = [String(int(r, 1, 30))];
    const n = int(r, 3, 5);
    while (parts.length < n - 1) parts.push(String(int(r, 0, pick(r, [9, 99, 999]))));
    parts.push(String(int(r, 100, pick(r, [9999, 99999]))));
    const v = parts.join('.');
    if (v.replace(/\D/g, '').length >= 7) return v;
  }
}

/** A version whose every part has two digits or more and whose build number is not last (`4.18.2304.12` without a lone digit: `14.22.2304.12`). */
function versionBuildInside(r: () => number): string {
  return [int(r, 10, 30), int(r, 10, 99), int(r, 1000, 9999), int(r, 10, 99)].join('.');
}

/** Versions in text, JSON Lines fields and table cells: never a phone. */
function versions(r: () => number, out: TuningCase[]): void {
  const texts = ['fw %', 'build %', 'firmware % installed', 'Version %', 'upgraded to % last night', 'running %', '% (stable)', 'agent/% linux', 'MyApp/% (Android 14)', 'kernel % ok', 'release %'];
  for (const t of texts) out.push({ kind: 'version-text', text: inSentence(t, version(r)), want: [] });
  for (const key of ['firmware', 'fw_version', 'build', 'sw', 'agentVersion', 'release', 'os_build', 'driver', 'app_ver', 'bios']) {
    const v = version(r);
    out.push({ kind: 'version-field', text: `{"${key}":"${v}","status":"ok"}`, want: [] });
    out.push({ kind: 'version-cell', text: v, context: key, want: [] });
  }
  out.push({ kind: 'version-bare', text: version(r), want: [] });
  out.push({ kind: 'version-build-inside', text: `installed ${versionBuildInside(r)} today`, want: [] });
  out.push({ kind: 'version-build-inside', text: versionBuildInside(r), context: 'value', want: [] });
  out.push({ kind: 'version-bare', text: version(r), context: 'value', want: [] });
}

/** A Luhn-valid UnionPay number (62…) of `n` digits. */
const unionPay = (r: () => number, n: number): string => luhnNumber(r, '62', n);

/** UnionPay numbers as printed: fours with a shorter last group, or six then the rest; spaces (also no-break and thin) or dashes. */
function unionPayForms(r: () => number, out: TuningCase[]): void {
  for (const n of [16, 17, 18, 19]) {
    const d = unionPay(r, n);
    const sep = pick(r, [' ', '-']);
    const fours = d.match(/.{1,4}/g)!.join(sep);
    // 17 or 18 digits in spaced groups whose first sixteen pass Luhn read as a 16-digit card and a number
    // after it (a booking text's date: `4111 1111 1111 1111 06 12`), the documented cost of that rule.
    const found = sep === ' ' && n < 19 && n > 16 && luhn(d.slice(0, 16)) ? fours.slice(0, 19) : fours;
    out.push({ kind: 'card-unionpay-fours', text: `${pick(r, ['card', 'UnionPay', 'paid with', 'karta'])} ${fours}`, want: [card(found)] });
  }
  // Typeset pages and word processors put no-break or thin spaces between the groups.
  const wide = unionPay(r, pick(r, [16, 19]))
    .match(/.{1,4}/g)!
    .join(pick(r, ['\u00a0', '\u2009', '\u202f']));
  out.push({ kind: 'card-unionpay-wide-space', text: `Kartennummer ${wide}`, want: [card(wide)] });
  out.push({ kind: 'card-unionpay-wide-space', text: wide, context: 'pan', want: [card(wide)] });
  const d19 = unionPay(r, 19);
  const six = `${d19.slice(0, 6)} ${d19.slice(6)}`;
  out.push({ kind: 'card-unionpay-six', text: `银联卡 ${six}`, want: [card(six)] });
  out.push({ kind: 'card-unionpay-six', text: six, context: 'card_no', want: [card(six)] });
}

/** The phone-forms tuning set of one seed. */
export function phoneFormsSet(seed = 17): TuningCase[] {
  const r = rng(seed * 7919 + 3);
  const out: TuningCase[] = [];
  nationalForms(r, out);
  argentineForms(r, out);
  msisdnForms(r, out);
  runningText(r, out);
  versions(r, out);
  unionPayForms(r, out);
  return out;
}
