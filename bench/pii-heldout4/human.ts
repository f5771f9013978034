// Human-written documents of set 4 in eight languages: call-centre and chat transcripts (national ids
// with the cues of their own language), shipping labels and customs declarations, and issue-tracker
// comments with pasted credentials.
import type { Rng } from '../pii-heldout/prng.js';
import * as N from './negatives.js';
import { phone } from './phones.js';
import * as V from './values.js';
import { Doc, gold, type Piece, type Unit } from './unit.js';

const name = (p: V.Person): Piece => gold('person', 'given-family', `${p.given} ${p.family}`);

// Per language: the region of its phones, its national id (with the cue a speaker uses) and phrases.
interface Lang {
  region: 'GB' | 'DE' | 'FR' | 'ES' | 'IT' | 'BR' | 'IN' | 'NL' | 'US';
  id?: (rng: Rng) => Piece;
  idCue?: string;
  hello: string;
  number: string;
  mail: string;
  order: string;
  card: string;
  thanks: string;
}

const LANGS: Record<string, Lang> = {
  en: { region: 'GB', id: V.nino, idCue: 'my National Insurance number is', hello: 'Agent: Thanks for calling, how can I help?', number: 'Customer: You can reach me on', mail: 'and my email is', order: 'It is about order', card: 'The card I used was', thanks: 'Agent: Thank you, call duration' },
  us: { region: 'US', id: (rng) => V.ssn(rng, rng.pick(['dashed', 'bare'] as const)), idCue: 'my social security number is', hello: 'Agent: Benefits line, this call may be recorded.', number: 'Caller: my cell is', mail: 'email', order: 'claim reference', card: 'charged to', thanks: 'Agent: Thanks, handle time' },
  de: { region: 'DE', hello: 'Agent: Guten Tag, Kundenservice, was kann ich für Sie tun?', number: 'Kundin: Rufen Sie mich bitte unter', mail: 'an, meine E-Mail ist', order: 'Es geht um die Bestellung', card: 'Bezahlt habe ich mit der Karte', thanks: 'Agent: Vielen Dank, Gesprächsdauer' },
  fr: { region: 'FR', hello: 'Conseiller : Bonjour, service client, je vous écoute.', number: 'Client : mon portable est le', mail: 'et mon courriel', order: 'Ma commande', card: 'payée avec la carte', thanks: 'Conseiller : Merci, durée de l’appel' },
  es: { region: 'ES', id: V.dni, idCue: 'mi DNI es el', hello: 'Agente: Buenos días, atención al cliente.', number: 'Cliente: llámame al', mail: 'o escríbeme a', order: 'Es sobre el pedido', card: 'pagué con la tarjeta', thanks: 'Agente: Gracias, duración' },
  it: { region: 'IT', id: V.codiceFiscale, idCue: 'il mio codice fiscale è', hello: 'Operatore: Buongiorno, assistenza clienti.', number: 'Cliente: mi chiami al', mail: 'la mia email è', order: "Riguarda l'ordine", card: 'ho pagato con la carta', thanks: 'Operatore: Grazie, durata' },
  pt: { region: 'BR', id: V.cpf, idCue: 'meu CPF é', hello: 'Atendente: Olá, central de atendimento.', number: 'Cliente: pode ligar para', mail: 'meu e-mail é', order: 'É sobre o pedido', card: 'paguei com o cartão', thanks: 'Atendente: Obrigado, duração' },
  hi: { region: 'IN', id: V.aadhaar, idCue: 'मेरा आधार नंबर है', hello: 'एजेंट: नमस्ते, ग्राहक सेवा।', number: 'ग्राहक: मेरा मोबाइल नंबर', mail: 'और ईमेल', order: 'ऑर्डर', card: 'कार्ड', thanks: 'एजेंट: धन्यवाद, अवधि' },
  nl: { region: 'NL', hello: 'Medewerker: Goedemiddag, klantenservice.', number: 'Klant: bel me op', mail: 'of mail naar', order: 'Het gaat om bestelling', card: 'betaald met kaart', thanks: 'Medewerker: Dank u, gespreksduur' },
};
export const LANGUAGES = Object.keys(LANGS);

function callTranscript(rng: Rng): Unit {
  const l = LANGS[rng.pick(LANGUAGES)]!;
  const p = V.person(rng);
  const d = new Doc().add('[', N.timestamp(rng, 'iso'), '] ', l.hello, '\n', l.number, ' ', phone(rng, l.region, rng.pick(['national', 'international'])), ' ', l.mail, ' ', V.email(rng, p), '.\n', l.order, ' ', N.orderNumber(rng), ', ', N.tracking(rng), '.\n');
  if (l.id && rng.chance(0.8)) d.add(l.idCue!, ' ', l.id(rng), '.\n');
  if (rng.chance(0.5)) d.add(l.card, ' ', V.card(rng), ' (', N.badCard(rng), '?)\n');
  return d.add(l.thanks, ' ', N.duration(rng), '. Ticket ', N.ticketKey(rng)).unit();
}

