// isTextualTimestamp's quick tests (issue 17): a word of letters that cannot stand in a timestamp
// ("The quick …") rejects a value before the tokeniser. A property test: on seeded generated values
// (the textual forms the module knows, sentences that start with a filler word, near-misses of both),
// the answers are those of the module without the quick test (textualTimestampUnhurried).
import { describe, expect, it } from 'vitest';
import { isTextualTimestamp, textualTimestampUnhurried } from '../../../../checks/pii/textual-time.js';
import { rng } from '../../../helpers/personal-data.js';

// ---- The generator (seeded). ----

const LOCALES = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'it-IT', 'nl-NL', 'da-DK', 'fi-FI', 'sv-SE', 'pl-PL', 'cs-CZ', 'ru-RU', 'tr-TR', 'ko-KR', 'ja-JP', 'zh-CN', 'zh-TW'];
const STYLES = ['full', 'long', 'medium', 'short', undefined] as const;
const FILLER_WORDS = ['The', 'El', 'Le', 'A', 'Am', 'De', 'At', 'Um', 'Of', 'Las', 'Den', 'Del', 'O', 'Y', 'Om', 'Kl', 'PM'];
const WORDS = [
  'quick', 'brown', 'fox', 'meeting', 'was', 'moved', 'to', 'the', 'de', 'el', 'am', 'at', 'Dec', 'December', 'Mon', 'Monday', 'mai', 'März', 'juin',
  'GMT', 'UTC', 'CET', 'PDT', 'Z', 'MSK', 'x', 'I', 'reunión', 'réunion', 'Sitzung', 'a.m.', 'p.m.', 'Dec.', 'uhr', 'klo', 'um', 'of', 'v', 'o',
  'order', 'shipped', 'on', 'invoice', 'ticket', 'user', 'logged', 'in', 'from', 'server', 'May', 'march', 'SAT', 'sun', 'jan', 'th', 'st',
  "L'ordine", 'è', 'à', 'Más', 'Référence', 'enregistrée.', 'décembre', 'févr.', 'декабря', 'в', 'Straße', 'sept.', 'ore', 'às', '#', '—', ':', '.Z', 'İ',
];
const PIECES = ['2026', '06', '6', '6.', '6th', '1er', '10:02', '10:02:11', '10.02', '12/6/26', '2026/12/06', '06.12.2026', '2026-12-06', '+0100', '-07:00', 'GMT+0000', '(CET)', '(Coordinated Universal Time)', ',', '-', '  ', '年', '오후', '下午3:41'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

/** A timestamp in one of the textual forms the module knows, for a random instant. */
function timestamp(r: () => number): string {
  const d = new Date(Date.UTC(1990 + Math.floor(r() * 50), Math.floor(r() * 12), 1 + Math.floor(r() * 28), Math.floor(r() * 24), Math.floor(r() * 60), Math.floor(r() * 60)));
  const p2 = (n: number): string => String(n).padStart(2, '0');
  switch (Math.floor(r() * 9)) {
    case 8:
      // ISO week forms with commas in the time: a word of the tokeniser (":", ".Z") the ISO pattern accepts.
      return `${d.getUTCFullYear()}-W${p2(1 + Math.floor(r() * 53))}T${p2(d.getUTCHours())}${pick(r, [',:', ',.Z', ',Z', ':.,', ',.', ''])}`;
    case 0:
      return d.toString();
    case 1:
      return d.toUTCString();
    case 2: {
      const dateStyle = pick(r, STYLES);
      const timeStyle = dateStyle === undefined ? pick(r, STYLES.slice(0, 4)) : pick(r, STYLES);
      return new Intl.DateTimeFormat(pick(r, LOCALES), { dateStyle, timeStyle, timeZone: 'UTC', hour12: r() < 0.3 ? true : undefined }).format(d);
    }
    case 3:
      return `${d.toUTCString().slice(0, 25)} +0100 (CET)`;
    case 4:
      return `${d.toUTCString().slice(8, 11)} ${String(d.getUTCDate()).padStart(2, ' ')} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
    case 5:
      return `${d.getUTCFullYear()}-W${p2(1 + Math.floor(r() * 53))}-${1 + Math.floor(r() * 7)}T${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}Z`;
    case 6:
      return `${d.getUTCFullYear()}${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())}T${p2(d.getUTCHours())}${p2(d.getUTCMinutes())}${p2(d.getUTCSeconds())}Z`;
    default:
      return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
  }
}

/** A sentence that starts with a filler word, of words, numbers, times and the pieces of timestamps. */
function sentence(r: () => number): string {
  const parts = [pick(r, FILLER_WORDS)];
  const n = 1 + Math.floor(r() * 12);
  for (let i = 0; i < n; i++) parts.push(r() < 0.6 ? pick(r, WORDS) : pick(r, PIECES));
  return parts.join(r() < 0.8 ? ' ' : pick(r, [', ', ',', '  ', '\t']));
}

/** A near-miss: a timestamp or a sentence with a word put in, replaced, or a character changed. */
function nearMiss(r: () => number): string {
  const base = r() < 0.7 ? timestamp(r) : sentence(r);
  const tokens = base.split(' ');
  const at = Math.floor(r() * (tokens.length + 1));
  switch (Math.floor(r() * 6)) {
    case 0:
      tokens.splice(at, 0, pick(r, WORDS));
      return tokens.join(' ');
    case 1:
      tokens[Math.min(at, tokens.length - 1)] = pick(r, [...WORDS, ...PIECES]);
      return tokens.join(' ');
    case 2:
      return `${pick(r, FILLER_WORDS)} ${base}`;
    case 3:
      return `${base} ${pick(r, ['(CET)', '(the quick fox)', '(Zeit)', '(x1)', 'foo', 'GMT'])}`;
    case 4: {
      const i = Math.floor(r() * base.length);
      return base.slice(0, i) + pick(r, ['é', 'x', ',', '(', '-', ' ', '\u00a0', '\u2009', '\u2212', 'д', "'", '.', '午後', 'Q']) + base.slice(i + 1);
    }
    default:
      return tokens.join(pick(r, [',', ', ', '  ', '-']));
  }
}

describe("isTextualTimestamp's quick tests", () => {
  it('answers as the tokeniser alone on seeded textual timestamps, filler-word sentences and near-misses', () => {
    const r = rng(17);
    const makers = [timestamp, sentence, nearMiss];
    let yes = 0;
    let no = 0;
    for (let i = 0; i < 60_000; i++) {
      // valueShape asks for values of 3–80 characters (trimmed); the longer ones are read here too.
      const v = makers[i % 3]!(r).trim();
      const want = textualTimestampUnhurried(v);
      if (isTextualTimestamp(v) !== want) expect(isTextualTimestamp(v), `value ${i}: ${JSON.stringify(v)}`).toBe(want);
      if (want) yes++;
      else no++;
    }
    // Both answers are well represented (the generator reaches the tokeniser's every outcome).
    expect(yes).toBeGreaterThan(10_000);
    expect(no).toBeGreaterThan(10_000);
  });

  it('rejects a sentence that starts with a filler word without the tokeniser, and keeps timestamps with fillers', () => {
    for (const v of ['The quick brown fox jumps over the lazy dog at 10:02', 'El pedido se envió el 6 de diciembre de 2026', 'Am Montag, 6. Dezember 2026 Sitzung']) {
      expect(isTextualTimestamp(v), v).toBe(false);
    }
    for (const v of ['6. Dezember 2026 um 10:02', '6 de dic. de 2026, 10:02:11', 'Sun Dec 06 2026 10:02:11 GMT+0000 (Coordinated Universal Time)']) {
      expect(isTextualTimestamp(v), v).toBe(true);
    }
  });
});
