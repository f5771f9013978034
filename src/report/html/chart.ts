// A horizontal bar chart as inline SVG (no script, no external font or image): one row per bar, optional
// reference lines across the plot (a threshold) and marks inside one row (that row's own limit).
// Accessible: role="img" with <title> and <desc>; the caller puts the same numbers in a table beside it.
import { clip } from '../format.js';
import { html, type Html } from './markup.js';

export interface Bar {
  label: string;
  value: number;
  /** Extra CSS classes of the bar (e.g. "fail", "small"). */
  cls?: string;
  /** Text after the value label, e.g. "too small". */
  note?: string;
  /** A plausible range drawn as a whisker across the bar. */
  interval?: { lower: number; upper: number };
  /** Short lines inside this row only: a limit that applies to this bar alone. */
  marks?: readonly Line[];
}

export interface Line {
  value: number;
  label: string;
}

export interface BarChart {
  id: string;
  title: string;
  desc: string;
  bars: readonly Bar[];
  /** Lines across every row (a threshold every bar is compared with). */
  lines?: readonly Line[];
  format: (v: number) => string;
  /** Smallest upper end of the axis (1 for rates). */
  minMax?: number;
}

const WIDTH = 640;
const LABEL_W = 180;
const VALUE_W = 150;
const ROW = 26;
const BAR = 16;
const LINE_LABEL = 13;
const AXIS = 22;
const MAX_LABEL = 26;

/** Coordinates with one decimal: the same input always gives the same bytes. */
const c = (n: number): string => n.toFixed(1);

/** An axis end that reads well: a multiple of 0.25 up to 2, of 1 up to 10, then of 10. */
function niceMax(v: number): number {
  const step = v <= 2 ? 0.25 : v <= 10 ? 1 : 10;
  return Math.max(step, Math.ceil(v / step - 1e-9) * step);
}

export function barChart(chart: BarChart): Html {
  const { bars, format } = chart;
  const lines = chart.lines ?? [];
  const all = bars.flatMap((b) => [b.value, ...(b.interval ? [b.interval.lower, b.interval.upper] : []), ...(b.marks ?? []).map((m) => m.value)]);
  all.push(...lines.map((l) => l.value));
  const finite = all.filter((v) => Number.isFinite(v));
  const lo = Math.min(0, ...finite) < 0 ? -niceMax(-Math.min(0, ...finite)) : 0;
  const hi = niceMax(Math.max(chart.minMax ?? 0, ...finite, 0));
  const top = 8 + LINE_LABEL * lines.length;
  const plotW = WIDTH - LABEL_W - VALUE_W;
  const height = top + ROW * bars.length + AXIS;
  const x = (v: number): number => LABEL_W + ((Math.min(Math.max(v, lo), hi) - lo) / (hi - lo)) * plotW;
  const bottom = top + ROW * bars.length;

  const ticks = [0, 1, 2, 3, 4].map((i) => lo + ((hi - lo) * i) / 4);
  const axis = ticks.map(
    (t) => html`<line class="grid" x1="${c(x(t))}" x2="${c(x(t))}" y1="${c(top)}" y2="${c(bottom)}"/><text class="tick" x="${c(x(t))}" y="${c(bottom + 15)}" text-anchor="middle">${format(t)}</text>`,
  );
  const rows = bars.map((b, i) => {
    const y = top + ROW * i + (ROW - BAR) / 2;
    const x0 = x(Math.min(0, b.value));
    const w = Math.max(x(Math.max(0, b.value)) - x0, 0.5);
    const whisker = b.interval
      ? html`<line class="whisker" x1="${c(x(b.interval.lower))}" x2="${c(x(b.interval.upper))}" y1="${c(y + BAR / 2)}" y2="${c(y + BAR / 2)}"><title>interval ${format(b.interval.lower)} – ${format(b.interval.upper)}</title></line>`
      : '';
    const marks = (b.marks ?? []).map(
      (m) => html`<line class="mark" x1="${c(x(m.value))}" x2="${c(x(m.value))}" y1="${c(y - 3)}" y2="${c(y + BAR + 3)}"><title>${m.label}</title></line>`,
    );
    const valueText = `${format(b.value)}${b.note ? ` (${b.note})` : ''}`;
    return html`<g class="row"><text class="label" x="${c(LABEL_W - 8)}" y="${c(y + BAR - 3)}" text-anchor="end">${clip(b.label, MAX_LABEL)}<title>${b.label}</title></text>
<rect class="bar${b.cls ? ` ${b.cls}` : ''}" x="${c(x0)}" y="${c(y)}" width="${c(w)}" height="${BAR}" data-label="${b.label}" data-value="${String(b.value)}"><title>${b.label}: ${valueText}</title></rect>${whisker}${marks}
<text class="value" x="${c(WIDTH - VALUE_W + 6)}" y="${c(y + BAR - 3)}">${valueText}</text></g>
`;
  });
  const refs = lines.map((l, i) => {
    const lx = x(l.value);
    const anchor = lx > LABEL_W + plotW * 0.7 ? 'end' : lx < LABEL_W + plotW * 0.3 ? 'start' : 'middle';
    return html`<g class="threshold"><line x1="${c(lx)}" x2="${c(lx)}" y1="${c(top - 2)}" y2="${c(bottom)}"/><text x="${c(lx)}" y="${c(top - LINE_LABEL * (lines.length - i - 1) - 3)}" text-anchor="${anchor}">${l.label}</text></g>
`;
  });
  return html`<svg class="chart" id="${chart.id}" role="img" aria-labelledby="${chart.id}-t ${chart.id}-d" viewBox="0 0 ${WIDTH} ${c(height)}" width="${WIDTH}" height="${c(height)}">
<title id="${chart.id}-t">${chart.title}</title><desc id="${chart.id}-d">${chart.desc}</desc>
<g class="axis">${axis}</g>
${rows}${refs}</svg>
`;
}
