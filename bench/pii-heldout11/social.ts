// Documents people write about people in set 11: Jira issue JSON, a Confluence page in storage format,
// a DocuSign envelope, a Typeform response, police incident reports, product reviews, used-car
// classifieds (dealer listings: the VIN is the car's, no owner is named), dating profiles, voicemail
// transcripts (digits grouped as the ASR heard them) and a student transcript, in many languages.
// Licence plates, dates of birth, student and case-holder numbers are left out.
import type { CountryCode } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, type Unit } from '../pii-heldout4/unit.js';
import { negative } from './negatives.js';
import { nameOf, person, type Lang11 } from './people.js';
import { phone, REGIONS11 } from './phones.js';
import { codiceFiscale, cpf, dni, email, ip, nino } from './values.js';

/** The region people of each language most often write phone numbers of. */
export const LANG_REGION: Record<Lang11, CountryCode> = {
  en: 'GB', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', pt: 'BR', pl: 'PL', cs: 'CZ', hu: 'HU', ro: 'RO', el: 'GR', tr: 'TR', fi: 'FI', sv: 'SE', no: 'NO', da: 'DK',
  vi: 'VN', th: 'TH', id: 'ID', tl: 'PH', sw: 'KE', he: 'IL', fa: 'IR', nl: 'NL', ja: 'JP',
};

function jiraIssue(r: Rng): Unit {
  const rep = person(r, r.pick(['en', 'pl', 'cs', 'ro']));
  const cust = person(r, r.pick(['en', 'de', 'tr', 'sv']));
  return new Doc().add('{"id":"', negative(r, 'record-id'), `","key":"SUP-${r.int(10, 9999)}","fields":{"summary":"Customer cannot reset password","created":"`, negative(r, 'timestamp'), '","reporter":{"displayName":"', nameOf(rep), '","emailAddress":"', email(r, rep, true), '"},"fixVersions":[{"name":"', negative(r, 'semver'), '"}],\n"description":"Customer ', nameOf(cust), ' called from ', phone(r, LANG_REGION[cust.lang]), ', login from ', ip(r), ', order ', negative(r, 'order-number'), '."}}\n').unit();
}

function confluencePage(r: Rng): Unit {
  const d = new Doc().add(`<h1>On-call rota — ${r.pick(['Platform', 'Payments', 'Identity'])}</h1>\n<ac:structured-macro ac:name="info"><ac:rich-text-body><p>Page version `, negative(r, 'semver'), '</p></ac:rich-text-body></ac:structured-macro>\n<table><tbody><tr><th>Name</th><th>Phone</th><th>E-mail</th></tr>\n');
  for (let i = 0; i < r.int(2, 5); i++) {
    const p = person(r, r.pick(['en', 'pl', 'hu', 'fi', 'da', 'he', 'ja', 'fr']));
    d.add('<tr><td>', nameOf(p), '</td><td>', phone(r, r.chance(0.5) ? LANG_REGION[p.lang] : r.pick(REGIONS11), r.pick(['international', 'e164'])), '</td><td><a href="mailto:', email(r, p, true), '">mail</a></td></tr>\n');
  }
  d.add('</tbody></table>\n<p>Runbook commit ', negative(r, 'git-sha'), '</p>\n');
  return d.unit();
}

function docusign(r: Rng): Unit {
  const d = new Doc().add('{"envelopeId":"', negative(r, 'uuid'), '","status":"completed","sentDateTime":"', negative(r, 'timestamp'), '","recipients":{"signers":[\n');
  for (let i = 0; i < r.int(1, 3); i++) {
    const p = person(r, r.pick(['en', 'es', 'pt', 'it', 'nl']));
    d.add(i ? ',\n' : '', '{"name":"', nameOf(p), '","email":"', email(r, p), '","recipientId":"', `${i + 1}`, '","phoneAuthentication":{"senderProvidedNumbers":["', phone(r, r.chance(0.5) ? LANG_REGION[p.lang] : r.pick(REGIONS11), 'e164'), '"]},"signedDateTime":"', negative(r, 'timestamp'), '","ipAddress":"', ip(r), '"}');
  }
  d.add('\n]}}\n');
  return d.unit();
}

function typeform(r: Rng): Unit {
  const p = person(r, r.pick(['sw', 'tl', 'id', 'en', 'fa']));
  return new Doc().add('{"landed_at":"', negative(r, 'timestamp'), '","submitted_at":"', negative(r, 'timestamp'), '","answers":[\n {"type":"text","text":"', nameOf(p), '","field":{"ref":"full_name"}},\n {"type":"email","email":"', email(r, p), '","field":{"ref":"email"}},\n {"type":"phone_number","phone_number":"', phone(r, r.chance(0.6) ? LANG_REGION[p.lang] : r.pick(REGIONS11), 'e164'), '","field":{"ref":"phone"}},\n {"type":"number","number":', `${r.int(1, 10)}`, ',"field":{"ref":"nps"}}\n],"calculated":{"score":', `${r.int(0, 40)}`, '}}\n').unit();
}

