// Writing and talking in the open: R Markdown reports, BibTeX with author e-mails, `git format-patch`
// mails, Gerrit review comments, mailing-list digests, Usenet posts, IRC logs, Matrix/Element JSON
// exports, Telegram Desktop JSON exports and Android "SMS Backup & Restore" XML — in the languages
// earlier sets used less (Polish, Czech, Hungarian, Romanian, Greek, Turkish, Nordic, Vietnamese, Thai,
// Indonesian, Tagalog, Swahili, Hebrew, Persian).
import type { CountryCode } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { HEX } from '../pii-heldout/prng.js';
import { Doc, n, ph, ts, who, type Unit } from './kit.js';
import { withRegions12 } from './negatives.js';
import { password, token } from './secrets.js';
import { card, iban, ip, ipv4, nationalId } from './values.js';

const LINES: Record<string, [string, string, string]> = {
  pl: ['Zadzwoń do mnie:', 'mój mail to', 'przelew na konto'],
  cs: ['Zavolejte mi na', 'můj e-mail je', 'platba na účet'],
  hu: ['Hívj ezen a számon:', 'az e-mail címem', 'utalás erre a számlára:'],
  ro: ['Sună-mă la', 'adresa mea de e-mail este', 'plata în contul'],
  el: ['Πάρε με στο', 'το email μου είναι', 'κατάθεση στον λογαριασμό'],
  tr: ['Beni şu numaradan ara:', 'e-posta adresim', 'ödeme şu hesaba:'],
  fi: ['Soita numeroon', 'sähköpostini on', 'maksu tilille'],
  sv: ['Ring mig på', 'min e-post är', 'betalning till konto'],
  vi: ['Gọi cho tôi số', 'email của tôi là', 'chuyển khoản vào'],
  th: ['โทรหาฉันที่', 'อีเมลของฉันคือ', 'โอนเงินเข้าบัญชี'],
  id: ['Hubungi saya di', 'email saya', 'transfer ke rekening'],
  tl: ['Tawagan mo ako sa', 'ang email ko ay', 'bayad sa account'],
  sw: ['Nipigie kwa', 'barua pepe yangu ni', 'malipo kwa akaunti'],
  he: ['תתקשר אליי', 'המייל שלי', 'העברה לחשבון'],
  fa: ['با من تماس بگیرید', 'ایمیل من', 'واریز به حساب'],
};
const L = Object.keys(LINES);
/** Where each language's chat is written: its digit negatives are checked against that region. */
const HOME: Record<string, CountryCode> = { pl: 'PL', cs: 'CZ', hu: 'HU', ro: 'RO', el: 'GR', tr: 'TR', fi: 'FI', sv: 'SE', vi: 'VN', th: 'TH', id: 'ID', tl: 'PH', sw: 'KE', he: 'IL', fa: 'IR' };
/** A chat document in one language, written with that language's region as the file's region. */
const chat = (f: (r: Rng, lang: string) => Unit) => (r: Rng): Unit => { const lang = r.pick(L); return withRegions12([HOME[lang]!], () => f(r, lang)); };

function rmarkdown(r: Rng): Unit {
  const a = who(r, 'en');
  return new Doc().add(`---\ntitle: "Quarterly churn"\nauthor: "`, a.name, `"\noutput: html_document\n---\n\n\`\`\`{r setup}\nSys.setenv(GITHUB_PAT = "`, token(r), `")\ncon <- dbConnect(RPostgres::Postgres(), host = "`, ipv4(r), `", password = "`, password(r, 'r-dbconnect'), `")\n\`\`\`\n\nBudget check: `, n(r, 'arithmetic'), `; palette \`c("`, n(r, 'hex-colour'), `", "`, n(r, 'hex-colour'), `")\`.\nRows were drawn with seed 42 on `, n(r, 'date-locale'), `; package version `, n(r, 'semver'), `. Questions to `, a.email, `.\n`).unit();
}

