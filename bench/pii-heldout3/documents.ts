// Human-written documents in eight languages (English, German, French, Spanish, Italian, Portuguese,
// Dutch, Japanese): support chat transcripts, e-mail threads with RFC 5322 headers and signatures,
// intake forms (clinic and HR) with national ids under their own labels, invoices with line items,
// and developer text: Markdown READMEs with config snippets, SQL INSERT dumps, git log and diff.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, type Unit, type Value } from './doc.js';
import { cpuQuantity, height, instant, memoryQuantity, neg, timestamp, weight } from './negatives.js';
import { HEX } from '../pii-heldout/prng.js';
import { phone } from './phones.js';
import { aadhaar, awsKeyId, awsSecret, card, codiceFiscale, cpf, dni, email, githubToken, iban, ip, mac, nino, privateKey, slackToken, ssn } from './values.js';

export const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ja'] as const;
type Lang = (typeof LANGS)[number];

const REGION: Record<Lang, string[]> = { en: ['GB', 'US', 'IE', 'AU', 'CA', 'IN'], de: ['DE', 'AT', 'CH'], fr: ['FR', 'BE', 'CH'], es: ['ES', 'MX'], it: ['IT', 'CH'], pt: ['PT', 'BR'], nl: ['NL', 'BE'], ja: ['JP'] };

// Labels as each language writes them on forms, signatures and invoices.
const L: Record<Lang, Record<'phone' | 'mobile' | 'fax' | 'email' | 'iban' | 'order' | 'invoice' | 'total' | 'dob' | 'name' | 'hello' | 'thanks' | 'tracking' | 'case', string>> = {
  en: { phone: 'Phone', mobile: 'Mobile', fax: 'Fax', email: 'Email', iban: 'IBAN', order: 'Order no.', invoice: 'Invoice', total: 'Total', dob: 'Date of birth', name: 'Name', hello: 'Hi, I need help with my order', thanks: 'Kind regards', tracking: 'Tracking number', case: 'Case' },
  de: { phone: 'Tel.', mobile: 'Mobil', fax: 'Fax', email: 'E-Mail', iban: 'IBAN', order: 'Bestellnummer', invoice: 'Rechnung Nr.', total: 'Gesamtbetrag', dob: 'Geburtsdatum', name: 'Name', hello: 'Guten Tag, ich habe ein Problem mit meiner Bestellung', thanks: 'Mit freundlichen Grüßen', tracking: 'Sendungsnummer', case: 'Vorgang' },
  fr: { phone: 'Tél.', mobile: 'Portable', fax: 'Fax', email: 'Courriel', iban: 'IBAN', order: 'N° de commande', invoice: 'Facture n°', total: 'Total TTC', dob: 'Date de naissance', name: 'Nom', hello: 'Bonjour, j’ai un souci avec ma commande', thanks: 'Cordialement', tracking: 'Numéro de suivi', case: 'Dossier' },
  es: { phone: 'Tel.', mobile: 'Móvil', fax: 'Fax', email: 'Correo', iban: 'IBAN', order: 'Nº de pedido', invoice: 'Factura nº', total: 'Total', dob: 'Fecha de nacimiento', name: 'Nombre', hello: 'Hola, tengo un problema con mi pedido', thanks: 'Saludos cordiales', tracking: 'Número de seguimiento', case: 'Caso' },
  it: { phone: 'Tel.', mobile: 'Cell.', fax: 'Fax', email: 'E-mail', iban: 'IBAN', order: 'N. ordine', invoice: 'Fattura n.', total: 'Totale', dob: 'Data di nascita', name: 'Nome', hello: 'Buongiorno, ho un problema con il mio ordine', thanks: 'Cordiali saluti', tracking: 'Codice di tracciamento', case: 'Pratica' },
  pt: { phone: 'Tel.', mobile: 'Celular', fax: 'Fax', email: 'E-mail', iban: 'IBAN', order: 'Nº do pedido', invoice: 'Fatura nº', total: 'Total', dob: 'Data de nascimento', name: 'Nome', hello: 'Olá, tenho um problema com o meu pedido', thanks: 'Atenciosamente', tracking: 'Código de rastreio', case: 'Protocolo' },
  nl: { phone: 'Tel.', mobile: 'Mobiel', fax: 'Fax', email: 'E-mail', iban: 'IBAN', order: 'Bestelnummer', invoice: 'Factuurnummer', total: 'Totaal', dob: 'Geboortedatum', name: 'Naam', hello: 'Hallo, ik heb een probleem met mijn bestelling', thanks: 'Met vriendelijke groet', tracking: 'Trackingnummer', case: 'Dossier' },
  ja: { phone: '電話', mobile: '携帯', fax: 'FAX', email: 'メール', iban: 'IBAN', order: '注文番号', invoice: '請求書番号', total: '合計', dob: '生年月日', name: '氏名', hello: 'お世話になっております。注文の件でご連絡しました', thanks: 'よろしくお願いいたします', tracking: '追跡番号', case: '問い合わせ番号' },
};

