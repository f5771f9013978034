// Human-written documents of set 6: discharge letters, lab reports, pharmacy labels, appointment
// reminders, SEPA direct-debit pre-notifications, payslips with national ids and their cues in their
// own languages, public-sector letters (PDF-to-text style) in nine languages, article metadata and
// BibTeX entries, booking confirmations and PNR displays.
import type { CountryCode } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, gold, type Unit } from '../pii-heldout4/unit.js';
import * as N from './negatives.js';
import { phone } from './phones.js';
import * as V from './values.js';

export function dischargeLetter(rng: Rng): Unit {
  const lang = rng.pick(['de', 'en', 'fr', 'it'] as const);
  const p = V.person(rng, lang);
  const doc = V.person(rng, lang);
  const region: CountryCode = { de: 'DE', en: 'GB', fr: 'FR', it: 'IT' }[lang] as CountryCode;
  const d = new Doc();
  const head = { de: ['Entlassungsbrief', 'Patient/in', 'Diagnose', 'Rückfragen unter', 'Mit freundlichen Grüßen', 'Aufnahme'], en: ['Discharge summary', 'Patient', 'Diagnosis', 'Queries to', 'Kind regards', 'Admitted'], fr: ['Lettre de sortie', 'Patient(e)', 'Diagnostic', 'Renseignements au', 'Cordialement', 'Admission'], it: ['Lettera di dimissione', 'Paziente', 'Diagnosi', 'Per informazioni', 'Cordiali saluti', 'Ricovero'] }[lang];
  d.add(`${head[0]}\n\n${head[1]}: `, V.fullName(p), `\n${head[5]}: `, N.localDate(rng, lang === 'en' ? 'iso' : lang), `\n${head[2]}: `, N.icd10(rng), ', ', N.icd10(rng), '\n');
  d.add(`HbA1c (LOINC `, N.loinc(rng), `) `, N.labValue(rng), ` mmol/mol; `, `Kreatinin `, N.labValue(rng), ' µmol/l (', N.refRange(rng), ')\n');
  d.add(`${head[3]} `, phone(rng, region), ` / `, V.email(rng, doc), `\n\n${head[4]}\nDr. `, V.fullName(doc), '\n');
  return d.unit();
}

export function labReport(rng: Rng): Unit {
  const p = V.person(rng);
  const d = new Doc().add('LABORATORY REPORT            page 1/1\nSpecimen: ', N.specimenId(rng), '   Collected: ', N.dateTime(rng), '\nPatient: ', V.fullName(p, 'family-comma-given'), '\n\n');
  for (let i = rng.int(2, 5); i > 0; i--) d.add('  ', N.loinc(rng), '   ', N.labValue(rng), rng.pick([' mg/dL', ' g/L', ' U/L', ' 10^9/L']), '   ref ', N.refRange(rng), rng.pick(['', '  H', '  L']), '\n');
  d.add('\nResults sent to ', V.email(rng, p));
  if (rng.chance(0.5)) d.add('; SMS to ', phone(rng, undefined, 'international'));
  d.add('\n');
  return d.unit();
}

export function pharmacyLabel(rng: Rng): Unit {
  const p = V.person(rng, 'en');
  return new Doc().add(N.rxNumber(rng), '  NDC ', N.ndc(rng), '  Qty 30  Refills 2\n', V.fullName(p), '\nDOB on file. Ph: ', phone(rng, rng.pick(['US', 'CA']), rng.pick(['national', 'dashes', 'dots'])), '\nClaim ', N.claimNumber(rng), ' billed, copay ', N.amount(rng, false), '\n').unit();
}

