// Travel and health documents of set 11: Amadeus and Sabre PNRs being built (before end of transaction,
// so no record locator is tied to the passenger), MVT/LDM movement messages, a dispatch release with
// METARs, a tour-group manifest; an NCPDP SCRIPT NewRx, a lab report with LOINC codes, CMS-1500 claim
// text, a veterinary record and a Moodle log export. Ticket numbers, bag tags and locators appear only
// where no passenger is named (ops messages); dates of birth, member and microchip numbers are left out.
import type { CountryCode } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, type Unit } from '../pii-heldout4/unit.js';
import { negative } from './negatives.js';
import { nameOf, person, type Lang11 } from './people.js';
import { extension, phone } from './phones.js';
import { card, email, ip, ssn } from './values.js';

const upperName = (r: Rng, lang: Lang11) => { const p = person(r, lang); return { p, text: `${p.latinFamily.toUpperCase()}/${p.latinGiven.toUpperCase()}` }; };

function amadeusPnr(r: Rng): Unit {
  const d = new Doc().add(`RP/${r.pick(['WAWLO08AA', 'PRGOK0100', 'IST1S2100', 'HELAY08AB'])}/\n`);
  const pax = r.int(1, 3);
  for (let i = 1; i <= pax; i++) { const n = upperName(r, r.pick(['pl', 'cs', 'tr', 'fi'])); d.add(`  ${i}.`, { ...nameOf(n.p), text: n.text }, ` ${r.pick(['MR', 'MRS', 'MS'])}\n`); }
  let line = pax + 1;
  for (let s = 0; s < r.int(1, 3); s++) d.add(`  ${line++}  `, negative(r, 'flight-number'), ` Y ${r.int(1, 28)}DEC ${r.int(1, 7)} ${r.pick(['WAWLHR', 'PRGAMS', 'ISTJFK', 'HELBKK', 'WAWCDG'])} DK${pax}  ${r.digits(4)} ${r.digits(4)}  E0 ${r.pick(['320', '73H', '789', '32N'])}\n`);
  const p1 = person(r, r.pick(['pl', 'cs', 'tr', 'fi']));
  d.add(`  ${line++} AP `, phone(r, r.pick(['PL', 'CZ', 'TR', 'FI'])), '\n');
  d.add(`  ${line++} APE `, email(r, p1), '\n');
  if (r.chance(0.6)) {
    // Amadeus writes the scheme's two-letter code before the number.
    const c = card(r, 'plain');
    const code = ({ visa: 'VI', mastercard: 'CA', amex: 'AX', diners: 'DC', jcb: 'JC', discover: 'DS', unionpay: 'UP', mir: 'MI', rupay: 'RU' } as Record<string, string>)[c.form.split('-')[0]!];
    d.add(`  ${line++} FP CC${code}`, c, `/${String(r.int(1, 12)).padStart(2, '0')}${r.int(27, 31)}\n`);
  }
  d.add(`  ${line++} TK OK${r.int(1, 28)}DEC/${r.pick(['WAWLO08AA', 'PRGOK0100'])}\n  ${line} RM NOTIFY PAX ON SKD CHG\n`);
  return d.unit();
}

function sabrePnr(r: Rng): Unit {
  const d = new Doc().add('*A\n');
  const n = upperName(r, r.pick(['sv', 'no', 'da', 'en']));
  d.add(' 1.1', { ...nameOf(n.p), text: n.text }, '\n');
  d.add(` 1 `, negative(r, 'flight-number'), `Y ${r.int(10, 28)}DEC ${r.pick(['M', 'T', 'W'])} ${r.pick(['ARNLHR', 'OSLCPH', 'CPHJFK'])} SS1  ${r.digits(4)}P ${r.digits(4)}P /E\n`);
  d.add(`TKT/TIME LIMIT\n  1.TAW/\nPHONES\n  1.${r.pick(['STO', 'OSL', 'CPH'])}*`, phone(r, r.pick(['SE', 'NO', 'DK']), r.pick(['e164', 'compact', 'national'])), '-M\n');
  d.add('EMAIL ADDRESS\n  1.', email(r, n.p), '\n');
  d.add(`RECEIVED FROM - PAX\n`);
  return d.unit();
}

