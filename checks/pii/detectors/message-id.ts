// Message identifiers (RFC 5322 §3.6.4: msg-id = "<" id-left "@" id-right ">") have an address's shape
// but name a message, not a mailbox: `Message-ID:`, `In-Reply-To:`, `References:` (and `Resent-Message-ID:`,
// `Content-ID:`, RFC 2045) hold only msg-ids, where `From:`, `To:`, `Reply-To:` hold mailboxes. Decided by
// the field's name (or a mail server log's label for it), written before the ids in the text or as the
// column's name, and the angle brackets (Exim's `id=` may have none):
// nothing inside such an id is personal data (neither the address shape nor a digit run or a capitalised
// fragment of its id-left).
import type { DetectorMatch } from '../../../src/detect/index.js';
import { nameHoldsPhrase } from '../../../src/detect/engine.js';

/**
 * The fields that hold msg-ids, as words: the header names, which mail servers also use as log labels
 * (Postfix cleanup `message-id=<…>`, Sendmail `msgid=<…>`) and records as keys (`messageId`, Exchange's
 * `MessageId`, `message_id`); each may carry a prefix (`Resent-Message-ID:`, `Original-Message-ID:` of
 * RFC 3798, Graph's `internetMessageId`). One vocabulary for column names and labels in text.
 */
const ID_FIELD_WORDS: readonly string[] = ['message id', 'msg id', 'in reply to', 'references', 'content id'];
const ID_FIELD_PREFIXES: readonly string[] = ['resent', 'original', 'internet'];

/** The names as a column's words (`Message-ID`, `message_id`, `MessageId`, `in_reply_to`, `InternetMessageId`). */
const ID_FIELDS: readonly string[] = ID_FIELD_WORDS.flatMap((w) => [w, w.replace(/ /g, '')]);

/** An angle-bracketed id with an "@" (no space, no bracket inside). */
const MSG_ID = /<[^<>\s@]{1,250}@[^<>\s@]{1,250}>/g;

/**
 * A bracketed id whose id-left is a UUID (Exchange and Outlook write `<GUID@server>`, other mailers
 * `<uuid@host>`): a msg-id wherever it stands (a message-tracking log's row, with no field name near): a
 * mailbox's local part is a person's or a role's name, not a random 128-bit number in brackets.
 */
const UUID_ID = /^<\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?@/;

const FIELD_NAME = `(?:(?:${ID_FIELD_PREFIXES.join('|')})[-_ ]?)?(?:${ID_FIELD_WORDS.map((w) => w.replace(/ /g, '[-_ ]?')).join('|')})`;

/**
 * The field's name, then the ids before this one (a References field lists several, possibly folded
 * over lines), then this one's "<": a header line (`References: <a@b>\r\n\t<c@d>`), a log label
 * (`message-id=<…`) or a record's key (`"in_reply_to": "<…`). Read on the 2,000 characters before the id
 * (about 30 ids).
 */
const FIELD_BEFORE = new RegExp(`(?:^|[\\s{,"'])${FIELD_NAME}["']?[ \\t]*[:=][ \\t]*["']?(?:\\s*<[^<>\\s]{1,250}>)*\\s*$`, 'i');

/**
 * Exim's main log writes the Message-ID header on a message's arrival line (`… <= sender … id=<id>`,
 * Exim spec "Log files") as the header has it: with angle brackets or without. Only on such a line does
 * the bare label `id=` name a message id; `<=` is the arrival flag.
 */
const EXIM_ARRIVAL_ID_BEFORE = /\s<=\s.*\sid=$/;
const EXIM_BARE_ID = /(?<=\sid=)[^<>\s@"]{1,250}@[^<>\s@"]{1,250}/g;

/** Whether the text before an id (its "<", or its first character unbracketed) names a msg-id field. */
function namesIdField(before: string, bracketed: boolean): boolean {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  if (EXIM_ARRIVAL_ID_BEFORE.test(line)) return true;
  return bracketed && FIELD_BEFORE.test(before);
}

/**
 * SIP's Call-ID header (RFC 3261 §20.8: `Call-ID: a84b4c76e66710@pc33.atlanta.example.com`, compact form
 * `i:`) holds a call's identifier, `word@host` without angle brackets: an address's shape, no mailbox.
 * The header at a line's start (`i:` only there, and only before an id-left with a digit and no dot), or
 * the name as a log label or record key (`call_id=`, `"callId": "…`); the value is one token (no blank).
 * Its host may be an IP address, which is kept.
 */