export function appointmentReminder(rng: Rng): Unit {
  const lang = rng.pick(['nl', 'sv', 'pl', 'cs', 'es'] as const);
  const region = { nl: 'NL', sv: 'SE', pl: 'PL', cs: 'CZ', es: 'ES' }[lang] as CountryCode;
  const p = V.person(rng, lang);
  const t = { nl: ['Herinnering afspraak', 'om', 'Verzetten? Bel'], sv: ['Påminnelse om besök', 'kl.', 'Ändra tid? Ring'], pl: ['Przypomnienie o wizycie', 'godz.', 'Zmiana terminu: tel.'], cs: ['Připomínka návštěvy', 'v', 'Změna termínu: tel.'], es: ['Recordatorio de cita', 'a las', 'Para cambiarla llame al'] }[lang];
  return new Doc().add(`${t[0]}: `, V.fullName(p), ', ', N.localDate(rng, lang === 'sv' || lang === 'cs' ? 'iso' : lang === 'pl' ? 'pl' : lang === 'nl' ? 'nl' : 'es'), ` ${t[1]} `, N.clockTime(rng), `. ${t[2]} `, phone(rng, region, rng.pick(['national', 'nbsp', 'international'])), ' / ', V.email(rng, p), '.').unit();
}

export function sepaPrenotification(rng: Rng): Unit {
  const lang = rng.pick(['de', 'nl', 'fr'] as const);
  const p = V.person(rng, lang);
  const country = { de: 'DE', nl: 'NL', fr: 'FR' }[lang];
  const t = { de: ['Vorabinformation SEPA-Lastschrift', 'Gläubiger-ID', 'Mandatsreferenz', 'Ihr Konto', 'Betrag', 'Fälligkeit'], nl: ['Vooraankondiging incasso', 'Incassant-ID', 'Machtigingskenmerk', 'Uw rekening', 'Bedrag', 'Datum'], fr: ['Pré-notification de prélèvement SEPA', 'ICS', 'RUM', 'Votre compte', 'Montant', 'Échéance'] }[lang];
  return new Doc().add(`${t[0]}\n`, V.fullName(p), `\n${t[1]}: `, N.creditorId(rng, country), `\n${t[2]}: `, N.mandateId(rng), `\n${t[3]}: `, V.iban(rng, country), `\n${t[4]}: `, N.amount(rng), ` EUR   ${t[5]}: `, N.localDate(rng, lang === 'nl' ? 'nl' : lang), '\nEnd-to-End: ', N.endToEndId(rng), '\n').unit();
}

export function payslip(rng: Rng): Unit {
  const kind = rng.pick(['es', 'it', 'br', 'in', 'uk', 'us'] as const);
  const lang = { es: 'es', it: 'it', br: 'pt', in: 'hi', uk: 'en', us: 'en' }[kind] as V.Lang;
  const p = V.person(rng, lang);
  const cue = { es: rng.pick(['DNI/NIE', 'NIF', 'Nº documento']), it: rng.pick(['Codice fiscale', 'C.F.']), br: rng.pick(['CPF', 'CPF/MF']), in: rng.pick(['Aadhaar No.', 'UID']), uk: rng.pick(['NI number', 'NINO']), us: rng.pick(['SSN', 'Social Security No.']) }[kind];
  const id = { es: V.dni, it: V.codiceFiscale, br: V.cpf, in: V.aadhaar, uk: V.nino, us: V.ssn }[kind](rng);
  const words = { es: ['Nómina', 'Trabajador', 'Salario base', 'Retención IRPF'], it: ['Cedolino', 'Dipendente', 'Retribuzione', 'Aliquota'], br: ['Holerite', 'Funcionário', 'Salário base', 'IRRF'], in: ['Salary slip', 'Employee', 'Basic pay', 'TDS'], uk: ['Payslip', 'Employee', 'Basic pay', 'Tax code'], us: ['Earnings statement', 'Employee', 'Gross pay', 'Federal W/H'] }[kind];
  return new Doc().add(`${words[0]} ${rng.pick(['11/2026', 'nov 2026', '2026-11'])}\n${words[1]}: `, V.fullName(p), ' (', N.employeeId(rng), `)\n${cue}: `, id, `\n${words[2]}: `, N.salary(rng), `   ${words[3]}: `, N.taxCode(rng), '\n').unit();
}