function chat(rng: Rng): Unit {
  const lang = rng.pick(LANGUAGES);
  const l = LANGS[lang]!;
  const p = V.person(rng);
  const d = new Doc().add(N.timestamp(rng, 'iso'), ' [bot] session ', N.guid(rng), ' started (app ', N.appVersion(rng), ')\n', N.timestamp(rng, 'iso'), ' [', name(p), '] ', l.number, ' ', phone(rng, rng.chance(0.7) ? l.region : undefined), '\n');
  if (rng.chance(0.5)) d.add(N.timestamp(rng, 'iso'), ' [', p.given, '] IBAN ', V.iban(rng), ' — ', N.amount(rng), ' EUR\n');
  if (l.id && rng.chance(0.6)) d.add(N.timestamp(rng, 'iso'), ' [', p.given, '] ', l.idCue!, ' ', l.id(rng), '\n');
  return d.add(N.timestamp(rng, 'iso'), ' [agent] ', l.mail, ' ', V.email(rng, p), '? ', l.order, ' ', N.orderNumber(rng), ' / SKU ', N.sku(rng)).unit();
}

function shippingLabel(rng: Rng): Unit {
  const from = V.person(rng);
  const to = V.person(rng);
  const r = rng.pick(['DE', 'FR', 'IT', 'ES', 'GB', 'US', 'JP', 'AU', 'SE', 'PL', 'CH', 'MX'] as const);
  return new Doc().add('SHIP FROM: ', name(from), '\nTel: ', phone(rng, undefined, 'international'), '\nSHIP TO: ', name(to), '\nPhone: ', phone(rng, r, rng.pick(['national', 'international'])), '\nE-mail: ', V.email(rng, to), '\n',
    'TRACKING #: ', N.tracking(rng), '   REF: ', N.orderNumber(rng), '\nWEIGHT: ', N.weight(rng), '   DIMS: ', N.dimensions(rng), '\nSHIP DATE: ', N.timestamp(rng, 'us'), '   SVC: EXPRESS 12:00').unit();
}

function customsForm(rng: Rng): Unit {
  const to = V.person(rng);
  const d = new Doc().add('CN23 CUSTOMS DECLARATION / DÉCLARATION EN DOUANE\nSender phone: ', phone(rng), '\nAddressee: ', name(to), ', importer tel. ', phone(rng, undefined, 'idd00'), ', email ', V.email(rng, to), '\n');
  for (let i = rng.int(1, 3); i > 0; i--) d.add('Item: ', rng.pick(['cotton T-shirts', 'ceramic mugs', 'printed books', 'phone case']), ' | qty ', String(rng.int(1, 20)), ' | net weight ', N.weight(rng), ' | value ', N.amount(rng), ' EUR | HS tariff no. ', N.hsCode(rng), ' | EAN ', N.ean(rng), '\n');
  return d.add('Parcel ', N.tracking(rng), ' | gross ', N.weight(rng), ' | ', N.dimensions(rng), ' | origin GPS ', N.coordinates(rng)).unit();
}

function issueComment(rng: Rng): Unit {
  const d = new Doc().add(N.ticketKey(rng), ' comment by ', V.email(rng), ' on ', N.timestamp(rng, 'rfc5322'), ':\nRepro on build ', N.buildNumber(rng), ' (app ', N.appVersion(rng), ', ', N.deviceModel(rng), ', ', N.resolution(rng), '). Logs attached:\n');
  const leak = rng.pick(['aws', 'token', 'pem', 'aws-env'] as const);
  if (leak === 'aws' || leak === 'aws-env') {
    const k = V.awsPair(rng);
    if (leak === 'aws') d.add('[default]\naws_access_key_id = ', k.id, '\naws_secret_access_key = ', k.secret, '\n');
    else d.add('export AWS_ACCESS_KEY_ID=', k.id, '\nexport AWS_SECRET_ACCESS_KEY=', k.secret, '\n');
  } else if (leak === 'token') d.add('curl -H "Authorization: Bearer ', V.token(rng), '" https://api.example.com/v2/items?page=', String(rng.int(1, 40)), '\n');
  else d.add('config/deploy_key:\n', V.pemKey(rng), '\n');
  return d.add('Bad IBAN in fixture: ', N.badIban(rng), '; client ', V.ip(rng), '; see ', N.ticketKey(rng)).unit();
}

// An HR onboarding form of an international team: each hire's id under its own country's label.
const ONBOARDING: Array<[string, (rng: Rng) => Piece]> = [['National Insurance number (NINO)', V.nino], ['NIF / NIE', V.dni], ['DNI', V.dni], ['Codice fiscale', V.codiceFiscale], ['CPF', V.cpf], ['Aadhaar (आधार)', V.aadhaar], ['SSN', (rng) => V.ssn(rng)], ['Soc. Sec. No.', (rng) => V.ssn(rng, 'bare')]];

function onboarding(rng: Rng): Unit {
  const p = V.person(rng);
  const [label, id] = rng.pick(ONBOARDING);
  const d = new Doc().add('Onboarding / Alta / Assunzione — ', name(p), '\nStart date / Eintritt: ', N.timestamp(rng, 'de'), '\n', label, ': ', id(rng), '\n');
  if (rng.chance(0.5)) {
    const [label2, id2] = rng.pick(ONBOARDING);
    d.add('Dependant / Familiare — ', label2, ': ', id2(rng), '\n');
  }
  return d.add('Salary IBAN: ', V.iban(rng), '\nGross / Brutto: ', N.amount(rng), ' EUR; tax class 1; cost centre ', N.sku(rng), '\nPrivate phone: ', phone(rng), '\nBadge ', N.neg('build-number', 'badge', rng.digits(6)), ' issued ', N.timestamp(rng, 'fr')).unit();
}

export const HUMAN_SOURCES: Record<string, (rng: Rng) => Unit> = { 'hr-onboarding': onboarding, 'call-transcript': callTranscript, 'chat-transcript': chat, 'shipping-label': shippingLabel, 'customs-cn23': customsForm, 'issue-comment': issueComment };
