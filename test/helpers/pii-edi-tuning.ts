// A tuning corpus for phones in URIs and EDI segments (issue 17, set-8 classes P), written from the
// formats' definitions: RFC 3966 `tel:` URIs (global numbers with visual separators, `;ext=`/`;isub=`,
// local numbers with `phone-context`) in HTML links, vCard 4 (RFC 6350 `TEL;VALUE=uri:tel:…`) and text;
// vCard 3.0 `TEL;TYPE=…:` lines (RFC 2426); ANSI X12 PER segments (PER03–PER08: qualifier 365 and number,
// `*` between elements, `~` ending) and UN/EDIFACT COM segments (3148 number `:` 3155 qualifier, `?`
// releasing a `+`, `'` ending), after CTA contacts, and phones in EDIFACT free text (FTX, NAD) beside the
// segments' codes and references; and the envelopes' control numbers (X12 ISA13, GS06,
// ST02 and their trailers, TA1, 997 AK1/AK2; EDIFACT UNB/UNZ, UNH/UNT) and party ids (ISA06/08 DUNS numbers,
// GS02/03), which are no phones, also in running text. Values drawn at run time from a seeded PRNG; a tuning set, never a judge.
import type { CountryCode } from 'libphonenumber-js/max';
import { chars, int, pad, pick, rng } from './personal-data.js';
import { mobile } from './pii-tuning-set.js';
import { build, measureSamples, type Sample } from './pii-voip-tuning.js';

export { measureSamples, rng };
export type { Sample };
type R = () => number;
const DIG = '0123456789';

/** The regions whose international forms EDI partners write (set-8 classes P), and two more. */
const REGIONS: readonly CountryCode[] = ['AT', 'BE', 'FR', 'PL', 'NL', 'DE', 'US', 'GB'];

/** A valid number of a region in one of the written forms a contact record holds. */
function written(r: R, region: CountryCode = pick(r, REGIONS)): string {
  const n = mobile(r, region)!;
  const intl = n.formatInternational();
  const cc = intl.slice(0, intl.indexOf(' '));
  const e164 = n.number as string;
  return pick(r, [
    intl, // +43 664 1234567
    '00' + intl.slice(1), // 0043 664 1234567
    region === 'US' ? intl : `${cc} (0)${intl.slice(cc.length + 1)}`, // +32 (0)2 …
    e164, // +436641234567
    '00' + e164.slice(1), // 00436641234567
    n.formatNational(), // 0664 1234567, (201) 555-0123
  ]);
}

/** A global tel: URI's number: E.164 with hyphens or dots between the groups, or none, or percent-encoded spaces (and "+"). */
function globalTel(r: R): string {
  const intl = mobile(r, pick(r, REGIONS))!.formatInternational();
  return pick(r, [intl.replace(/ /g, '-'), intl.replace(/ /g, '.'), intl.replace(/ /g, ''), intl.replace(/ /g, '-'), intl.replace(/ /g, '%20'), '%2B' + intl.slice(1).replace(/ /g, '%20')]);
}

/** RFC 3966 tel: URIs where they are written; the whole URI (scheme, number, parameters) is the phone. */
export function telUriLine(r: R): Sample {
  const params = pick(r, ['', '', `;ext=${int(r, 10, 9999)}`, `;isub=${int(r, 1000, 9999)}`]);
  const uri = pick(r, [
    () => `tel:${globalTel(r)}${params}`,
    () => `tel:${int(r, 200, 999)}-${chars(r, DIG, 4)};phone-context=+1-${int(r, 201, 989)}-${int(r, 200, 999)}`,
    () => `tel:${int(r, 1000, 99999)};phone-context=${pick(r, ['example.com', 'pbx.example.org'])}`,
  ])();
  return pick(r, [
    () => build(['<a href="', { phone: uri }, `">${pick(r, ['Call us', 'Anrufen', 'Appeler'])}</a>`]),
    () => build([`TEL;VALUE=uri;TYPE=${pick(r, ['cell', 'work', '"voice,home"'])}:`, { phone: uri }]),
    () => build(['Call ', { phone: uri }, ' today']),
    () => build(['{"contact": "', { phone: uri }, '"}']),
    // vCard writers also put the international form's spaces in the URI.
    () => build(['TEL;VALUE=uri;TYPE=cell:', { phone: `tel:${mobile(r, pick(r, REGIONS))!.formatInternational()}` }]),
  ])();
}