const CALL_ID = /(?:(?:^|\n)[ \t]*(?:call-id|(i))[ \t]*:|(?:^|[\s{,"';])["']?call[-_]?id["']?[ \t]*[:=])[ \t]*["']?([^\s@<>"',;]{1,250}@[^\s@<>"',;]{1,250})/gi;
/** Substrings one of which a Call-ID's name holds (`Call-ID`, `call_id`, `callId`, `CALLID`, `i:`). */
const CALL_ID_CUES = ['all-', 'all_', 'allI', 'alli', 'ALL', 'i:', 'i :', 'I:'];
const CALL_ID_HINT = /call[-_]?id|(?:^|\n)[ \t]*i[ \t]*:/i;
/** Whether the text may hold a CALL_ID_CUES cue: each holds `all`, `ALL` or `:` (three tests where most texts fail eight). */
function mayHoldCallIdCue(text: string): boolean {
  return text.includes(':') || text.includes('all') || text.includes('ALL');
}

/** The matches less the address-shaped ones inside a Call-ID's value (see CALL_ID). */
function withoutCallIds(matches: DetectorMatch[], text: string): DetectorMatch[] {
  // Plain substring tests first: most texts with an address hold neither name.
  if (!mayHoldCallIdCue(text) || !CALL_ID_CUES.some((c) => text.includes(c)) || !CALL_ID_HINT.test(text)) return matches;
  let out = matches;
  for (const id of text.matchAll(CALL_ID)) {
    const value = id[2]!;
    // The compact `i:` is also a list's numeral: there, only an id-left with a digit and no dot (a
    // generated id, `a84b4c76e66710`, not `ana.perez`).
    if (id[1] !== undefined && !/^[^@.]*\d[^@.]*@/.test(value)) continue;
    const end = id.index + id[0].length;
    const start = end - value.length;
    out = out.filter((m) => m.type === 'ip-address' || !(m.start >= start && m.end <= end));
  }
  return out;
}

/**
 * iCalendar's UID property (RFC 5545 §3.8.4.7; also vCard's, RFC 6350 §6.7.6) and RELATED-TO (§3.8.4.5,
 * another component's UID) name a calendar object: `UID:20261206T101500Z-4711@host.example.com` has an
 * address's shape (the RFC recommends a date, a time and a host), Outlook writes a hexadecimal global
 * object id. A content line starts a line, its name and parameters end at the first ":" (no blank
 * before), and its value runs to the line's end, over folded lines (§3.1: a line break and one blank
 * continue the line), also written out as `\r\n ` in an escaped text.
 */
const EVENT_UID = /(?:^|\n|\\n)(?:UID|RELATED-TO)(?:;[^:\r\n]{1,200})?:(?=\S)((?:[^\r\n\\]|\\(?![rn])|(?:\r?\n|(?:\\r)?\\n)[ \t])+)/g;

/**
 * The same id under a calendar API's key: Google Calendar's `iCalUID`, Microsoft Graph's `iCalUId`, and
 * `ical_uid`, `event_uid`, `eventUid` in records and logs (a bare `uid` is often a user's login: not it).
 */
const EVENT_UID_KEY = /(?:^|[\s{,"';])["']?(?:ical|event)[-_]?uid["']?[ \t]*[:=][ \t]*["']?([^\s"',;<>]{1,500})/gi;
/** Cheap test before the patterns: a text without these holds neither form. */
const EVENT_UID_HINT = /uid|RELATED-TO/i;

/**
 * The matches less those inside the value of an iCalendar UID or RELATED-TO line, or of a calendar API's
 * UID key, but an IP address host (see EVENT_UID), for every text: an Outlook id has no "@".
 * detectPii and detectPiiEach call it on every text with a match and a ":" or "="; it reads the text
 * only when "uid" (any case) or "RELATED-TO" is in it.
 */
export function withoutEventIds(matches: DetectorMatch[], text: string): DetectorMatch[] {
  if (matches.length === 0 || !EVENT_UID_HINT.test(text)) return matches;
  let out = matches;
  for (const uid of [...text.matchAll(EVENT_UID), ...text.matchAll(EVENT_UID_KEY)]) {
    const end = uid.index + uid[0].length;
    const start = end - uid[1]!.length;
    out = out.filter((m) => m.type === 'ip-address' || !(m.start >= start && m.end <= end));
  }
  return out;
}

/** The matches less those inside a msg-id or a SIP Call-ID (see above); `column`: the column's name, if any. */
export function withoutMessageIds(matches: DetectorMatch[], text: string, column: string | undefined): DetectorMatch[] {
  if (matches.length === 0) return matches;
  matches = withoutCallIds(matches, text);
  const exim = text.includes('<= ') && text.includes('id=');
  if (!exim && text.indexOf('<') === -1) return matches;
  const byColumn = column !== undefined && nameHoldsPhrase(column, ID_FIELDS);
  let out = matches;
  const ids = exim ? [...text.matchAll(MSG_ID), ...text.matchAll(EXIM_BARE_ID)] : text.matchAll(MSG_ID);
  for (const id of ids) {
    const start = id.index;
    const end = start + id[0].length;
    if (!out.some((m) => m.start < end && m.end > start)) continue;
    const bracketed = id[0].startsWith('<');
    if (!(byColumn && bracketed) && !UUID_ID.test(id[0]) && !namesIdField(text.slice(Math.max(0, start - 2000), start), bracketed)) continue;
    out = out.filter((m) => !(m.start >= start && m.end <= end));
  }
  return out;
}