const NAMES: Record<Lang, string[]> = {
  en: ['Olivia Bennett', 'James Whitaker', 'Priya Raman', 'Liam O’Connor'], de: ['Jürgen Müller', 'Katrin Vogel', 'Lukas Brandt'], fr: ['Camille Lefèvre', 'Hugo Marchand', 'Élodie Roux'],
  es: ['Lucía Fernández', 'Javier Ortega', 'Carmen Ruiz'], it: ['Giulia Bianchi', 'Marco Esposito', 'Chiara Romano'], pt: ['João Carvalho', 'Beatriz Souza', 'Rafael Lima'],
  nl: ['Sanne de Vries', 'Bram Visser', 'Femke Bakker'], ja: ['山田 太郎', '佐藤 花子', '鈴木 一郎'],
};
const person = (rng: Rng, lang: Lang): Value => ({ text: rng.pick(NAMES[lang]), type: 'person', form: lang });
const localPhone = (rng: Rng, lang: Lang) => phone(rng, rng.pick(REGION[lang]));

function chat(rng: Rng, lang: Lang): Unit {
  const d = new Doc();
  const l = L[lang];
  const clock = () => `[${String(rng.int(8, 19)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}] `;
  const cust = person(rng, lang);
  d.t(clock()).v(cust).t(`: ${l.hello} `).n('order-number', neg(rng, 'order-number')).t('\n');
  d.t(clock()).t('Agent: ').t(lang === 'ja' ? 'ご登録のメールアドレスを教えてください。\n' : 'OK — email / phone?\n');
  d.t(clock()).v(cust).t(': ').v(email(rng)).t(` / ${l.mobile} `).v(localPhone(rng, lang)).t('\n');
  if (rng.chance(0.5)) d.t(clock()).t(`Agent: ${l.case} `).n('case-number', neg(rng, 'case-number')).t(', ').n('price', neg(rng, 'price')).t(` — ${l.tracking} `).n('tracking-number', neg(rng, 'tracking-number')).t('\n');
  if (rng.chance(0.4)) d.t(clock()).v(cust).t(`: ${l.iban}: `).v(iban(rng)).t('\n');
  if (rng.chance(0.25)) d.t(clock()).v(cust).t(': card ').v(card(rng)).t(' exp 0').t(String(rng.int(1, 9))).t('/2').t(String(rng.int(6, 9))).t('\n');
  if (rng.chance(0.3)) d.t(clock()).t('Agent: ref ').n('reference-number', neg(rng, 'reference-number')).t(', app ').n('version', neg(rng, 'version')).t('\n');
  return d.done();
}

function mailThread(rng: Rng, lang: Lang): Unit {
  const d = new Doc();
  const l = L[lang];
  const sender = person(rng, lang);
  const relay = ip(rng);
  // RFC 5321 address literals: IPv6 ones carry the `IPv6:` tag.
  d.t(`Received: from mail.contoso.de (mail.contoso.de [${relay.text.includes(':') ? 'IPv6:' : ''}`).v(relay).t(']) by mx.northwind.io with ESMTPS id ').n('request-id', neg(rng, 'request-id')).t(';\n    ').n('timestamp', timestamp(instant(rng), 'git')).t('\n');
  d.t('From: "').v(sender).t('" <').v(email(rng)).t('>\nTo: ').v(email(rng)).t('\nCc: ').v(email(rng)).t('\nDate: ').n('timestamp', timestamp(instant(rng), 'git')).t('\nMessage-ID: <').n('message-id', neg(rng, 'message-id')).t('>\n');
  d.t(`Subject: Re: ${l.invoice} `).n('invoice-number', neg(rng, 'invoice-number')).t('\n\n');
  d.t(`${l.invoice} `).n('invoice-number', neg(rng, 'invoice-number')).t(` — ${l.total} `).n('price', neg(rng, 'price')).t(`, ${l.iban} `).v(iban(rng)).t('.\n\n');
  d.t(`${l.thanks}\n`).v(sender).t('\n');
  d.t(`${l.phone}: `).v(localPhone(rng, lang)).t('\n');
  if (rng.chance(0.6)) d.t(`${l.mobile}: `).v(localPhone(rng, lang)).t('\n');
  if (rng.chance(0.3)) d.t(`${l.fax}: `).v(localPhone(rng, lang)).t('\n');
  if (rng.chance(0.5)) d.t('VAT ').n('vat-id', neg(rng, 'vat-id')).t('\n');
  d.t('\n> On ').n('timestamp', timestamp(instant(rng), 'us-date-time')).t(' ').v(email(rng)).t(' wrote:\n> ').t(lang === 'ja' ? '添付をご確認ください。' : 'see attached, ref ').n('reference-number', neg(rng, 'reference-number')).t('\n');
  return d.done();
}