/** vCard 3.0 (RFC 2426) TEL lines in a card: the value is the phone, the property name is not. */
export function vcardTelLine(r: R): Sample {
  const type = pick(r, ['TYPE=WORK,VOICE', 'TYPE=HOME', 'TYPE=CELL', 'TYPE=FAX', 'WORK;VOICE', 'TYPE=work,pref']);
  return build([`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg\r\nTEL;${type}:`, { phone: written(r) }, '\r\nEND:VCARD']);
}

/** X12 PER qualifiers (element 365) of phones, with their share of contact records. */
const PER_QUALIFIERS = ['TE', 'TE', 'TE', 'FX', 'CP', 'HP', 'WP'];

/** ANSI X12 PER segments: each number after a phone qualifier is the phone; e-mail beside it stays e-mail. */
export function x12PerLine(r: R): Sample {
  const name = pick(r, ['ANNA BERG', 'JOHN SMITH', 'M MUELLER', '']);
  const n1 = written(r);
  const parts: Array<string | { phone: string }> = [`PER*${pick(r, ['IC', 'BD', 'CN', 'EA'])}*${name}*${pick(r, PER_QUALIFIERS)}*`, { phone: n1 }];
  if (r() < 0.5) parts.push(`*${pick(r, PER_QUALIFIERS)}*`, { phone: written(r) });
  if (r() < 0.4) parts.push(`*EM*${pick(r, ['a.berg', 'edi', 'orders'])}@example.com`);
  parts.push(pick(r, ['~', '~\n', '']));
  return build([pick(r, ['', 'N1*BY*ACME CORP*92*4711~']), ...parts]);
}

/** UN/EDIFACT COM segments (default separators; a "+" in the number released by "?"), after a CTA contact. */
export function edifactComLine(r: R): Sample {
  const number = written(r).replace(/\+/g, '?+');
  const qualifier = pick(r, ['TE', 'TE', 'FX', 'AL']);
  const cta = pick(r, ['', "CTA+IC+:Anna Berg'", "CTA+PD+1234:Purchasing'"]);
  const parts: Array<string | { phone: string }> = [cta + 'COM+', { phone: number }, `:${qualifier}'`];
  if (r() < 0.4) parts.push('COM+', { phone: written(r).replace(/\+/g, '?+') }, ":FX'");
  return build([pick(r, ["UNH+1+ORDERS:D:96A:UN'NAD+BY+4012345000009::9'", '']), ...parts]);
}

/**
 * EDIFACT free text and names with a phone written in them (FTX C108 text literals, NAD C080 party names),
 * the phone a whole component (`FTX+DEL+++0043 1 5550123:ANNA BERG'`) or in a phrase; and the segments'
 * codes and references (BGM document number, LIN/PIA item numbers, RFF references, DTM dates), no phones.
 */
export function edifactTextLine(r: R): Sample {
  // Written with separators: a bare run in free text needs a phone word, as in any text.
  const phone = (r() < 0.5 ? mobile(r, pick(r, REGIONS))!.formatInternational() : written(r)).replace(/\+/g, '?+');
  if (/^\d+$/.test(phone)) return edifactTextLine(r);
  const code = () => pick(r, ['0', '4', '7']) + chars(r, DIG, int(r, 8, 11));
  return pick(r, [
    () => build([`FTX+${pick(r, ['DEL', 'AAI', 'ZZZ'])}+++`, { phone }, `:${pick(r, ['ANNA BERG', 'GATE 4', 'RAMPE 2'])}'`]),
    () => build([`FTX+DEL+++${pick(r, ['CALL BEFORE DELIVERY', 'CONTACT ANNA BERG', 'AVISO'])}:`, { phone }, "'"]),
    () => build([`FTX+AAI+++${pick(r, ['CALL ', 'TEL ', 'PHONE '])}`, { phone }, ` ${pick(r, ['BEFORE DELIVERY', 'ON ARRIVAL'])}:GATE 4'`]),
    () => build([`NAD+DP+++ANNA BERG:TEL `, { phone }, "+HAUPTSTRASSE 1+WIEN++1010+AT'"]),
    () => build([`BGM+220+`, { clean: code() }, "+9'LIN+1++", { clean: code() }, ":SRV'PIA+5+", { clean: code() }, ":IN'RFF+ON:", { clean: code() }, "'"]),
  ])();
}

