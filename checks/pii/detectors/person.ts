// Person names in free text: "Mr./Mrs./Ms./Dr. Name Surname" forms, and runs of capitalised words
// starting with a known given name (name list from @stdlib). The span excludes the title.
import { isGivenName } from '../names.js';
import { NEED, type PiiDetector } from './types.js';

const TITLE = '(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Madam|Mme|Mlle|Herr|Frau|Sr|Sra|Srta)';
const WORD = "\\p{Lu}[\\p{Ll}'’]{1,30}(?:-\\p{Lu}\\p{Ll}{1,30})?";
const INITIAL = '\\p{Lu}\\.?';

export const PERSON_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${TITLE})\\.?[ \\t]{1,3})?(${WORD}(?:[ \\t](?:${WORD}|${INITIAL}(?=[ \\t]\\p{Lu}))){0,3})(?![\\p{L}\\p{N}])`,
  'gu',
);

const CUE = /(?:\bname is|\bname's|\bi'm|\bi am|\bdear|\bhi|\bhello|\bnamed|\bcalled|\bname:|\bby:|\buser:|\bsigned|\bregards,|\bsincerely,|\bthanks,|\bask for|\bspoke (?:to|with)|\bmeet|\bmarried|\bwife|\bhusband|\bson|\bdaughter|\bfriend|\bcolleague|\bsays|\bsaid|\bdirected by|\bwritten by|\bstarring|\bfollow up with|\bassistant to|\bremember me,|\bfounders:|\bsurname|\blast name\??|\bfirst name\??|\byour name\?)[ \t]*[:,]?[ \t\n]*$/i;

export const person: PiiDetector = {
  type: 'person',
  category: 'personal',
  sensitivity: 'moderate',
  label: '[PERSON]',
  needs: NEED.upper,
  scan(text) {
    const out: Array<{ start: number; end: number }> = [];
    PERSON_PATTERN.lastIndex = 0;
    for (let m = PERSON_PATTERN.exec(text); m !== null; m = PERSON_PATTERN.exec(text)) {
      const name = m[2]!;
      const start = m.index + m[0].length - name.length;
      out.push({ start, end: start + name.length });
    }
    return out;
  },
  score: 0.4,
  maxScore: 0.85,
  validate(v, text, start) {
    const words = v.split(/[ \t]+/);
    const before = text.slice(Math.max(0, start - 6), start);
    if (/(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Madam|Mme|Mlle|Herr|Frau|Sr|Sra|Srta)\.?[ \t]{1,3}$/u.test(before)) return 0.85;
    // A cue right before capitalised words ("my name is", "Dear", "Name:") makes any name a name.
    if (CUE.test(text.slice(Math.max(0, start - 24), start))) return words.length >= 2 ? 0.75 : 0.6;
    // Two or three capitalised words alone on a line of a multi-line text (a letter head, a signature,
    // a résumé); a one-line value such as a product name does not count.
    if (words.length >= 2 && (start === 0 || text[start - 1] === '\n') && /^[ \t]*\n/.test(text.slice(start + v.length, start + v.length + 3))) return 0.65;
    if (!isGivenName(words[0]!)) return false;
    return words.length >= 2 ? 0.7 : 0.45;
  },
  context: ['name', 'mr', 'mrs', 'ms', 'dr', 'by', 'dear', 'hi', 'hello', 'from', 'contact', 'signed', 'customer', 'patient', 'employee'],
  contextScore: 0.6,
};
