// Set 7's documents people write: CVs and cover letters in twelve languages (national ids with their
// cue in the writer's language: NINO, DNI/NIE, codice fiscale, Aadhaar, CPF), contracts and court
// filings (case and docket numbers, statute citations), utility bills with IBAN and direct-debit
// references, waybills, and student-office letters.
import type { CountryCode } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, gold, type Piece, type Unit } from '../pii-heldout4/unit.js';
import { phone } from './machine.js';
import * as N from './negatives.js';
import * as V from './values.js';

interface Lang {
  region: CountryCode;
  names: string[];
  cv: [string, string, string, string, string];
  id?: [string, (rng: Rng) => Piece];
}

// CV labels: personal data, phone, e-mail, address, experience.
const LANGS: Record<string, Lang> = {
  en: { region: 'GB', names: ['Oliver Bennett', 'Amelia Clarke'], cv: ['CURRICULUM VITAE', 'Mobile', 'Email', 'Address', 'Experience'], id: ['National Insurance number', V.nino] },
  de: { region: 'DE', names: ['Katharina Vogel', 'Jonas Schäfer'], cv: ['Lebenslauf', 'Telefon', 'E-Mail', 'Anschrift', 'Berufserfahrung'] },
  fr: { region: 'FR', names: ['Camille Lefèvre', 'Hugo Marchand'], cv: ['Curriculum vitae', 'Tél.', 'Courriel', 'Adresse', 'Expérience professionnelle'] },
  es: { region: 'ES', names: ['Lucía Fernández', 'Pablo Ortega'], cv: ['Currículum', 'Móvil', 'Correo electrónico', 'Domicilio', 'Experiencia'], id: ['DNI', V.dni] },
  it: { region: 'IT', names: ['Giulia Esposito', 'Matteo Ricci'], cv: ['Curriculum vitae', 'Cellulare', 'E-mail', 'Indirizzo', 'Esperienze lavorative'], id: ['Codice fiscale', V.codiceFiscale] },
  pt: { region: 'BR', names: ['Beatriz Almeida', 'Rafael Souza'], cv: ['Currículo', 'Celular', 'E-mail', 'Endereço', 'Experiência profissional'], id: ['CPF', V.cpf] },
  hi: { region: 'IN', names: ['Ananya Iyer', 'Rohan Mehta'], cv: ['RESUME', 'Mobile No.', 'Email ID', 'Address', 'Work Experience'], id: ['Aadhaar No.', V.aadhaar] },
  zh: { region: 'CN', names: ['王芳', '李明'], cv: ['个人简历', '手机', '电子邮箱', '地址', '工作经历'] },
  ko: { region: 'KR', names: ['김민준', '이서연'], cv: ['이력서', '휴대폰', '이메일', '주소', '경력'] },
  uk: { region: 'UA', names: ['Олена Коваленко', 'Андрій Шевченко'], cv: ['Резюме', 'Телефон', 'Ел. пошта', 'Адреса', 'Досвід роботи'] },
  he: { region: 'IL', names: ['נועה לוי', 'איתי כהן'], cv: ['קורות חיים', 'טלפון', 'דוא"ל', 'כתובת', 'ניסיון תעסוקתי'] },
  vi: { region: 'VN', names: ['Nguyễn Thị Lan', 'Trần Văn Hùng'], cv: ['SƠ YẾU LÝ LỊCH', 'Điện thoại', 'Email', 'Địa chỉ', 'Kinh nghiệm làm việc'] },
  id: { region: 'ID', names: ['Dewi Lestari', 'Budi Santoso'], cv: ['DAFTAR RIWAYAT HIDUP', 'No. HP', 'Email', 'Alamat', 'Pengalaman Kerja'] },
  nl: { region: 'NL', names: ['Sanne de Vries', 'Daan Jansen'], cv: ['Curriculum vitae', 'Telefoon', 'E-mail', 'Adres', 'Werkervaring'] },
  pl: { region: 'PL', names: ['Zofia Wiśniewska', 'Jakub Wójcik'], cv: ['Życiorys', 'Telefon', 'E-mail', 'Adres', 'Doświadczenie zawodowe'] },
};

