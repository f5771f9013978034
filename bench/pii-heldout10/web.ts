// Set 10's web, document and developer-output families: HTML staff pages (mailto:/tel: links, HTML
// character references), Markdown and psql-bordered tables, Jupyter notebooks (nbformat 4) with a
// DataFrame's text output, PDF-extracted text (page headers, hyphenated line ends), OCR'd paper forms,
// Mastodon/ActivityPub statuses, Reddit listing JSON, forum posts, MySQL slow-query logs, PostgreSQL
// logs with unique-violation DETAIL lines and Python tracebacks with local variables.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, gold, type Piece, type Unit } from '../pii-heldout4/unit.js';
import { negative as n } from './negatives.js';
import { phone } from './phones.js';
import { card, email, handle, iban, ip, latinName, person, plainEmail, ssn } from './values.js';

/** An e-mail written with HTML's character reference for "@" (decoded by every browser). */
function entityEmail(rng: Rng): Piece {
  const [g, f] = latinName(rng).map((s) => s.normalize('NFD').replace(/[^a-zA-Z]/g, '').toLowerCase()) as [string, string];
  return gold('email', 'html-entity', `${g}.${f}${rng.pick(['&#64;', '&#x40;', '&commat;'])}${rng.pick(['stadtwerke-hal.de', 'uni-graz.at', 'ville-annecy.fr'])}`);
}

function htmlStaffPage(rng: Rng): Unit {
  const d = new Doc().add('<!doctype html>\n<html lang="de"><head><meta charset="utf-8"><title>Team</title></head><body>\n<ul class="staff">\n');
  for (let i = rng.int(2, 3); i > 0; i--) {
    const tel = phone(rng, rng.pick(['DE', 'AT', 'CH'] as const), 'e164');
    d.add('  <li><strong>', person(rng), '</strong> — <a href="mailto:', plainEmail(rng), '">E-Mail</a> · <a href="tel:', tel, '">', phone(rng, rng.pick(['DE', 'AT', 'CH'] as const), rng.pick(['national', 'din-slash', 'national-nbsp'] as const)), '</a></li>\n');
  }
  d.add('  <li>Presse: <span class="obf">', entityEmail(rng), '</span></li>\n</ul>\n<footer>Build ', n(rng, 'git-sha'), ' · v', n(rng, 'semver'), ' · ISBN ', n(rng, 'isbn-13'), '</footer>\n');
  return d.add('<script type="application/ld+json">{"@type":"Organization","telephone":"', phone(rng, 'DE', 'international'), '"}</script>\n</body></html>\n').unit();
}

function markdownTable(rng: Rng): Unit {
  const d = new Doc().add('## On-call rota (week ', String(rng.int(1, 52)), ')\n\n| Engineer | Phone | E-mail | Pager build |\n|---|---|---|---|\n');
  for (let i = rng.int(2, 4); i > 0; i--) d.add('| ', person(rng), ' | ', phone(rng), ' | ', plainEmail(rng), ' | ', n(rng, 'build-number'), ' |\n');
  return d.add('\n_Last edited ', n(rng, 'iso-timestamp'), ' from ', ip(rng), '_\n').unit();
}

function psqlTable(rng: Rng): Unit {
  const d = new Doc().add('customers=> SELECT id, full_name, email, iban FROM customers WHERE updated_at > now() - interval \'1 day\';\n  id   |      full_name       |            email            |            iban\n-------+----------------------+-----------------------------+-----------------------------\n');
  const k = rng.int(2, 4);
  for (let i = 0; i < k; i++) d.add(String(rng.int(1, 99999)).padStart(6), ' | ', person(rng), ' | ', plainEmail(rng), ' | ', iban(rng), '\n');
  return d.add(`(${k} rows)\n\nTime: `, n(rng, 'query-time', 'psql-time'), ' ms\n').unit();
}