const LETTER: Record<string, { region: CountryCode; lang: V.Lang; w: [string, string, string, string]; street: string }> = {
  de: { region: 'DE', lang: 'de', w: ['Aktenzeichen', 'Telefon', 'E-Mail', 'Sehr geehrte/r'], street: 'Lindenallee 14, 10115 Berlin' },
  fr: { region: 'FR', lang: 'fr', w: ['Réf. dossier', 'Tél.', 'Courriel', 'Madame, Monsieur'], street: '12 rue des Tanneurs, 67000 Strasbourg' },
  es: { region: 'ES', lang: 'es', w: ['N.º de expediente', 'Teléfono', 'Correo electrónico', 'Estimado/a'], street: 'Calle Mayor 7, 2.º B, 28013 Madrid' },
  it: { region: 'IT', lang: 'it', w: ['Protocollo n.', 'Tel.', 'PEC', 'Gentile'], street: 'Via Garibaldi 21, 10122 Torino' },
  nl: { region: 'NL', lang: 'nl', w: ['Ons kenmerk', 'Telefoon', 'E-mail', 'Geachte'], street: 'Keizersgracht 118, 1015 CW Amsterdam' },
  pl: { region: 'PL', lang: 'pl', w: ['Znak sprawy', 'Tel.', 'E-mail', 'Szanowna Pani / Szanowny Panie'], street: 'ul. Długa 5 m. 3, 00-238 Warszawa' },
  pt: { region: 'PT', lang: 'pt', w: ['Processo n.º', 'Telefone', 'Email', 'Exmo(a). Senhor(a)'], street: 'Rua Augusta 40, 1100-053 Lisboa' },
  cs: { region: 'CZ', lang: 'cs', w: ['Č. j.', 'Tel.', 'E-mail', 'Vážená paní / Vážený pane'], street: 'Národní 9, 110 00 Praha 1' },
  sv: { region: 'SE', lang: 'sv', w: ['Diarienummer', 'Telefon', 'E-post', 'Hej'], street: 'Drottninggatan 33, 111 51 Stockholm' },
  at: { region: 'AT', lang: 'de', w: ['GZ', 'Tel.', 'E-Mail', 'Sehr geehrte/r'], street: 'Ringstraße 3, 1010 Wien' },
  ch: { region: 'CH', lang: 'de', w: ['Geschäfts-Nr.', 'Tel.', 'E-Mail', 'Grüezi'], street: 'Bahnhofstrasse 12, 8001 Zürich' },
  be: { region: 'BE', lang: 'fr', w: ['Référence', 'Tél.', 'Courriel', 'Madame, Monsieur'], street: 'Rue de la Loi 16, 1000 Bruxelles' },
};

export function authorityLetter(rng: Rng): Unit {
  const key = rng.pick(Object.keys(LETTER));
  const l = LETTER[key]!;
  const p = V.person(rng, l.lang);
  const clerk = V.person(rng, l.lang);
  const ref = N.neg('file-reference', key, `${rng.chars('ABCDEFGHKLMNPRSTUVWZ', 2)} ${rng.int(1, 99)}/${rng.int(2024, 2026)}-${rng.digits(5)}`);
  const d = new Doc().add(`\f${l.street}\n\n`, V.fullName(p), '\n', `${rng.int(1, 99)} ${rng.pick(['Avenue', 'Straße', 'Via', 'Calle', 'ul.'])} ${rng.pick(['Nord', 'Centrale', 'Kwiatowa', 'Sol'])}\n\n${l.w[0]}: `, ref, '   ', N.localDate(rng, key === 'de' || key === 'at' || key === 'ch' ? 'de' : key === 'pl' ? 'pl' : key === 'nl' ? 'nl' : 'fr'), '\n\n');
  d.add(`${l.w[3]} `, V.fullName(p), ',\n', rng.pick(['…', 'Lorem ipsum dolor sit amet.', '[…]']), '\n\n');
  d.add(`${l.w[1]}: `, phone(rng, l.region, rng.pick(['national', 'slash', 'dots', 'nbsp', 'thin', 'paren-trunk', 'double-zero'])), rng.chance(0.3) ? ` ${rng.pick(['-', 'Durchwahl', 'poste', 'ext.', 'wewn.'])} ${rng.int(10, 499)}` : '', `\n${l.w[2]}: `, V.email(rng, clerk), '\n', V.fullName(clerk), '\n');
  return d.unit();
}