function mvtLdm(r: Rng): Unit {
  const d = new Doc().add(`QU ${r.pick(['WAWKOLO', 'PRGKOOK', 'HELKOAY'])}\n.${r.pick(['WAWOWLO', 'HELOWAY'])} ${r.digits(6)}\nMVT\n`, negative(r, 'flight-number'), `/${r.int(1, 28)}.SP${r.chars('LKMNOP', 3)}.${r.pick(['WAW', 'HEL', 'PRG'])}\nAD${r.digits(4)}/${r.digits(4)} EA${r.digits(4)} ${r.pick(['LHR', 'CDG', 'ARN'])}\nPX${r.int(50, 180)}\nSI BAGTAG `, negative(r, 'bag-tag'), ` OFFLOADED UNACCOMPANIED\n`);
  const p = person(r, r.pick(['pl', 'fi', 'cs']));
  d.add('SI DUTY MGR ', nameOf(p), ' ', phone(r, r.pick(['PL', 'FI', 'CZ']), 'international'), '\n');
  if (r.chance(0.5)) d.add('SI REF TKT ', negative(r, 'ticket-number'), ' RLOC ', negative(r, 'pnr-locator'), ' UNUSED COUPON\n');
  return d.unit();
}

function dispatchRelease(r: Rng): Unit {
  const p = person(r, r.pick(['tr', 'el', 'he', 'en']));
  const d = new Doc().add('DISPATCH RELEASE\nFLT ', negative(r, 'flight-number'), `  DATE ${r.int(1, 28)}DEC26  REG ${r.pick(['TC-JNA', 'SX-DGA', '4X-EKA', 'G-EUYA'])}\nDEP WX: `, negative(r, 'metar'), '\nDEST WX: ', negative(r, 'metar'), '\nPLAN ', negative(r, 'uuid'), '\n');
  d.add('DISPATCHER: ', nameOf(p), '  TEL ', phone(r, r.pick(['TR', 'GR', 'IL', 'GB'])), '  ', email(r, p, true), '\n');
  d.add(`FUEL ${r.int(5000, 30000)} KG  ETE `, negative(r, 'duration'), '\n');
  return d.unit();
}

function tourManifest(r: Rng): Unit {
  const lang = r.pick<Lang11>(['vi', 'th', 'id', 'tl']);
  const d = new Doc().add(`TOUR MANIFEST / ${r.pick(['DANH SÁCH ĐOÀN', 'รายชื่อคณะ', 'DAFTAR PESERTA', 'LISTAHAN NG GRUPO'])}\nOutbound `, negative(r, 'flight-number'), ' / ', negative(r, 'timestamp'), '\n');
  for (let i = 1; i <= r.int(3, 6); i++) {
    const p = person(r, lang);
    const region = ({ vi: 'VN', th: 'TH', id: 'ID', tl: 'PH' } as const)[lang as 'vi'];
    d.add(`${i}. `, nameOf(p), ' | ', phone(r, r.chance(0.8) ? region : r.pick<CountryCode>(['SG', 'MY', 'AU', 'JP'])), ...(r.chance(0.5) ? [' | ', email(r, p)] : []), ` | ${r.pick(['twin', 'double', 'single'])}\n`);
  }
  d.add('Total: ', negative(r, 'amount'), '\n');
  return d.unit();
}