/** An interchange control number (ISA13): nine digits, zero-padded, or a running number of that length. */
function control9(r: R): string {
  return pick(r, [pad(int(r, 1, 99999), 9), '0' + chars(r, DIG, 8), chars(r, '123456789', 1) + chars(r, DIG, 8)]);
}

/** A group or transaction set control number (GS06, ST02): one to nine digits, often four zero-padded. */
function controlShort(r: R): string {
  return pick(r, [pad(int(r, 1, 9999), 4), control9(r), String(int(r, 1, 999999999))]);
}

/** An interchange party id and its ISA05/07 qualifier: a DUNS number (01), DUNS+4 (14), a UCC communications id (08), a mutually defined code (ZZ). */
function partyId(r: R): [string, string] {
  const duns = pick(r, ['0', '1', '6', '8']) + chars(r, DIG, 8);
  return pick<[string, string]>(r, [['01', duns], ['14', duns + chars(r, DIG, 4)], ['08', chars(r, DIG, 10)], ['ZZ', duns]]);
}

/** The ISA06/ISA08 padding to 15 characters. */
const isaPad = (id: string) => ' '.repeat(Math.max(0, 15 - id.length));

/** X12 envelopes (control numbers, party ids) and acknowledgements, EDIFACT envelopes, and the control numbers in text: none is a phone; a PER phone inside is. */
export function controlNumberLine(r: R): Sample {
  const icn = control9(r);
  const gcn = controlShort(r);
  const tcn = controlShort(r);
  const date = `${pad(int(r, 20, 27))}${pad(int(r, 1, 12))}${pad(int(r, 1, 28))}`;
  const time = `${pad(int(r, 0, 23))}${pad(int(r, 0, 59))}`;
  const sender = partyId(r);
  const receiver = partyId(r);
  return pick(r, [
    () =>
      build([
        `ISA*00*          *00*          *${sender[0]}*`,
        { clean: sender[1] },
        `${isaPad(sender[1])}*${receiver[0]}*`,
        { clean: receiver[1] },
        `${isaPad(receiver[1])}*${date}*${time}*${pick(r, ['U', '^'])}*${pick(r, ['00401', '00501'])}*`,
        { clean: icn },
        `*0*P*>~GS*PO*`,
        { clean: sender[1] },
        '*',
        { clean: receiver[1] },
        `*20${date}*${time}*`,
        { clean: gcn },
        '*X*004010~ST*850*',
        { clean: tcn },
        '~PER*IC*ANNA BERG*TE*',
        { phone: written(r) },
        `~SE*${int(r, 5, 40)}*`,
        { clean: tcn },
        '~GE*1*',
        { clean: gcn },
        '~IEA*1*',
        { clean: icn },
        '~',
      ]),
    () => build(['TA1*', { clean: icn }, `*${date}*${time}*${pick(r, ['A', 'R', 'E'])}*${pick(r, ['000', '022', '006'])}~`]),
    () => build(['ST*997*0001~AK1*PO*', { clean: gcn }, '~AK2*850*', { clean: tcn }, '~AK5*A~AK9*A*1*1*1~']),
    () => build([`UNB+UNOC:3+SENDER:14+RECEIVER:14+${date}:${time}+`, { clean: icn }, "'UNH+", { clean: tcn }, "+ORDERS:D:96A:UN'UNT+", `${int(r, 5, 40)}+`, { clean: tcn }, "'UNZ+1+", { clean: icn }, "'"]),
    () => build([pick(r, ['interchange control ', 'Interchange ', 'ISA13 ', 'interchange control number: ', 'ICN ']), { clean: icn }, pick(r, [' rejected', ' was rejected by the partner, contact the EDI desk', ' duplicate, call support'])]),
    // The phone of the desk in the same sentence is still a phone.
    () => build([pick(r, ['Interchange ', 'ICN ', 'control number ']), { clean: icn }, pick(r, [' rejected; call the EDI desk at ', ' duplicate. Support hotline: ']), { phone: written(r) }]),
    () => build([pick(r, ['group control number ', 'GS06 ', 'transaction set control number ', 'ST02=', 'GS control ', 'message reference number ']), { clean: gcn }, pick(r, [' not acknowledged', ' missing', ''])]),
    () => build([`{"${pick(r, ['interchangeControlNumber', 'isa13', 'interchange_control_number', 'groupControlNumber', 'controlNumber'])}": "`, { clean: icn }, '", "status": "rejected"}']),
  ])();
}