const POLICE: Partial<Record<Lang11, [string, string, string, string]>> = {
  en: ['INCIDENT REPORT', 'Complainant', 'Contact', 'Officer'], es: ['ATESTADO', 'Denunciante', 'Teléfono', 'Agente'], it: ['VERBALE DI DENUNCIA', 'Denunciante', 'Recapito', 'Agente'],
  pl: ['NOTATKA SŁUŻBOWA', 'Zgłaszający', 'Telefon', 'Funkcjonariusz'], el: ['ΑΝΑΦΟΡΑ ΣΥΜΒΑΝΤΟΣ', 'Καταγγέλων', 'Τηλέφωνο', 'Αστυνομικός'], tr: ['OLAY TUTANAĞI', 'Şikayetçi', 'Telefon', 'Memur'],
  pt: ['BOLETIM DE OCORRÊNCIA', 'Comunicante', 'Telefone', 'Agente'],
};

function policeReport(r: Rng): Unit {
  const lang = r.pick<Lang11>(['en', 'es', 'it', 'pl', 'el', 'tr', 'pt']);
  const [title, who, tel, officer] = POLICE[lang]!;
  const p = person(r, lang);
  const o = person(r, lang);
  const d = new Doc().add(`${title} `, negative(r, 'claim-number'), '\n', negative(r, 'timestamp'), `\n${who}: `, nameOf(p), `\n${tel}: `, phone(r, LANG_REGION[lang]), '\n');
  const id = lang === 'en' ? nino(r) : lang === 'es' ? dni(r) : lang === 'it' ? codiceFiscale(r) : lang === 'pt' ? cpf(r) : undefined;
  if (id) d.add(`${({ en: 'NI number', es: 'DNI', it: 'C.F.', pt: 'CPF' } as Record<string, string>)[lang]}: `, id, '\n');
  d.add(`${r.pick(['Bicycle stolen', 'Phone lost', 'Window broken'])}; estimated loss `, negative(r, 'amount'), `.\n${officer}: `, nameOf(o), '\n');
  return d.unit();
}

const REVIEW: Partial<Record<Lang11, string[]>> = {
  pl: ['Paczka doszła po 3 dniach, zamówienie ', 'Polecam! Kontakt do mnie: '], cs: ['Dorazilo rychle, objednávka ', 'Kdyby měl někdo dotaz, pište na '], hu: ['Gyors szállítás, rendelés ', 'Kérdés esetén: '],
  tr: ['Ürün harika, sipariş ', 'Soru için bana yazın: '], vi: ['Hàng tốt, giao nhanh, đơn ', 'Ai cần hỏi thì liên hệ '], th: ['สินค้าดี ส่งไว คำสั่งซื้อ ', 'สอบถามได้ที่ '], id: ['Barang bagus, pesanan ', 'Kalau mau tanya hubungi '],
  sw: ['Bidhaa nzuri, oda ', 'Kwa maswali nipigie '], fi: ['Toimitus nopea, tilaus ', 'Kysymyksiin vastaan: '], en: ['Great fit, order ', 'Happy to answer questions: '],
};

function productReview(r: Rng): Unit {
  const lang = r.pick(Object.keys(REVIEW) as Lang11[]);
  const [a, b] = REVIEW[lang]! as [string, string];
  const p = person(r, lang);
  const d = new Doc().add(`★★★★${r.pick(['★', '☆'])} `, nameOf(p), ' — ', negative(r, 'timestamp'), `\n${a}`, negative(r, 'order-number'), ', ', negative(r, 'amount'), '. ');
  if (r.chance(0.7)) d.add(b, r.chance(0.6) ? phone(r, LANG_REGION[lang]) : email(r, p), '\n');
  else d.add('EAN ', negative(r, 'gtin'), '\n');
  return d.unit();
}

const CAR: Partial<Record<Lang11, [string, string, string]>> = {
  pl: ['Sprzedam', 'przebieg', 'Dzwoń'], cs: ['Prodám', 'najeto', 'Volejte'], ro: ['Vând', 'rulaj', 'Sunați'], hu: ['Eladó', 'futott', 'Hívjon'], tr: ['Satılık', 'kilometre', 'Arayın'],
  el: ['Πωλείται', 'χιλιόμετρα', 'Τηλ.'], sv: ['Säljes', 'miltal', 'Ring'], da: ['Sælges', 'kørt', 'Ring'], de: ['Verkaufe', 'Laufleistung', 'Tel.'], vi: ['Bán xe', 'đã đi', 'LH'],
};