function jupyter(rng: Rng): Unit {
  const d = new Doc().add('{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": ', n(rng, 'notebook-execution-count'), ',\n   "id": "', n(rng, 'uuid', 'notebook-cell-id'), '",\n   "metadata": {},\n   "outputs": [\n    {\n     "data": {\n      "text/plain": [\n       "     name                  email                 phone\\n",\n');
  for (let i = rng.int(2, 3); i > 0; i--) d.add('       "', n(rng, 'dataframe-index'), '    ', person(rng), '    ', plainEmail(rng), '    ', phone(rng, undefined, 'international'), '\\n",\n');
  return d.add('       "[3 rows x 3 columns]"\n      ]\n     },\n     "execution_count": 7,\n     "metadata": {},\n     "output_type": "execute_result"\n    }\n   ],\n   "source": ["df = pd.read_csv(\'leads.csv\')\\n", "df.head(3)"]\n  }\n ],\n "nbformat": 4,\n "nbformat_minor": 5\n}\n').unit();
}

function pdfText(rng: Rng): Unit {
  const d = new Doc().add('Mietvertrag über Wohnraum                                   Seite ', n(rng, 'page-number'), '\n\n§ 1 Vertragsparteien\nZwischen ', person(rng, 'latin'), ' (Vermieter) und ', person(rng), ' (Mieter), erreich-\nbar unter ', phone(rng, 'DE', rng.pick(['national', 'din-slash'] as const)), ' bzw. ', plainEmail(rng), ', wird fol-\ngender Vertrag geschlossen.\n');
  d.add('§ 4 Miete und Kaution\nDie Kaution in Höhe von ', n(rng, 'amount-decimal-comma'), ' EUR ist auf das Kon-\nto ', iban(rng, 'DE', 'grouped'), ' zu überweisen. Vertragsnummer ', n(rng, 'order-number', 'contract-number'), '.\n\f');
  return d.add('Mietvertrag über Wohnraum                                   Seite ', n(rng, 'page-number'), '\n§ 9 Unterschriften  ', n(rng, 'date-dmy'), '\n').unit();
}

function ocrForm(rng: Rng): Unit {
  const d = new Doc().add('APPLICATION FOR MEMBERSHIP    Form 7/B    Rev. ', n(rng, 'date-mdy'), '\n1. Full name (print):  ', person(rng, 'latin'), '\n2. Social Security No.:  ', ssn(rng, rng.pick(['dashed', 'spaced'] as const)), '\n3. Daytime phone: ', phone(rng, rng.pick(['US', 'CA'] as const), rng.pick(['national', 'dotted'] as const)), '\n');
  d.add('4. E-mail: ', plainEmail(rng), '\n5. Card for dues (optional): ', card(rng, 'spaced'), '   [rejected earlier: ', n(rng, 'bad-card'), ']\n[ ] I agree    Office use only: batch ', n(rng, 'build-number', 'ocr-batch'), '  scan ', n(rng, 'tracking-number', 'scan-id'), '\n');
  return d.unit();
}

function mastodonStatus(rng: Rng): Unit {
  const d = new Doc().add('{"id":"', n(rng, 'mastodon-status-id'), '","created_at":"', n(rng, 'iso-timestamp'), '","visibility":"public","language":"', rng.pick(['de', 'fr', 'ja', 'ko', 'el']), '","uri":"https://social.example/users/', handle(rng), '/statuses/', n(rng, 'mastodon-status-id'), '",');
  d.add('"content":"<p>Lost my wallet near the station, if found please call ', phone(rng, undefined, rng.pick(['international', 'e164'] as const)), ' or write to ', plainEmail(rng), ' </p>","account":{"id":"', n(rng, 'mastodon-status-id', 'mastodon-account-id'), '","username":"', handle(rng), '","display_name":"', person(rng), '"}}\n');
  return d.unit();
}

function redditListing(rng: Rng): Unit {
  const d = new Doc().add('{"kind":"Listing","data":{"after":"', n(rng, 'reddit-fullname'), '","children":[{"kind":"t1","data":{"name":"', n(rng, 'reddit-fullname'), '","subreddit":"personalfinance","author":"', handle(rng, 8), '",');
  d.add('"body":"My bank keeps rejecting my transfer to ', iban(rng, undefined, 'grouped'), ' (the app says ', n(rng, 'bad-iban'), ' is wrong), the payee is ', person(rng, 'latin'), '. Ticket ', n(rng, 'order-number', 'support-ticket'), '.","created_utc":', n(rng, 'jwt-exp', 'reddit-created-utc'), ',"score":', String(rng.int(1, 400)), '}}]}}\n');
  return d.unit();
}

