// Set 9's message sources: mbox mail headers and `git format-patch` mails (RFC 5322 From/To/Date/
// Message-ID), `git log --format=fuller` output, chat exports (Slack's channel JSON with `ts`, WhatsApp's
// "Export chat" text, Discord's JSON with snowflake ids) in fourteen languages, Stripe and Sentry
// webhook payloads, and OpenAPI example payloads.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, type Piece, type Unit } from '../pii-heldout4/unit.js';
import * as N from './negatives.js';
import { phoneNumber } from './phones.js';
import * as S from './secrets.js';
import * as V from './values.js';

function mbox(rng: Rng): Unit {
  const from = V.mailbox(rng, rng.pick(['dot-atom', 'utf8-local', 'idna-host', 'quoted-local']));
  const d = new Doc().add('From ', N.commitSha(rng), ' Mon Sep 17 00:00:00 2001\nFrom: ', V.personName(rng), ' <', from, '>\nTo: ', V.mailbox(rng), '\n');
  d.add('Date: ', rng.pick(['Tue', 'Wed', 'Thu']), `, ${rng.int(1, 28)} Mar 2026 ${rng.int(10, 23)}:${rng.int(10, 59)}:${rng.int(10, 59)} +0100\nMessage-ID: `, N.messageId(rng), '\nSubject: [PATCH v', String(rng.int(2, 5)), '] net: fix leak\n\n');
  d.add('Signed-off-by: ', V.personName(rng, 'latin'), ' <', V.mailbox(rng, 'sub-address'), '>\n');
  if (rng.chance(0.4)) d.add('Tested on ', N.firmware(rng), ' at ', V.address(rng, 'v6-ula'), '; reach me on ', phoneNumber(rng, undefined, 'international'), '\n');
  return d.unit();
}

function gitLog(rng: Rng): Unit {
  const d = new Doc();
  for (let i = rng.int(1, 3); i > 0; i--) {
    d.add('commit ', N.commitSha(rng), '\nAuthor:     ', V.personName(rng, rng.pick(['latin', 'cyrillic', 'han'])), ' <', V.mailbox(rng), '>\nAuthorDate: ', N.epochSeconds(rng), ' +0200\n');
    const key = rng.chance(0.3);
    d.add('\n    Bump agent to ', N.firmware(rng), key ? ' and drop the hard-coded key ' : ' (fixes ', key ? S.awsAccessKeyId(rng) : N.cve(rng), key ? '\n\n' : ')\n\n');
  }
  return d.unit();
}

// Chat lines per language: text before the contact, text before the second value.
const CHAT: Array<[string, string]> = [
  ['new number, save it: ', ' and my mail '], ['mi número nuevo es ', ' y mi correo '], ['meine neue Nummer: ', ' Mail: '], ['mon nouveau numéro : ', ' et mon mail '],
  ['meu número novo: ', ' e email '], ['мой новый номер ', ' и почта '], ['رقمي الجديد ', ' وبريدي '], ['मेरा नया नंबर ', ' और ईमेल '], ['新しい番号です ', ' メールは '],
  ['새 번호야 ', ' 메일은 '], ['我的新号码 ', ' 邮箱 '], ['yeni numaram ', ' e-posta '], ['το νέο μου κινητό ', ' και mail '], ['เบอร์ใหม่ ', ' อีเมล '], ['המספר החדש שלי ', ' והמייל '],
];

function whatsapp(rng: Rng): Unit {
  const d = new Doc();
  for (let i = rng.int(2, 4); i > 0; i--) {
    const [a, b] = rng.pick(CHAT);
    d.add(N.chatStamp(rng), ' - ', V.personName(rng), ': ', a, phoneNumber(rng, undefined, rng.pick(['national', 'national-nbsp', 'international'])), b, V.mailbox(rng), '\n');
  }
  if (rng.chance(0.5)) d.add(N.chatStamp(rng), ' - ', V.personName(rng), ': ', rng.pick(['IBAN for the rent: ', 'IBAN pro aluguel: ', 'IBAN für die Miete: ']), V.bankAccount(rng), '\n');
  return d.unit();
}