const ID_BY_LANG: Partial<Record<Lang, Array<[string, (r: Rng) => Value]>>> = {
  en: [['National Insurance number', nino], ['NI No.', nino], ['SSN', ssn], ['Social Security No.', ssn], ['Aadhaar No.', aadhaar], ['आधार संख्या', aadhaar]],
  es: [['DNI', dni], ['NIE', dni], ['NIF', dni]],
  it: [['Codice fiscale', codiceFiscale], ['C.F.', codiceFiscale]],
  pt: [['CPF', cpf], ['CPF nº', cpf]],
  ja: [['Aadhaar', aadhaar]],
};

function intakeForm(rng: Rng, lang: Lang): Unit {
  const d = new Doc();
  const l = L[lang];
  d.t(rng.pick(['PATIENT INTAKE / ', 'Personalbogen / ', 'Onboarding form / '])).t('Form ').n('case-number', neg(rng, 'case-number')).t('\n');
  d.t(`${l.name}: `).v(person(rng, lang)).t(`\n${l.dob}: `).v({ text: `${rng.int(1, 28)}.${rng.int(1, 12)}.${rng.int(1950, 2004)}`, type: 'date-of-birth', form: lang }).t('\n');
  d.t(`${l.phone}: `).v(localPhone(rng, lang)).t(`\n${l.email}: `).v(email(rng)).t('\n');
  const ids = ID_BY_LANG[lang] ?? ID_BY_LANG[rng.pick(['en', 'es', 'it', 'pt'] as const)]!;
  const [label, gen] = rng.pick(ids);
  d.t(`${label}: `).v(gen(rng)).t('\n');
  if (rng.chance(0.4)) d.t(`${l.iban}: `).v(iban(rng)).t('\n');
  d.t('Height/Weight: ').n('measurement', height(rng)).t(' / ').n('measurement', weight(rng)).t(', BP ').n('measurement', `${rng.int(95, 160)}/${rng.int(55, 100)}`).t('\n');
  d.t('Appointment: ').n('timestamp', timestamp(instant(rng), rng.pick(['eu-date-time', 'us-date-time', 'w3c'] as const))).t(', room ').t(String(rng.int(1, 40))).t('\n');
  return d.done();
}

function invoice(rng: Rng, lang: Lang): Unit {
  const d = new Doc();
  const l = L[lang];
  d.t(`${l.invoice} `).n('invoice-number', neg(rng, 'invoice-number')).t(' — ').n('timestamp', timestamp(instant(rng), 'eu-date-time')).t(`\n${l.order} `).n('order-number', neg(rng, 'order-number')).t('\n');
  for (let i = rng.int(2, 4); i > 0; i--) d.t(`${i} × `).n('sku', neg(rng, 'sku')).t(' EAN ').n('barcode', neg(rng, 'barcode')).t('  ').n('price', neg(rng, 'price')).t('\n');
  if (rng.chance(0.3)) d.t('ISBN ').n('isbn', neg(rng, 'isbn')).t('  ').n('price', neg(rng, 'price')).t('\n');
  d.t(`${l.total}: `).n('price', neg(rng, 'price')).t('\nVAT ID ').n('vat-id', neg(rng, 'vat-id')).t(`\n${l.iban}: `).v(iban(rng)).t(rng.chance(0.5) ? '  BIC COBADEFFXXX\n' : '\n');
  d.t(`${l.tracking}: `).n('tracking-number', neg(rng, 'tracking-number')).t('\n');
  d.t(`${l.phone} `).v(localPhone(rng, lang)).t(' · ').v(email(rng)).t('\n');
  if (rng.chance(0.3)) d.t('Ref. ').n('bad-iban', neg(rng, 'bad-iban')).t(' (old account, closed)\n');
  return d.done();
}

