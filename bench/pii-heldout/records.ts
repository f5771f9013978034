// Free-text records: one to four clauses in one language, each a sentence around a personal value,
// a hard negative or nothing, with the gold span of every value (UTF-16 offsets into the text).
import { phone, type Phone } from './phones.js';
import { LANGS, type Lang } from './people.js';
import type { Rng } from './prng.js';
import { NEGATIVE_KINDS, negative, type NegativeKind } from './negatives.js';
import { AWS_TEMPLATES, FILLERS, ID_WITHOUT_CUE, NEGATIVE_TEMPLATES, PII_TEMPLATES, type Templates } from './templates.js';
import { awsPair, card, email, iban, ip, mac, nationalId, NATIONAL_IDS, personName, ssn, token, type NationalId, type Value } from './values.js';

/** A personal value in the gold: its type (as the issue groups them: see `groupOf`) and form. */
export interface GoldSpan {
  type: string;
  form: string;
  start: number;
  end: number;
}

/** A hard negative: a value that is not personal data, by kind. */
export interface NegativeSpan {
  kind: NegativeKind;
  form: string;
  start: number;
  end: number;
}

export interface TextRecord {
  text: string;
  lang: Lang;
  spans: GoldSpan[];
  negatives: NegativeSpan[];
}

/** Where people write numbers of each region, so that a German number mostly sits in a German sentence. */
const LANG_REGIONS: Record<Lang, readonly string[]> = {
  en: ['US', 'CA', 'GB', 'AU', 'NZ', 'IE', 'IN', 'IL', 'IS'],
  de: ['DE', 'AT', 'CH'],
  fr: ['FR', 'BE', 'CH'],
  es: ['ES'],
  it: ['IT'],
  pt: ['PT', 'BR'],
  nl: ['NL', 'BE'],
  hi: ['IN'],
  ja: ['JP'],
  sv: ['SE', 'NO', 'DK', 'FI', 'IS'],
  pl: ['PL', 'CZ', 'HU', 'SI', 'HR'],
};

/** The language of each national id's cues. */
const ID_LANG: Record<NationalId, Lang> = { 'uk-nino': 'en', 'es-dni': 'es', 'it-fiscal-code': 'it', 'in-aadhaar': 'hi', 'br-cpf': 'pt' };

type Slot = { kind: 'gold'; type: string; form: string } | { kind: 'negative'; negative: NegativeKind; form: string } | { kind: 'person' };

/** Builds a clause: fills `{v}`, `{n}`, `{a}`, `{s}` in `template`, recording where each value lands. */
class ClauseWriter {
  text = '';
  readonly spans: GoldSpan[] = [];
  readonly negatives: NegativeSpan[] = [];

  write(template: string, values: Record<string, { text: string; slot: Slot; before?: string; after?: string }>): void {
    const parts = template.split(/(\{[vnas]\})/);
    for (const part of parts) {
      const v = /^\{[vnas]\}$/.test(part) ? values[part[1]!] : undefined;
      if (!v) {
        this.text += part;
        continue;
      }
      this.text += v.before ?? '';
      const start = this.text.length;
      this.text += v.text;
      const end = this.text.length;
      this.text += v.after ?? '';
      if (v.slot.kind === 'gold') this.spans.push({ type: v.slot.type, form: v.slot.form, start, end });
      else if (v.slot.kind === 'negative') this.negatives.push({ kind: v.slot.negative, form: v.slot.form, start, end });
      else this.spans.push({ type: 'person', form: 'name', start, end });
    }
  }
}

function templateFor(r: Rng, t: Templates, lang: Lang): string {
  const own = t[lang];
  return r.pick(own && (lang === 'en' || r.chance(0.85)) ? own : t.en);
}

function nameValue(r: Rng, lang: Lang) {
  return { text: personName(r, lang), slot: { kind: 'person' } as Slot };
}

function gold(text: string, type: string, form: string, extra: { before?: string; after?: string } = {}) {
  return { text, slot: { kind: 'gold', type, form } as Slot, ...extra };
}