function slackExport(rng: Rng): Unit {
  const d = new Doc().add('[\n');
  for (let i = rng.int(2, 3); i > 0; i--) {
    const [a, b] = rng.pick(CHAT);
    d.add('  {"type":"message","user":"U', N.esDocId(rng), '","ts":"', N.slackTs(rng), '","user_profile":{"real_name":"', V.personName(rng), '"},"text":"', a, phoneNumber(rng), b, V.mailbox(rng), '"');
    if (rng.chance(0.35)) d.add(',"attachments":[{"title":"alerts hook","text":"', S.slackWebhook(rng), '"}]');
    d.add('},\n');
  }
  return d.add('  {"type":"message","subtype":"channel_join","ts":"', N.slackTs(rng), '"}\n]\n').unit();
}

function discordExport(rng: Rng): Unit {
  const d = new Doc().add('{"guild":{"id":"', N.snowflake(rng), '"},"messages":[');
  for (let i = rng.int(1, 3); i > 0; i--) {
    d.add('{"id":"', N.snowflake(rng), '","timestamp":"', N.fhirInstant(rng), '","author":{"id":"', N.snowflake(rng), '","name":"', V.personName(rng), '"},"content":"');
    const says: Array<() => Array<string | Piece>> = [() => ['server is ', V.address(rng), ' pw ', S.userinfoPassword(rng)], () => ['pls dont share: ', S.leakedToken(rng)], () => ['wrong paste, ignore:\n', S.privateKeyBlock(rng)], () => ['version ', N.firmware(rng), ' works']];
    d.add(...rng.pick(says)());
    d.add('"},');
  }
  return d.add('{"id":"', N.snowflake(rng), '","content":"ok"}]}\n').unit();
}

function stripeWebhook(rng: Rng): Unit {
  const d = new Doc().add('{"id":"', N.stripeObject(rng), '","object":"event","api_version":"2024-06-20","created":', N.epochSeconds(rng), ',"data":{"object":{"id":"', N.stripeObject(rng), '","object":"charge","amount":', String(rng.int(100, 99999)), ',');
  d.add('"billing_details":{"email":"', V.mailbox(rng), '","name":"', V.personName(rng), '","phone":"', phoneNumber(rng, undefined, 'e164'), '"},"payment_method_details":{"card":{"last4":"', String(rng.int(1000, 9999)), '"}},');
  d.add('"metadata":{"customer_tax_id":"', rng.pick([V.cpfNumber, V.spanishId, V.fiscalCode])(rng), '"}}},"request":{"idempotency_key":"', N.uuidV7(rng), '"}}\n');
  if (rng.chance(0.4)) d.add('# endpoint secret ', S.stripeSigning(rng), '\n');
  return d.unit();
}

function sentryWebhook(rng: Rng): Unit {
  const d = new Doc().add('{"action":"created","data":{"event":{"event_id":"', N.sentryEvent(rng), '","release":"web@', N.firmware(rng), '","contexts":{"trace":{"trace_id":"', N.sentryEvent(rng), '","span_id":"', N.spanId(rng), '"}},');
  d.add('"user":{"email":"', V.mailbox(rng), '","ip_address":"', V.address(rng), '"},"request":{"url":"https://app.example.com/signup?card=', V.paymentCard(rng), '"},');
  d.add('"extra":{"device_mac":"', V.hardwareAddress(rng), '","build":"', N.commitSha(rng), '"}}}}\n');
  return d.unit();
}

function openapiExample(rng: Rng): Unit {
  const d = new Doc().add('components:\n  examples:\n    Customer:\n      value:\n        id: ', N.uuidV7(rng), '\n        name: ', V.personName(rng), '\n        email: ', V.mailbox(rng), '\n');
  d.add('        phone: "', phoneNumber(rng), '"\n        ssn: "', V.socialSecurity(rng), '"\n        rejected_ssn: "', N.badSsnArea(rng), '"\n        server: ', V.address(rng), '\n        api_version: ', N.firmware(rng), '\n');
  if (rng.chance(0.5)) d.add('        servers:\n          - url: https://admin:', S.userinfoPassword(rng), '@sandbox.example.com/v1\n');
  return d.unit();
}

export const MESSAGE_SOURCES9: Record<string, (rng: Rng) => Unit> = { mbox, 'git-log': gitLog, 'whatsapp-export': whatsapp, 'slack-export': slackExport, 'discord-export': discordExport, 'stripe-webhook': stripeWebhook, 'sentry-webhook': sentryWebhook, 'openapi-example': openapiExample };
