// Message identifiers (RFC 5322 §3.6.4: msg-id = "<" id-left "@" id-right ">") have an address's shape
// but name a message, not a mailbox: `Message-ID:`, `In-Reply-To:`, `References:` (and `Resent-Message-ID:`,
// `Content-ID:`, RFC 2045) hold only msg-ids, where `From:`, `To:`, `Reply-To:` hold mailboxes. Decided by
// the field's name, written before the ids in the text or as the column's name, and the angle brackets:
// nothing inside such an id is personal data (neither the address shape nor a digit run or a capitalised
// fragment of its id-left).
import type { DetectorMatch } from '../../../src/detect/index.js';
import { nameHoldsPhrase } from '../../../src/detect/engine.js';

/** The msg-id fields' names as a column's words (`Message-ID`, `message_id`, `MessageId`, `in_reply_to`). */
const ID_FIELDS: readonly string[] = ['message id', 'messageid', 'msgid', 'msg id', 'in reply to', 'inreplyto', 'references', 'content id', 'contentid'];

/** An angle-bracketed id with an "@" (no space, no bracket inside). */
const MSG_ID = /<[^<>\s@]{1,250}@[^<>\s@]{1,250}>/g;

/**
 * The field's name, then the ids before this one (a References field lists several, possibly folded
 * over lines), then this one's "<": a header line (`References: <a@b>\r\n\t<c@d>`) or a record's key
 * (`"in_reply_to": "<…`). Read on the 2,000 characters before the id (about 30 ids).
 */
const FIELD_BEFORE = /(?:^|[\s{,"'])(?:resent[-_ ]?)?(?:message[-_ ]?id|msg[-_ ]?id|in[-_ ]?reply[-_ ]?to|references|content[-_ ]?id)["']?[ \t]*[:=][ \t]*["']?(?:\s*<[^<>\s]{1,250}>)*\s*$/i;

/** The matches less those inside a msg-id (see above); `column`: the column's name, if any. */
export function withoutMessageIds(matches: DetectorMatch[], text: string, column: string | undefined): DetectorMatch[] {
  if (matches.length === 0 || text.indexOf('<') === -1) return matches;
  const byColumn = column !== undefined && nameHoldsPhrase(column, ID_FIELDS);
  let out = matches;
  for (const id of text.matchAll(MSG_ID)) {
    const start = id.index;
    const end = start + id[0].length;
    if (!out.some((m) => m.start < end && m.end > start)) continue;
    if (!byColumn && !FIELD_BEFORE.test(text.slice(Math.max(0, start - 2000), start))) continue;
    out = out.filter((m) => !(m.start >= start && m.end <= end));
  }
  return out;
}