function bibtex(r: Rng): Unit {
  const a = who(r);
  const b = who(r);
  return new Doc().add(`@article{${a.p.last.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase() || 'ref'}2026,\n  author  = {`, a.name, ` and `, b.name, `},\n  title   = {Seasonal effects in municipal water use},\n  journal = {Water Research},\n  year    = {2026},\n  doi     = {`, n(r, 'doi'), `},\n  issn    = {`, n(r, 'issn'), `},\n  note    = {Corresponding author: `, a.email, `}\n}\n\n@book{handbook,\n  isbn = {`, n(r, 'isbn'), `},\n  title = {Hydrology Handbook}\n}\n`).unit();
}

function formatPatch(r: Rng): Unit {
  const a = who(r);
  const b = who(r);
  return new Doc().add(`From ${r.chars(HEX, 40)} Mon Sep 17 00:00:00 2001\nFrom: `, a.name, ` <`, a.email, `>\nDate: Tue, 8 Dec 2026 10:12:44 +0200\nSubject: [PATCH v2 2/3] net: fix tx timeout on `, n(r, 'semver'), `\n\nReported-by: `, b.name, ` <`, b.email, `>\nSigned-off-by: `, a.name, ` <`, a.email, `>\n---\n drivers/net/foo.c | 4 ++--\n\ndiff --git a/drivers/net/foo.c b/drivers/net/foo.c\nindex ${r.chars(HEX, 7)}..${r.chars(HEX, 7)} 100644\n--- a/drivers/net/foo.c\n+++ b/drivers/net/foo.c\n@@ -88,7 +88,7 @@\n-\ttimeout = 100;\n+\ttimeout = 250; /* measured on a board at `, ip(r), ` */\n`).unit();
}

function gerrit(r: Rng): Unit {
  const a = who(r);
  return new Doc().add(`Change `, n(r, 'commit-ref'), ` — Patch Set 4\n\n`, a.name, `: Patch Set 4: Code-Review-1\n\n(2 comments)\n\nconfig/prod.yaml, Line 12: please don't commit the key — `, token(r), ` is live, rotate it.\nconfig/prod.yaml, Line 19: ${r.chance(0.5) ? 'the smtp password' : 'this'} `, password(r, 'review-comment'), ` too.\n\nBuild `, n(r, 'build-number'), `: Verified+1\n`).unit();
}

const digest = chat((r: Rng, lang: string): Unit => {
  const a = who(r, lang);
  const b = who(r);
  return new Doc().add(`Send users-pl mailing list submissions to\n\tusers@lists.example.org\n\nToday's Topics:\n   1. Re: upgrade to `, n(r, 'semver'), ` (`, a.name, `)\n   2. Meetup (`, b.name, `)\n\n----------------------------------------------------------------------\nMessage: 1\nDate: `, ts(r, ' '), `\nFrom: `, a.email, `\n\n${LINES[lang]![0]} `, ...ph(r), `\n\nMessage: 2\nFrom: `, b.name, ` <`, b.email, `>\n\nRoom booked, invoice `, n(r, 'invoice-number'), `.\n`).unit();
});

function usenet(r: Rng): Unit {
  const a = who(r);
  return new Doc().add(`Path: news.example.net!not-for-mail\nFrom: `, a.name, ` <`, a.email, `>\nNewsgroups: comp.os.linux.networking\nSubject: DHCP keeps handing out `, ipv4(r), `\nMessage-ID: <${r.chars(HEX, 12)}@news.example.net>\nNNTP-Posting-Host: `, ipv4(r), `\n\nMy router's log shows the lease for a card with MAC ... see paste. Kernel `, n(r, 'semver'), ` (ISBN of the book I follow `, n(r, 'isbn'), `), checksum of the firmware `, n(r, 'sha256-checksum'), `.\n-- \n`, a.name, ` | `, ...ph(r), `\n`).unit();
}

