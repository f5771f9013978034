// The job summary and the PR comment as a reader sees them: the Markdown is rendered the way GitHub
// renders it (CommonMark + GFM: tables, autolinks of bare URLs and e-mail addresses, raw HTML passed
// through) and the HTML is read back, so a test asserts on elements, links and text, not on strings.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** What Markdown itself produces, plus the HTML the reporters write themselves (<details>, <summary>, <br>, <sub>). */
export const ALLOWED_ELEMENTS = new Set([
  'html', 'head', 'body', 'p', 'h2', 'h3', 'h4', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'pre',
  'strong', 'em', 'ul', 'ol', 'li', 'blockquote', 'a', 'br', 'details', 'summary', 'sub',
]);

/** The only pages a link may lead to: the repository (and its runs) of test/helpers/reports.ts and action-runner.ts. */
const ALLOWED_LINK = /^https:\/\/github\.com\/acme\/models\//;

/** Markdown → HTML as GitHub would render it, raw HTML kept so that any that gets through shows. */
export function renderGfm(md: string): string {
  return micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

function isElement(n: Node): n is Element {
  return 'tagName' in n;
}

function* walk(n: Node, inCode = false): Generator<{ node: Node; inCode: boolean }> {
  yield { node: n, inCode };
  const code = inCode || (isElement(n) && (n.tagName === 'code' || n.tagName === 'pre'));
  const children = 'content' in n && n.content ? n.content.childNodes : 'childNodes' in n ? n.childNodes : [];
  for (const c of children) yield* walk(c, code);
}

/** The rendered page's nodes in document order; the last page is kept, as a test asks several questions of one. */
let last: { md: string; nodes: Array<{ node: Node; inCode: boolean }> } | undefined;
function nodesOf(md: string): Array<{ node: Node; inCode: boolean }> {
  if (last?.md !== md) last = { md, nodes: [...walk(parse(renderGfm(md)))] };
  return last.nodes;
}

/**
 * What untrusted text could have done to the page: an element other than ours, a link off the
 * repository, and, in text outside code (where GitHub acts on it), a live @mention, issue reference,
 * URL or e-mail address. Empty when the Markdown is inert.
 */
export function markupProblems(md: string): string[] {
  const problems: string[] = [];
  for (const { node, inCode } of nodesOf(md)) {
    if (isElement(node)) {
      if (!ALLOWED_ELEMENTS.has(node.tagName)) problems.push(`element <${node.tagName}>`);
      const href = node.attrs.find((a) => a.name === 'href')?.value;
      if (node.tagName === 'a' && !(href && ALLOWED_LINK.test(href))) problems.push(`link to ${href}`);
      const src = node.attrs.find((a) => a.name === 'src');
      if (src) problems.push(`src ${src.value}`);
    } else if (node.nodeName === '#text' && !inCode) {
      const text = (node as DefaultTreeAdapterMap['textNode']).value;
      if (/@[A-Za-z0-9]/.test(text)) problems.push(`mention or e-mail in "${text}"`);
      if (/#\d/.test(text)) problems.push(`issue reference in "${text}"`);
      if (/:\/\/|www\./i.test(text)) problems.push(`URL in "${text}"`);
    } else if (node.nodeName === '#comment' && !/^ modelgate-gate[ :(]/.test((node as DefaultTreeAdapterMap['commentNode']).data)) {
      problems.push('HTML comment other than the gate\'s marker');
    }
  }
  return problems;
}

/** The rendered page's element names in document order, <br> left out: its shape, whatever the text in it. */
export function shapeOf(md: string): string[] {
  return nodesOf(md).flatMap(({ node }) => (isElement(node) && node.tagName !== 'br' ? [node.tagName] : []));
}

/** A label or title in double quotes that carries nothing Mermaid or the page would act on. */
const LABEL = '"[^"%`<>#;{}\\[\\]\\\\&|\\n]*"';
/** The statements the reporters write in a chart; anything else came from data. */
const CHART_LINE = new RegExp(
  [
    '^xychart-beta$',
    `^  title ${LABEL}$`,
    `^  x-axis \\[${LABEL}(, ${LABEL})*\\]$`,
    '^  y-axis "rate" 0 --> 1$',
    '^  (bar|line) \\[[0-9., ]*\\]$',
    '^pie showData$',
    '^    "[a-z]+" : [0-9]+$',
  ].join('|'),
);

/** The text of every Mermaid chart of the page. */
export function mermaidCharts(md: string): string[] {
  return nodesOf(md)
    .filter(({ node }) => isElement(node) && node.tagName === 'code' && node.attrs.some((a) => a.name === 'class' && a.value === 'language-mermaid'))
    .map(({ node }) => (node as Element).childNodes.map((c) => (c as DefaultTreeAdapterMap['textNode']).value ?? '').join(''));
}

/** The page's text as a reader would copy it. */
export function renderedText(md: string): string {
  return nodesOf(md).map(({ node }) => (node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : '')).join('');
}

/** Cells of a table row as GFM splits it: at each `|` that no backslash escapes (a backslash escapes the next character, whatever it is). */
function cellCount(row: string): number {
  let cells = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') cells++;
  }
  return cells;
}

/**
 * Table rows with a different number of cells than their header (GFM would drop or pad cells, so the
 * page shows no sign of it: text moved to another column, or lost). Code fences are skipped.
 */
export function brokenTableRows(md: string): string[] {
  const broken: string[] = [];
  let fence = '';
  let header = -1;
  for (const line of md.split('\n')) {
    const open = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (open && open[0] === fence[0] && open.length >= fence.length && line.trim() === open) fence = '';
      continue;
    }
    if (open) {
      fence = open;
      continue;
    }
    if (!line.startsWith('|')) header = -1;
    else if (header < 0) header = cellCount(line);
    else if (cellCount(line) !== header) broken.push(line);
  }
  return broken;
}

/** Lines of the page's Mermaid charts that are none of the statements the reporters write: they came from data. */
export function strayChartLines(md: string): string[] {
  return mermaidCharts(md).flatMap((chart) => chart.trimEnd().split('\n').filter((l) => !CHART_LINE.test(l)));
}
