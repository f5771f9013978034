// HTML building blocks for the HTML report: a tagged template that escapes every interpolated value
// (so no section can forget to), accessible tables and number formats. Markup only, no report logic.
import { clip } from '../format.js';

/** Markup that is already safe: passed through by `html` as is. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** Longest text kept from one interpolated value (messages, paths); the JSON report has the rest. */
const MAX_TEXT = 2000;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text safe in element content and in quoted attribute values. Unlike format.ts's escapeHtml (for
 * GitHub Markdown) it keeps the text exact: no @mention defusing, no line folding.
 */
export function htmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

export type Value = Html | string | number | boolean | null | undefined | readonly Value[];

function render(v: Value): string {
  if (v instanceof Html) return v.text;
  if (Array.isArray(v)) return v.map(render).join('');
  if (v === null || v === undefined || v === false || v === true) return '';
  return htmlEscape(clip(String(v), MAX_TEXT));
}

/** `html\`<td>${text}</td>\``: strings and numbers are escaped, Html and arrays of it are kept. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => (out += render(v) + (strings[i + 1] ?? '')));
  return new Html(out);
}

export const EMPTY = new Html('');

export interface Column {
  label: string;
  /** Right-aligned (numbers). */
  numeric?: boolean;
}

/**
 * A data table with a caption and column headers; the first cell of each row is its row header. It sits
 * in its own scrolling box, so a table wider than a phone scrolls sideways and the page does not; the box
 * is a named region that takes focus, so it can be scrolled from the keyboard too.
 */
export function table(caption: string, columns: readonly (Column | string)[], rows: readonly (readonly Value[])[], cls = ''): Html {
  const cols = columns.map((c) => (typeof c === 'string' ? { label: c } : c));
  const align = (i: number): string | undefined => (cols[i]?.numeric ? 'num' : undefined);
  const cell = (v: Value, i: number): Html =>
    i === 0 ? html`<th scope="row"${attr('class', align(i))}>${v}</th>` : html`<td${attr('class', align(i))}>${v}</td>`;
  return html`<div class="scroll" role="region" aria-label="${caption}" tabindex="0"><table${attr('class', cls || undefined)}><caption>${caption}</caption>
<thead><tr>${cols.map((c, i) => html`<th scope="col"${attr('class', align(i))}>${c.label}</th>`)}</tr></thead>
<tbody>
${rows.map((r) => html`<tr>${r.map(cell)}</tr>\n`)}</tbody></table></div>
`;
}

/** ` name="value"`, or nothing when the value is undefined. */
export function attr(name: string, value: string | number | undefined): Html {
  return value === undefined ? EMPTY : html` ${new Html(name)}="${value}"`;
}

/** A section with a heading, linked from the table of contents by its id. */
export function section(id: string, title: Value, body: Value, level: 2 | 3 = 2): Html {
  const h = new Html(`h${level}`);
  return html`<section id="${id}" aria-labelledby="${id}-h"><${h} id="${id}-h">${title}</${h}>
${body}</section>
`;
}

/** A badge whose class carries its meaning; the text says it too (colour is never the only signal). */
export function badge(kind: string, text: string): Html {
  return html`<span class="badge ${kind}">${text}</span>`;
}

export const pct = (v: number | null | undefined, digits = 1): string => (v === null || v === undefined ? '–' : `${(v * 100).toFixed(digits)}%`);

/** Four significant digits at most, without a trailing exponent for ordinary values. */
export const num = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : String(Number(v.toPrecision(4))));

export const yesNo = (b: unknown): string => (b === true ? 'yes' : b === false ? 'no' : '–');

/** An identifier-safe slug for element ids (deterministic; distinct inputs may share one, so callers add an index). */
export function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}