export function articleMetadata(rng: Rng): Unit {
  const a = V.person(rng);
  const b = V.person(rng);
  const d = new Doc().add('Title: On held-out evaluation\nAuthors: ', V.fullName(a), ' (ORCID ', N.orcid(rng), '), ', V.fullName(b), '\nCorrespondence: ', V.email(rng, a), '\n');
  d.add('Journal ISSN ', N.issn(rng), ', vol. ', String(rng.int(1, 80)), ', pp. ', N.refRange(rng), '\nDOI: ', N.doi(rng), '  arXiv:', N.arxiv(rng), '  PMID: ', N.pmid(rng), '\nFunding: grant ', N.grant(rng), '; ISBN ', N.isbn(rng), '\n');
  return d.unit();
}

export function bibtex(rng: Rng): Unit {
  const a = V.person(rng);
  return new Doc().add(`@article{${V.lower(rng, 6)}${rng.int(2015, 2026)},\n  author = {`, V.fullName(a, 'family-comma-given'), '},\n  doi = {', N.doi(rng), '},\n  issn = {', N.issn(rng), '},\n  isbn = {', N.isbn(rng), '},\n  note = {contact: ', V.email(rng, a), '}\n}\n').unit();
}

export function bookingConfirmation(rng: Rng): Unit {
  const region = rng.pick(['GB', 'FR', 'DE', 'ES', 'JP', 'KR', 'AU', 'NZ', 'ZA', 'NG', 'KE', 'MA', 'TR', 'IL', 'AE', 'SG', 'HK', 'PH', 'TH', 'VN', 'ID', 'MY', 'MX', 'AR', 'CL', 'CO', 'CA', 'US', 'IN', 'UA', 'GR', 'RO', 'HR', 'HU'] as const) as CountryCode;
  const p = V.person(rng);
  const d = new Doc().add('Booking reference ', N.pnr(rng), '\nPassenger: ', V.fullName(p), '\nE-ticket ', N.ticketNumber(rng, [region]), '\n');
  d.add('Flight ', N.flightNumber(rng), ' dep ', N.clockTime(rng), ' arr ', N.clockTime(rng), '  Seat ', `${rng.int(1, 45)}${rng.pick(['A', 'C', 'F'])}`, '\nFrequent flyer: ', N.frequentFlyer(rng, [region]), '\nContact: ', phone(rng, region, rng.pick(['international', 'e164', 'national', 'double-zero'])), ', ', V.email(rng, p), '\n');
  return d.unit();
}

export function pnrDisplay(rng: Rng): Unit {
  const region = rng.pick(['DE', 'IT', 'PL', 'BR', 'IN', 'SE', 'NO', 'DK', 'FI', 'IE', 'PT', 'BE', 'NL', 'CZ', 'SK', 'SI', 'LU'] as const) as CountryCode;
  const p = V.person(rng);
  return new Doc().add('RP/PAR1A0980/ ', N.pnr(rng), '\n  1.', gold('person', `${p.lang}:pnr-upper`, `${p.family.toUpperCase()}/${p.given.toUpperCase()}`), ' MR', '\n  2  ', N.flightNumber(rng), ' Y 12DEC 4 FRAWAW HK1  ', N.clockTime(rng), '\n  3 APM ', phone(rng, region, 'e164'), '\n  4 APE ', V.email(rng, p), '\n  5 FA PAX ', N.ticketNumber(rng, [region]), '\n').unit();
}

export const LETTER_SOURCES: Record<string, (rng: Rng) => Unit> = {
  'discharge-letter': dischargeLetter, 'lab-report': labReport, 'pharmacy-label': pharmacyLabel, 'appointment-reminder': appointmentReminder,
  'sepa-prenotification': sepaPrenotification, payslip, 'authority-letter': authorityLetter, 'article-metadata': articleMetadata, bibtex,
  'booking-confirmation': bookingConfirmation, 'pnr-display': pnrDisplay,
};