function ncpdpScript(r: Rng): Unit {
  const pt = person(r, 'en');
  const dr = person(r, r.pick(['en', 'es', 'vi']));
  const d = new Doc().add('<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="20170715">\n <Header><MessageID>', negative(r, 'uuid'), '</MessageID><SentTime>', negative(r, 'timestamp'), '</SentTime></Header>\n <Body><NewRx>\n  <Patient><HumanPatient><Name><LastName>');
  d.add({ ...nameOf(pt), text: pt.name.split(' ').slice(1).join(' '), form: 'family' }, '</LastName></Name>\n   <CommunicationNumbers><PrimaryTelephone><Number>', phone(r, 'US', r.pick(['compact', 'national', 'dashed'])), '</Number></PrimaryTelephone>');
  if (r.chance(0.5)) d.add('<ElectronicMail>', email(r, pt), '</ElectronicMail>');
  d.add('</CommunicationNumbers></HumanPatient></Patient>\n  <Prescriber><NonVeterinarian><Name><LastName>', { ...nameOf(dr), text: dr.name.split(' ').slice(-1)[0]!, form: 'family' }, '</LastName></Name>\n   <CommunicationNumbers><PrimaryTelephone><Number>', phone(r, 'US', 'compact'), '</Number><Extension>', `${r.int(10, 999)}`, '</Extension></PrimaryTelephone></CommunicationNumbers></NonVeterinarian></Prescriber>\n');
  d.add('  <MedicationPrescribed><DrugDescription>', r.pick(['Atorvastatin 20 MG Oral Tablet', 'Amoxicillin 500 MG Oral Capsule', 'Metformin HCl 850 MG']), '</DrugDescription>\n   <DrugCoded><ProductCode><Code>', negative(r, 'ndc'), '</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded>\n   <Quantity><Value>', `${r.int(14, 90)}`, '</Value></Quantity><WrittenDate><Date>', negative(r, 'timestamp'), '</Date></WrittenDate>\n  </MedicationPrescribed>\n </NewRx></Body>\n</Message>\n');
  return d.unit();
}

function labReport(r: Rng): Unit {
  const lang = r.pick<Lang11>(['pl', 'cs', 'hu', 'ro', 'en']);
  const p = person(r, lang);
  const head = { pl: ['Wyniki badań', 'Pacjent', 'Telefon'], cs: ['Výsledky vyšetření', 'Pacient', 'Telefon'], hu: ['Laboreredmény', 'Beteg', 'Telefon'], ro: ['Buletin de analize', 'Pacient', 'Telefon'], en: ['Laboratory report', 'Patient', 'Phone'] }[lang as 'pl'];
  const region = ({ pl: 'PL', cs: 'CZ', hu: 'HU', ro: 'RO', en: 'GB' } as const)[lang as 'pl'];
  const d = new Doc().add(`${head[0]}\n${head[1]}: `, nameOf(p), `\n${head[2]}: `, phone(r, region), '\nCollected: ', negative(r, 'timestamp'), '\n\nLOINC      Test                     Result   Units\n');
  for (let i = 0; i < r.int(3, 7); i++) d.add(negative(r, 'loinc'), `   ${r.pick(['Glucose', 'Hemoglobin', 'HbA1c', 'Creatinine', 'WBC', 'ALT', 'TSH'])}   ${(r.int(10, 2000) / 10).toFixed(1)}   ${r.pick(['mg/dL', 'g/dL', '%', 'U/L', '10*3/uL'])}\n`);
  const dr = person(r, lang);
  d.add('\nValidated by ', nameOf(dr), ', ', email(r, dr, true), '\nMethod ref ', negative(r, 'doi'), '\n');
  return d.unit();
}