function usedCarAd(r: Rng): Unit {
  const lang = r.pick(Object.keys(CAR) as Lang11[]);
  const [sell, km, call] = CAR[lang]!;
  const p = person(r, lang);
  const d = new Doc().add(`${sell} ${r.pick(['Škoda Octavia', 'VW Golf', 'Dacia Logan', 'Toyota Corolla', 'Volvo V60'])} ${r.int(2012, 2024)}, ${km} ${r.int(20, 290)}${r.pick([' 000 km', '.000 km', ' tys. km'])}, `, negative(r, 'amount'), '\nVIN: ', negative(r, 'vin'), `\nAuto ${r.pick(['Centrum', 'Market', 'Galerie'])} — ${call} `, nameOf(p), ' ', phone(r, LANG_REGION[lang]), '\n');
  if (r.chance(0.4)) d.add(email(r, p, true), '\n');
  return d.unit();
}

const DATING: Partial<Record<Lang11, [string, string]>> = {
  en: ['Hi, I\'m', 'Text me'], pl: ['Cześć, jestem', 'Napisz'], tr: ['Merhaba, ben', 'Yaz bana'], el: ['Γεια, είμαι η/ο', 'Στείλε μου'], he: ['היי, אני', 'שלחו הודעה'], fa: ['سلام، من', 'پیام بده'],
  th: ['สวัสดี ฉันชื่อ', 'ทักมาได้ที่'], id: ['Hai, aku', 'WA aku'], tl: ['Hello, ako si', 'I-text mo ako'], sw: ['Habari, mimi ni', 'Nitumie ujumbe'], no: ['Hei, jeg er', 'Send melding'],
};

function datingProfile(r: Rng): Unit {
  const lang = r.pick(Object.keys(DATING) as Lang11[]);
  const [hi, text] = DATING[lang]!;
  const p = person(r, lang);
  const d = new Doc().add(`${hi} `, nameOf(p), `, ${r.int(21, 55)} · ${r.int(150, 198)} cm · ${r.pick(['🥾', '🎸', '📚', '🍜'])}\n`);
  const withMail = r.chance(0.4);
  d.add(`${text}: `, phone(r, LANG_REGION[lang], r.pick(['international', 'national', 'e164'])), withMail ? ' / ' : '\n');
  if (withMail) d.add(email(r, p), '\n');
  return d.unit();
}

const VOICEMAIL: Partial<Record<Lang11, [string, string, string, string]>> = {
  en: ['Hi this is', 'about the invoice', 'please call me back on', 'thanks'], pl: ['Dzień dobry, tu', 'w sprawie faktury', 'proszę oddzwonić pod numer', 'dziękuję'],
  cs: ['Dobrý den, tady', 'ohledně faktury', 'zavolejte mi prosím na', 'děkuji'], sv: ['Hej, det är', 'angående fakturan', 'ring mig på', 'tack'], fi: ['Hei, täällä', 'laskusta', 'soita minulle numeroon', 'kiitos'],
  ro: ['Bună ziua, sunt', 'despre factura', 'vă rog sunați-mă la', 'mulțumesc'], tr: ['Merhaba, ben', 'fatura hakkında', 'beni şu numaradan arayın', 'teşekkürler'], id: ['Halo, saya', 'soal tagihan', 'tolong telepon balik ke', 'terima kasih'],
};

function voicemail(r: Rng): Unit {
  const lang = r.pick(Object.keys(VOICEMAIL) as Lang11[]);
  const [hi, about, back, thanks] = VOICEMAIL[lang]!;
  const p = person(r, lang);
  return new Doc().add(`[voicemail ${r.int(0, 2)}:${String(r.int(5, 59)).padStart(2, '0')}] ${hi} `, nameOf(p), `, ${about} `, negative(r, r.pick(['invoice-number', 'order-number'])), ` ${back} `, phone(r, LANG_REGION[lang], r.pick(['asr-digits', 'asr-digits', 'national'])), ` ${thanks}.\n`).unit();
}

function studentTranscript(r: Rng): Unit {
  const lang = r.pick<Lang11>(['ro', 'hu', 'el', 'vi', 'en']);
  const p = person(r, lang);
  const d = new Doc().add('ACADEMIC TRANSCRIPT (unofficial)\nStudent: ', nameOf(p), '\nE-mail: ', email(r, p), '\nIssued: ', negative(r, 'timestamp'), '\n\nCourse            ECTS  Grade\n');
  for (let i = 0; i < r.int(3, 6); i++) d.add(`${r.pick(['Linear Algebra', 'Microeconomics', 'Organic Chemistry', 'Databases', 'Statistics'])}  ${r.int(3, 8)}  ${r.int(5, 10)}\n`);
  d.add('Textbook: ISBN ', negative(r, 'isbn'), '; journal ISSN ', negative(r, 'issn'), '\n');
  return d.unit();
}

export const SOCIAL11: Record<string, (r: Rng) => Unit> = {
  'jira-issue-json': jiraIssue, 'confluence-page': confluencePage, 'docusign-envelope': docusign, 'typeform-response': typeform, 'police-report': policeReport,
  'product-review': productReview, 'used-car-ad': usedCarAd, 'dating-profile': datingProfile, 'voicemail-asr': voicemail, 'student-transcript': studentTranscript,
};