function cv(rng: Rng): Unit {
  const key = rng.pick(Object.keys(LANGS));
  const l = LANGS[key]!;
  const [title, tel, mail, addr, exp] = l.cv;
  const d = new Doc().add(`${title}\n\n`, gold('person', key, rng.pick(l.names)), `\n${tel}: `, phone(rng, l.region), `\n${mail}: `, V.email(rng), `\n${addr}: ${rng.int(1, 120)} ${rng.pick(['Main Street', 'Hauptstraße', 'Rua Augusta', 'Via Roma', 'Calle Mayor'])}\n`);
  if (l.id) d.add(`${l.id[0]}: `, l.id[1](rng), '\n');
  d.add(`LinkedIn: linkedin.com/in/${V.lower(rng, 8)}\n\n${exp}\n2019–2025  ${rng.pick(['Data Engineer', 'Buchhalterin', 'Chef de projet', 'Desarrollador', 'Kỹ sư phần mềm'])}, ${rng.pick(['Siemens', 'Tokopedia', 'Samsung', 'Nubank', 'Wix'])}  (ref. `, N.invoiceNo(rng), ')\n');
  if (rng.chance(0.3)) d.add(`GitHub: github.com/${V.lower(rng, 7)} · `, N.version(rng), '\n');
  return d.unit();
}

const LETTER_OPEN: Record<string, string> = { en: 'Dear Hiring Manager,', de: 'Sehr geehrte Damen und Herren,', fr: 'Madame, Monsieur,', es: 'Estimados señores:', it: 'Gentile responsabile,', pt: 'Prezados,', nl: 'Geachte heer/mevrouw,', pl: 'Szanowni Państwo,', id: 'Dengan hormat,', vi: 'Kính gửi Quý công ty,', ko: '안녕하십니까,', zh: '尊敬的招聘负责人：', uk: 'Шановні пані та панове,', he: 'לכבוד מחלקת משאבי אנוש,', hi: 'Dear Sir/Madam,' };

function coverLetter(rng: Rng): Unit {
  const key = rng.pick(Object.keys(LANGS));
  const l = LANGS[key]!;
  const d = new Doc().add(`${LETTER_OPEN[key]}\n\n${rng.pick(['I am applying for the position', 'Ich bewerbe mich auf die Stelle', 'Je postule au poste', 'Me postulo al puesto', 'Saya melamar posisi'])} (ref. `, N.invoiceNo(rng), `, posted ${rng.int(1, 28)}.${rng.int(1, 12)}.2026). ${rng.pick(['You can reach me at', 'Erreichbar unter', 'Contact :', 'Liên hệ:', '연락처:'])} `, phone(rng, l.region), '.\n');
  d.add(`\n`, gold('person', key, rng.pick(l.names)), '\n', phone(rng, l.region), ' · ', V.email(rng), '\n');
  if (l.id && rng.chance(0.5)) d.add(`${l.id[0]} `, l.id[1](rng), '\n');
  if (key === 'en' && rng.chance(0.5)) d.add('US work authorisation, SSN ', V.ssn(rng), '\n');
  return d.unit();
}

function contract(rng: Rng): Unit {
  const d = new Doc().add('SERVICE AGREEMENT / DIENSTLEISTUNGSVERTRAG\n\nbetween ', gold('person', 'de', rng.pick(['Dr. Petra Hahn', 'Markus Lindner'])), `, ${rng.int(1, 90)} Lindenallee, 10115 Berlin, Tel. `, phone(rng, 'DE'), ', E-Mail ', V.email(rng), '\nand ', gold('person', 'en', rng.pick(['James O’Connor', 'Aisha Rahman'])), ', phone ', phone(rng, rng.pick(['US', 'GB', 'IE'])), '.\n\n§ 3 Payment. Fees are due within 14 days to IBAN ', V.iban(rng, rng.pick(['DE', 'AT', 'NL', 'GB'])), ' (invoice ', N.invoiceNo(rng), ').\n§ 9 Liability under ', N.statute(rng), ' is limited; see also ', N.statute(rng), '.\n');
  if (rng.chance(0.3)) d.add('Tax: the contractor’s SSN is ', V.ssn(rng), '.\n');
  return d.unit();
}