function readme(rng: Rng): Unit {
  const d = new Doc();
  d.t('# billing-service\n\n![version](https://img.shields.io/badge/version-').n('version', neg(rng, 'version')).t('-blue)\n\n## Maintainers\n\n- ').v(person(rng, 'en')).t(' <').v(email(rng)).t('>\n- on call: ').v(phone(rng, rng.pick(['US', 'GB', 'DE']), 'intl')).t('\n\n');
  d.t('## Configuration\n\n```yaml\nimage: registry.example.com/billing:').n('version', neg(rng, 'version')).t('\nreplicas: 3\nresources:\n  limits: { cpu: ').n('k8s-quantity', cpuQuantity(rng)).t(', memory: ').n('k8s-quantity', memoryQuantity(rng)).t(' }\nport: ').n('port', neg(rng, 'port')).t('\nsnmp_oid: ').n('oid', neg(rng, 'oid')).t('\n```\n\n');
  d.t('```ini\n# .env.example (do not commit real values)\nDB_HOST=').v(ip(rng)).t('\nAWS_ACCESS_KEY_ID=').v(awsKeyId(rng)).t('\nAWS_SECRET_ACCESS_KEY=').v(awsSecret(rng)).t('\n');
  if (rng.chance(0.5)) d.t('SLACK_TOKEN=').v(slackToken(rng)).t('\n');
  d.t('```\n\nTested on Windows ').n('version-4part', neg(rng, 'version-4part')).t(', gateway MAC ').v(mac(rng, rng.pick(['dash', 'cisco', 'bare'] as const))).t(' at ').n('coordinates', neg(rng, 'coordinates')).t('.\n');
  if (rng.chance(0.3)) d.t('\nDeploy key:\n\n```\n').v(privateKey(rng)).t('\n```\n');
  return d.done();
}

function sqlDump(rng: Rng): Unit {
  const d = new Doc();
  d.t('-- MySQL dump 10.13  Distrib ').n('version', neg(rng, 'version')).t('\nINSERT INTO `customers` (`id`,`name`,`email`,`phone`,`iban`,`created_at`,`ip`) VALUES\n');
  for (let i = rng.int(2, 5); i > 0; i--) {
    const lang = rng.pick(LANGS);
    d.t('(').n('order-number', String(rng.int(1000, 999999))).t(",'").v(person(rng, lang)).t("','").v(email(rng)).t("','").v(localPhone(rng, lang)).t("','").v({ ...iban(rng) }).t("','");
    d.n('timestamp', timestamp(instant(rng), 'w3c')).t("','").v(ip(rng)).t(i > 1 ? "'),\n" : "');\n");
  }
  if (rng.chance(0.5)) d.t('INSERT INTO `payments` VALUES (').n('order-number', String(rng.int(1000, 99999))).t(",'").v(card(rng)).t("',").n('price', `${rng.int(1, 999)}.${rng.digits(2)}`).t(",'").n('epoch-seconds', neg(rng, 'epoch-seconds')).t("');\n");
  return d.done();
}

function gitLog(rng: Rng): Unit {
  const d = new Doc();
  for (let i = rng.int(1, 3); i > 0; i--) {
    d.t('commit ').n('git-hash', rng.chars(HEX, 40)).t('\nAuthor: ').v(person(rng, rng.pick(LANGS))).t(' <').v(email(rng)).t('>\nDate:   ').n('timestamp', timestamp(instant(rng), 'git')).t('\n\n    ');
    d.t(rng.pick(['Fix rounding of invoice totals', 'Bump dependencies', 'Handle empty carts'])).t(' (').n('build-number', `#${rng.int(10, 9999)}`).t(')\n\n');
  }
  d.t('diff --git a/config/app.yml b/config/app.yml\nindex ').n('git-hash', rng.chars(HEX, 7)).t('..').n('git-hash', rng.chars(HEX, 7)).t(' 100644\n--- a/config/app.yml\n+++ b/config/app.yml\n@@ -12,7 +12,7 @@\n');
  d.t('-  version: ').n('version', neg(rng, 'version')).t('\n+  version: ').n('version', neg(rng, 'version')).t('\n-  contact: ').v(email(rng)).t('\n+  contact: ').v(email(rng)).t('\n');
  if (rng.chance(0.5)) d.t('+  github_token: ').v(githubToken(rng)).t('\n');
  if (rng.chance(0.3)) d.t('+  aws_access_key_id: ').v(awsKeyId(rng)).t('\n+  aws_secret_access_key: ').v(awsSecret(rng)).t('\n');
  return d.done();
}

export const DOCUMENT_TEMPLATES: Record<string, (rng: Rng, lang: Lang) => Unit> = {
  chat, 'email-thread': mailThread, 'intake-form': intakeForm, invoice,
  'readme-config': (rng) => readme(rng), 'sql-dump': (rng) => sqlDump(rng), 'git-log-diff': (rng) => gitLog(rng),
};