function phoneClause(r: Rng, lang: Lang, w: ClauseWriter): void {
  const p: Phone = r.chance(0.8) ? phone(r, r.pick(LANG_REGIONS[lang])) : phone(r);
  w.write(templateFor(r, PII_TEMPLATES.phone!, lang), { v: gold(p.text, 'phone', `${p.region}:${p.form}`), n: nameValue(r, lang) });
}

function idClause(r: Rng, lang: Lang, w: ClauseWriter): void {
  const type = r.pick(NATIONAL_IDS);
  const v = nationalId(r, type);
  const idLang = r.chance(0.7) ? ID_LANG[type] : lang;
  const template = r.chance(0.1) ? ID_WITHOUT_CUE : templateFor(r, PII_TEMPLATES[type]!, idLang);
  w.write(template, { v: gold(v.text, type, `${v.form}${template === ID_WITHOUT_CUE ? '-no-cue' : ''}`), n: nameValue(r, idLang) });
}

function secretClause(r: Rng, lang: Lang, w: ClauseWriter): void {
  if (r.chance(0.5)) {
    const k = awsPair(r);
    w.write(r.pick(AWS_TEMPLATES), { a: gold(k.id, 'aws-access-key-id', 'aws-pair'), s: gold(k.secret, 'aws-secret-access-key', 'aws-pair') });
    return;
  }
  const t = token(r);
  w.write(templateFor(r, PII_TEMPLATES.token!, lang), { v: gold(t.text, 'secret-token', t.form) });
}

/** Types written by one generator into one sentence: template key, gold type, generator. */
const SIMPLE: Record<string, readonly [string, string, (r: Rng, lang: Lang) => Value & { before?: string; after?: string }]> = {
  email: ['email', 'email', email],
  card: ['card', 'credit-card', (r) => card(r)],
  iban: ['iban', 'iban', (r) => iban(r)],
  ssn: ['ssn', 'us-ssn', (r) => ssn(r)],
  ip: ['ip', 'ip-address', ip],
};

function piiClause(r: Rng, lang: Lang, w: ClauseWriter): void {
  const type = r.weighted([['phone', 1.6], ['email', 1.2], ['card', 0.7], ['iban', 0.7], ['ssn', 0.5], ['ip', 0.8], ['mac', 0.5], ['id', 1.2], ['secret', 0.7]] as const);
  const n = nameValue(r, lang);
  if (type === 'phone') return phoneClause(r, lang, w);
  if (type === 'id') return idClause(r, lang, w);
  if (type === 'secret') return secretClause(r, lang, w);
  if (type === 'mac') {
    const v = mac(r);
    // Twelve bare hex digits are a MAC only where the sentence says so.
    const template = v.form === 'bare' ? r.pick(['MAC address {v}.', 'Device MAC: {v}', 'MAC={v}', 'MAC-Adresse: {v}']) : templateFor(r, PII_TEMPLATES.mac!, lang);
    return w.write(template, { v: gold(v.text, 'mac-address', v.form), n });
  }
  const [key, goldType, generate] = SIMPLE[type]!;
  const v = generate(r, lang);
  w.write(templateFor(r, PII_TEMPLATES[key]!, lang), { v: gold(v.text, goldType, v.form, { before: v.before, after: v.after }), n });
}

function negativeClause(r: Rng, lang: Lang, w: ClauseWriter): void {
  const kind = r.pick(NEGATIVE_KINDS);
  const v = negative(r, kind);
  w.write(templateFor(r, NEGATIVE_TEMPLATES[kind]!, lang), { v: { text: v.text, slot: { kind: 'negative', negative: kind, form: v.form } } });
}

export function textRecord(r: Rng): TextRecord {
  const lang = r.weighted(LANGS.map((l) => [l, l === 'en' ? 4 : 1] as const));
  const w = new ClauseWriter();
  const clauses = r.int(1, 4);
  for (let i = 0; i < clauses; i++) {
    if (i > 0) w.text += r.chance(0.15) ? '\n' : ' ';
    const what = r.weighted([['pii', 0.5], ['negative', 0.4], ['filler', 0.1]] as const);
    if (what === 'pii') piiClause(r, lang, w);
    else if (what === 'negative') negativeClause(r, lang, w);
    else w.write(templateFor(r, FILLERS, lang), {});
  }
  return { text: w.text, lang, spans: w.spans, negatives: w.negatives };
}