function courtFiling(rng: Rng): Unit {
  const d = new Doc().add(`IN THE ${rng.pick(['UNITED STATES DISTRICT COURT', 'LANDGERICHT MÜNCHEN I', 'TRIBUNALE DI MILANO'])}\nCase No. `, N.caseNumber(rng), ' · ', N.docket(rng), '\n\nPlaintiff: ', gold('person', 'en', rng.pick(['Maria Gonzalez', 'Robert Kim', 'Elena Bruno'])), ', reachable at ', phone(rng, rng.pick(['US', 'DE', 'IT'])), ' and ', V.email(rng), '\nDefendant: Acme Data GmbH, claims arise under ', N.statute(rng), ' and ', N.statute(rng), `.\nExhibit ${rng.int(1, 40)}: access log shows login from `, V.ip(rng), ' on ', N.epochS(rng), ' (epoch).\n');
  if (rng.chance(0.4)) d.add('Plaintiff’s codice fiscale ', V.codiceFiscale(rng), '.\n');
  if (rng.chance(0.4)) d.add('Social Security No. ', V.ssn(rng), ' (redaction requested).\n');
  return d.unit();
}

function utilityBill(rng: Rng): Unit {
  const de = rng.chance(0.5);
  const d = new Doc().add(de ? 'Stadtwerke Nord · Jahresabrechnung Strom\nKunde: ' : 'Northern Power · Electricity bill\nCustomer: ', gold('person', de ? 'de' : 'en', rng.pick(['Sabine Krüger', 'Thomas Reid', 'Ewa Nowak'])), de ? '\nMarktlokation/Zählpunkt: ' : '\nMPAN: ', de ? N.meloId(rng) : N.mpan(rng), de ? '\nZähler: ' : '\nMeter: ', N.meterSerial(rng), de ? ' Stand: ' : ' reading: ', N.reading(rng), ' kWh\n');
  d.add(de ? 'Lastschrift von IBAN ' : 'Direct Debit from ', V.iban(rng, de ? 'DE' : 'GB'), de ? ', Mandatsreferenz ' : ', mandate ', N.mandateRef(rng), de ? ', Gläubiger-ID ' : ', creditor id ', N.creditorId(rng), '\n', de ? 'Rückfragen: ' : 'Questions: ', phone(rng, de ? 'DE' : 'GB'), ' · ', V.email(rng), '\n');
  if (rng.chance(0.4)) d.add(de ? 'Hinweis: die IBAN ' : 'Note: the IBAN ', N.badIban(rng), de ? ' ist ungültig.\n' : ' on file is invalid.\n');
  return d.unit();
}

function waybillDoc(rng: Rng): Unit {
  return new Doc().add('WAYBILL ', N.waybill(rng), '\nShipper: Acme Parts, ', phone(rng, rng.pick(['DE', 'NL', 'PL', 'CZ'])), '\nConsignee: ', gold('person', 'en', rng.pick(['Nadia Haddad', 'Pieter Smit', 'Chen Jie'])), ', ', phone(rng, rng.pick(['FR', 'IT', 'ES', 'SE', 'DK'])), ', ', V.email(rng), '\nVehicle: VIN ', N.vin(rng), ', plate ', N.plate(rng), `, odometer `, N.odometer(rng), ' km, GPS ', N.gps(rng), '\nEAN ', N.ean13(rng), ` · ${rng.int(1, 40)} parcels · `, N.amount(rng), ' EUR\n').unit();
}

function studentLetter(rng: Rng): Unit {
  const d = new Doc().add('Student Services — enrolment confirmation\nStudent: ', gold('person', 'en', rng.pick(['Lea Hoffmann', 'Arjun Nair', 'Sofía Díaz'])), ' (student no. ', N.studentNo(rng), ')\nCourses: ', N.courseCode(rng), ', ', N.courseCode(rng), ' in room ', N.room(rng), '\nContact on file: ', V.email(rng), ', ', phone(rng), '\n');
  if (rng.chance(0.3)) d.add('Tuition refund to ', V.iban(rng), '\n');
  if (rng.chance(0.2)) d.add('Campus Wi-Fi device registered: ', V.mac(rng, 'dash-upper'), '\n');
  return d.unit();
}

export const HUMAN_SOURCES7: Record<string, (rng: Rng) => Unit> = {
  'cv-resume': cv, 'cover-letter': coverLetter, contract, 'court-filing': courtFiling, 'utility-bill': utilityBill, waybill: waybillDoc, 'student-letter': studentLetter,
};