function forumPost(rng: Rng): Unit {
  const d = new Doc().add('[quote="', handle(rng, 7), '"]Which firmware are you on?[/quote]\n\nFirmware ', n(rng, 'version-four-part'), ', router MAC ', rng.chance(0.5) ? 'is ' : '', 'printed as ');
  d.add(n(rng, 'mac-oui-prefix', 'forum-oui'), '… on the sticker. My WAN address is ', ip(rng, 'v4'), ' and IPv6 ', ip(rng, 'v6-compressed'), '. DM me or mail ', email(rng), ' — ', person(rng), '\n');
  return d.add('Posted ', n(rng, 'date-dmy'), ' · #', n(rng, 'dataframe-index', 'post-number'), '\n').unit();
}

function mysqlSlow(rng: Rng): Unit {
  const d = new Doc().add('# Time: ', n(rng, 'iso-timestamp'), '\n# User@Host: app[app] @  [', ip(rng, 'v4-private'), ']  Id: ', n(rng, 'postgres-pid', 'mysql-thread-id'), '\n# Query_time: ', n(rng, 'query-time'), '  Lock_time: ', n(rng, 'query-time'), ' Rows_sent: 1  Rows_examined: ', n(rng, 'byte-count', 'rows-examined'), '\n');
  return d.add(`SET timestamp=`, n(rng, 'jwt-exp', 'mysql-timestamp'), `;\nSELECT * FROM users WHERE email = '`, plainEmail(rng), `' OR phone = '`, phone(rng), `' LIMIT 1;\n`).unit();
}

function postgresLog(rng: Rng): Unit {
  const pid = n(rng, 'postgres-pid');
  const d = new Doc().add('2026-12-06 ', `${rng.int(10, 23)}:${rng.int(10, 59)}:${rng.int(10, 59)}.${rng.digits(3)} UTC [`, pid, '] app@shop ERROR:  duplicate key value violates unique constraint "users_email_key"\n');
  d.add(`2026-12-06 ${rng.int(10, 23)}:00:00.000 UTC [`, n(rng, 'postgres-pid'), '] app@shop DETAIL:  Key (email)=(', plainEmail(rng), ') already exists.\n', '2026-12-06 10:00:00.001 UTC [', n(rng, 'postgres-pid'), '] app@shop STATEMENT:  INSERT INTO users (email, ssn) VALUES ($1, $2)\n');
  return d.add('2026-12-06 10:00:02.117 UTC [', n(rng, 'postgres-pid'), '] app@shop DETAIL:  Key (phone)=(', phone(rng), ') already exists. SQLSTATE ', n(rng, 'sqlstate'), '\n').unit();
}

function pythonTraceback(rng: Rng): Unit {
  const d = new Doc().add('Traceback (most recent call last):\n  File "/srv/app/billing/charge.py", line ', n(rng, 'line-number'), ', in charge\n    resp = gateway.authorize(card_number, amount)\n');
  d.add('    card_number = \'', card(rng, 'compact'), "'\n    previous_attempt = '", n(rng, 'bad-card'), "'\n    amount = ", n(rng, 'amount-decimal-point', 'py-amount'), "\n    customer = {'name': '", person(rng), "', 'email': '", plainEmail(rng), "', 'ip': '", ip(rng), "'}\n");
  return d.add('    gateway = <billing.gateway.Client object at ', n(rng, 'memory-address'), '>\nbilling.gateway.Declined: card declined (request ', n(rng, 'uuid', 'request-id'), ')\n').unit();
}

export const WEB_SOURCES10: Record<string, (rng: Rng) => Unit> = {
  'html-staff-page': htmlStaffPage, 'markdown-table': markdownTable, 'psql-table': psqlTable, 'jupyter-notebook': jupyter, 'pdf-extracted-text': pdfText, 'ocr-form': ocrForm,
  'mastodon-status': mastodonStatus, 'reddit-listing': redditListing, 'forum-post': forumPost, 'mysql-slow-log': mysqlSlow, 'postgres-log': postgresLog, 'python-traceback': pythonTraceback,
};
