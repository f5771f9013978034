// XML and HTML markup around a value (issue 17): a tag's `<` ends the value before it (it is no
// "less than"), and the name of the element or attribute that holds a value is its key, as a
// record's key right before a value is (`<Telefono>0645…`, `<phone>`, `address="+…"`).

/**
 * A tag right at the start of `after`: `</name`, `<name` then a blank, `/` or `>`, `<!` (a comment,
 * CDATA) or `<?`. "1234 < 5678" and "a<b;" are comparisons: a tag's name follows its `<` at once.
 */
const TAG_START = /^<(?:[/!?]|[A-Za-z_][\w:.-]*(?:[\s/>]|$))/;
export function tagStarts(after: string): boolean {
  return after.charCodeAt(0) === 60 && TAG_START.test(after);
}

/** The word at `at` is part of an open tag's name (`<password`, `<db_password`, `<ns:Pass`). */
export function inOpenTagName(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && i >= at - 64 && /[\w:.-]/.test(text.charAt(i))) i--;
  return i >= 0 && text.charCodeAt(i) === 60 && /[A-Za-z_]/.test(text.charAt(i + 1));
}

/**
 * An open tag ending right before a value (blanks and a CDATA section's opening between): its name
 * (group 1) and attributes (group 2). Read on a bounded slice, so a long tag is not read.
 */
const OPEN_TAG_BEFORE = /<([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))*)\s*>\s*(?:<!\[CDATA\[\s*)?$/;
/** Attributes that name what an element holds (`<td data-label="Phone">`, SAML's `Name="telephoneNumber"`). */
const LABEL_ATTRIBUTE = /\s(?:data-label|itemprop|property|FriendlyName|Name)\s*=\s*["']([^"'<>]{1,60})["']/;
/**
 * Elements that hold a value of any kind, whose key is the element around them: SAML's
 * `AttributeValue`, xCard's value types (RFC 6351 §5: `<tel><uri>`, `<bday><date>`), `value`, and
 * the generic `Number`/`Value`/`Text` of message standards that put the kind in the parent (NCPDP
 * SCRIPT `<PrimaryTelephone><Number>`, `<Fax><Number>`, `<Telephone><Value>`), in any case.
 */
const VALUE_HOLDER = /^(?:AttributeValue|value|text|uri|date|date-time|date-and-or-time|timestamp|utc-offset|language-tag|number|nummer|numero|número)$/i;
/**
 * HTML elements of text and layout: their names say nothing of what they hold (`<td>`, `<br>`,
 * `<span>`), so the text before them is read as it is.
 */
const LAYOUT = /^(?:a|abbr|b|bdi|big|blockquote|br|center|code|dd|div|dt|em|font|h[1-6]|hr|i|label|li|mark|nobr|p|pre|q|s|small|span|strong|sub|sup|td|th|tr|tt|u|wbr)$/i;
/** How far back an open tag (and the one around it) is read. */
const TAG_WINDOW = 240;

/** The element whose content starts at `start`: its key (label attribute, else its name without a namespace prefix). */
export function elementKey(text: string, start: number): string | undefined {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13)) i--;
  const c = i >= 0 ? text.charCodeAt(i) : 0;
  if (c !== 62 && c !== 91) return undefined; // ">" "["
  let key: string | undefined;
  let to = start;
  for (let depth = 0; depth < 2; depth++) {
    const m = OPEN_TAG_BEFORE.exec(text.slice(Math.max(0, to - TAG_WINDOW), to));
    if (m === null) break;
    const label = LABEL_ATTRIBUTE.exec(m[2]!)?.[1];
    if (label !== undefined) return label;
    const name = m[1]!.slice(m[1]!.lastIndexOf(':') + 1);
    if (LAYOUT.test(name)) return key;
    key = name;
    if (!VALUE_HOLDER.test(name)) break;
    to -= m[0].length;
  }
  return key;
}

/**
 * A no-break space written as a character reference (HTML §13.5: `&nbsp;`, `&#160;`, `&#xA0;`), which
 * pages put between a number's groups to keep it on one line; read as the space it stands for.
 */
const NBSP_REFERENCES = /&(?:nbsp|#160|#[xX]0*[aA]0);/g;
export function referencesAsSpaces(s: string): string {
  return s.includes('&') ? s.replace(NBSP_REFERENCES, ' ') : s;
}