const ircLog = chat((r: Rng, lang: string): Unit => {
  const a = who(r, lang);
  const nick = a.p.first.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase() || 'guest';
  return new Doc().add(`--- Day changed ${r.pick(['Mon', 'Tue', 'Wed'])} Dec 07 2026\n[${r.int(10, 23)}:0${r.int(0, 9)}] * ${nick} (~${nick}@`, ipv4(r), `) has joined #support\n[${r.int(10, 23)}:1${r.int(0, 9)}] <${nick}> ${LINES[lang]![1]} `, a.email, `\n[${r.int(10, 23)}:2${r.int(0, 9)}] <${nick}> ${LINES[lang]![0]} `, ...ph(r), `\n[${r.int(10, 23)}:3${r.int(0, 9)}] <bot> calc: `, n(r, 'arithmetic'), `\n[${r.int(10, 23)}:3${r.int(0, 9)}] <helper> fixed in `, n(r, 'git-sha'), `, release `, n(r, 'semver'), `\n`).unit();
});

const matrixExport = chat((r: Rng, lang: string): Unit => {
  const a = who(r, lang);
  return new Doc().add(`{"room_name":"Rodzina / Family","messages":[\n {"type":"m.room.message","sender":"@user${r.int(1, 999)}:matrix.org","origin_server_ts":${r.int(1780000000, 1790000000)}123,"content":{"msgtype":"m.text","body":"${LINES[lang]![2]} `, iban(r), `"}},\n {"type":"m.room.message","sender":"@user${r.int(1, 999)}:matrix.org","content":{"msgtype":"m.text","body":"`, a.name, ` ${LINES[lang]![0]} `, ...ph(r), `"}},\n {"type":"m.room.message","content":{"msgtype":"m.file","body":"scan.pdf","info":{"size":${r.int(1000, 900000)},"mimetype":"application/pdf"},"url":"mxc://matrix.org/${r.chars(HEX, 24)}"}, "event_id":"$${r.chars(HEX, 20)}"}\n]}\n`).unit();
});

const telegramExport = chat((r: Rng, lang: string): Unit => {
  const a = who(r, lang);
  const b = who(r, lang);
  return new Doc().add(`{\n "name": "`, a.name, `",\n "type": "personal_chat",\n "messages": [\n  {"id": ${r.int(1000, 99999)}, "type": "message", "date": "`, ts(r), `", "from": "`, b.name, `", "text": "${LINES[lang]![1]} `, b.email, `"},\n  {"id": ${r.int(1000, 99999)}, "type": "message", "date": "`, ts(r), `", "from": "`, a.name, `", "text": [{"type": "phone", "text": "`, ...ph(r), `"}]},\n  {"id": ${r.int(1000, 99999)}, "type": "message", "from": "`, b.name, `", "text": "kod zamówienia `, n(r, 'order-number'), `, `, n(r, 'amount'), `"}\n ]\n}\n`).unit();
});

const smsBackup = chat((r: Rng, lang: string): Unit => {
  const a = who(r, lang);
  const d = new Doc().add(`<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="3" backup_set="${r.chars(HEX, 8)}-${r.chars(HEX, 4)}" backup_date="${r.int(1780000000, 1790000000)}000" type="full">\n`);
  d.add(`  <sms protocol="0" address="`, ...ph(r), `" date="${r.int(1780000000, 1790000000)}000" type="1" body="${LINES[lang]![2]} `, iban(r), `" contact_name="`, a.name, `" />\n`);
  d.add(`  <sms protocol="0" address="`, ...ph(r), `" type="2" body="${r.chance(0.5) ? 'Kod BLIK' : 'OTP'} ok, karta `, r.chance(0.5) ? card(r) : nationalId(r), `" contact_name="(Unknown)" />\n`);
  d.add(`  <sms protocol="0" address="INFO" type="1" body="Paczka `, n(r, 'tracking-number'), ` w drodze. Lot `, n(r, 'flight-number'), `" contact_name="(Unknown)" />\n</smses>\n`);
  return d.unit();
});

export const COMMS_SOURCES12: Record<string, (rng: Rng) => Unit> = {
  rmarkdown, bibtex, 'git-format-patch': formatPatch, 'gerrit-review': gerrit, 'mailing-list-digest': digest, 'usenet-post': usenet, 'irc-log': ircLog, 'matrix-export': matrixExport, 'telegram-export': telegramExport, 'sms-backup-xml': smsBackup,
};