function cms1500(r: Rng): Unit {
  const p = person(r, r.pick(['en', 'es', 'vi', 'tl']));
  const doc = person(r, 'en');
  const d = new Doc().add('HEALTH INSURANCE CLAIM FORM  (NUCC 02/12)\n2. PATIENT\'S NAME: ', { ...nameOf(p), text: `${p.latinFamily.toUpperCase()}, ${p.latinGiven.toUpperCase()}` }, '\n5. TELEPHONE: ', phone(r, 'US', r.pick(['national', 'dashed'])), '\n21. DIAGNOSIS: A. ', negative(r, 'icd10'), '  B. ', negative(r, 'icd10'), '\n24. ');
  for (let i = 0; i < r.int(1, 4); i++) d.add(i ? '    ' : '', negative(r, 'timestamp'), '  11  ', negative(r, 'cpt'), `  ${r.pick(['A', 'AB'])}  `, negative(r, 'amount'), '\n');
  d.add('25. FEDERAL TAX I.D. NUMBER (SSN): ', ssn(r), '\n28. TOTAL CHARGE: ', negative(r, 'amount'), '\n31. SIGNATURE OF PHYSICIAN: ', nameOf(doc), '\n33. BILLING PROVIDER PH #: ', phone(r, 'US', 'national'), extension(r, 'US'), '\n');
  return d.unit();
}

function vetRecord(r: Rng): Unit {
  const lang = r.pick<Lang11>(['sv', 'no', 'da', 'fi', 'de']);
  const p = person(r, lang);
  const t = { sv: ['Journal', 'Djurägare', 'Tel', 'Vaccin', 'Batch'], no: ['Journal', 'Eier', 'Tlf', 'Vaksine', 'Batch'], da: ['Journal', 'Ejer', 'Tlf', 'Vaccine', 'Batch'], fi: ['Potilaskertomus', 'Omistaja', 'Puh', 'Rokote', 'Erä'], de: ['Patientenakte', 'Besitzer', 'Tel', 'Impfung', 'Charge'] }[lang as 'sv'];
  const region = ({ sv: 'SE', no: 'NO', da: 'DK', fi: 'FI', de: 'DE' } as const)[lang as 'sv'];
  const d = new Doc().add(`${t[0]} — ${r.pick(['Bella', 'Luna', 'Max', 'Molly', 'Rocky'])} (${r.pick(['hund', 'katt', 'koira', 'Hund'])})\n${t[1]}: `, nameOf(p), `\n${t[2]}: `, phone(r, region), '\nE-post: ', email(r, p), '\n');
  d.add(`${t[3]}: ${r.pick(['Nobivac DHPPi', 'Purevax RCP', 'Versican Plus'])}, ${t[4]} `, negative(r, 'lot-number'), ', ', negative(r, 'timestamp'), '\n');
  d.add(`Vekt/Weight: ${r.int(2, 45)},${r.int(0, 9)} kg  Faktura `, negative(r, 'invoice-number'), ' ', negative(r, 'amount'), '\n');
  return d.unit();
}

function moodleLog(r: Rng): Unit {
  const lang = r.pick<Lang11>(['id', 'tr', 'ro', 'el', 'pl']);
  const d = new Doc().add('Time,User full name,Affected user,Event context,Component,Event name,Description,Origin,IP address\n');
  for (let i = 0; i < r.int(2, 6); i++) {
    const p = person(r, lang);
    const ts = negative(r, 'timestamp');
    d.add(`"`, ts, '",', nameOf(p), `,-,"Course: ${r.pick(['Matematika Dasar', 'Fizik 101', 'Biologie', 'Ιστορία'])}",${r.pick(['System', 'Quiz', 'Assignment'])},${r.pick(['Course viewed', 'Quiz attempt submitted', 'User logged in'])},"${r.pick(['Course module viewed.', 'Attempt submitted.', 'Login succeeded.'])}",web,`, ip(r), '\n');
  }
  return d.unit();
}

export const TRAVEL_HEALTH11: Record<string, (r: Rng) => Unit> = {
  'amadeus-pnr': amadeusPnr, 'sabre-pnr': sabrePnr, 'mvt-ldm-message': mvtLdm, 'dispatch-release': dispatchRelease, 'tour-manifest': tourManifest,
  'ncpdp-script': ncpdpScript, 'lab-loinc-report': labReport, 'cms-1500': cms1500, 'vet-record': vetRecord, 'moodle-log': moodleLog,
};
