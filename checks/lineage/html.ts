// HTML section of the lineage check: what changed since the last known-good release first (what an
// engineer reads before a rollback), then artifact integrity, training data and provenance.
import type { ArtifactFact, BaselineFact, Change, DatasetFact, LineageFacts, ProvenanceFact } from './facts.js';
import { formatBytes } from '../../src/report/format.js';
import { EMPTY, badge, html, num, table, yesNo, type Html, type Value } from '../../src/report/html/markup.js';

const ORDER: readonly Change['kind'][] = ['artifact', 'training', 'dependency', 'metric', 'disparity', 'bias'];
const NUMERIC = new Set<Change['kind']>(['metric', 'disparity', 'bias']);
const str = (v: string | number | null | undefined): string => (v === null || v === undefined ? '–' : String(v));
/** A sha256 shortened to 12 hex digits (the full one is in the JSON report). */
const digest = (v: string | number | null | undefined): string => (typeof v === 'string' && /^[0-9a-f]{64}$/.test(v) ? `${v.slice(0, 12)}…` : str(v));
const ok = (b: boolean): Value => (b ? badge('ok', 'yes') : badge('fail', 'no'));

export function lineageSection(facts: LineageFacts): Html {
  const datasets = facts.datasets ?? [];
  const provenance = facts.provenance ?? [];
  return html`${facts.baseline ? diff(facts.baseline) : html`<p>No known-good baseline named: nothing to compare with.</p>`}
${facts.artifacts.length ? table('Artifact integrity', ['Artifact', 'Kind', { label: 'Size', numeric: true }, 'sha256', 'Matches', 'Attested', 'Signed', 'Safe to load'], facts.artifacts.map(artifactRow)) : EMPTY}
${datasets.length ? table('Training data', ['Dataset', 'Status', 'Approver', 'Expires', 'Digest recomputed', 'OK'], datasets.map(datasetRow)) : EMPTY}
${provenance.length ? table('Provenance', ['File', 'Form', 'Verified', 'Signer', 'Builder', 'Accepted'], provenance.map(provenanceRow)) : EMPTY}`;
}

function artifactRow(a: ArtifactFact): Value[] {
  const scan = a.scan?.verdict;
  return [
    a.path,
    a.kind === 'directory' ? `directory (${str(a.files)} files)` : a.kind,
    a.size === null ? '–' : formatBytes(a.size),
    html`<code>${digest(a.sha256)}</code>`,
    ok(a.ok),
    yesNo(a.attested),
    yesNo(a.signed),
    scan === undefined || scan === 'not-scanned' ? 'not scanned' : scan === 'clean' ? badge('ok', 'clean') : badge('fail', scan),
  ];
}

const datasetRow = (d: DatasetFact): Value[] => [d.id, d.status, str(d.approver), str(d.expires), d.actual ? 'yes' : 'no', ok(d.ok)];

const provenanceRow = (p: ProvenanceFact): Value[] => [p.path, p.form, p.form === 'plain' ? '–' : yesNo(p.verified), str(p.signer), str(p.builder), ok(p.accepted)];

function diff(b: BaselineFact): Html {
  const changed = b.changes.filter((c) => c.change !== 'unchanged');
  const title = `Changed since last known-good${b.version ? ` (${b.version})` : ''}`;
  const show = (c: Change, v: Change['before']): string => (NUMERIC.has(c.kind) ? (typeof v === 'number' ? num(v) : str(v)) : c.kind === 'dependency' ? str(v) : digest(v));
  const sorted = [...changed].sort((x, y) => ORDER.indexOf(x.kind) - ORDER.indexOf(y.kind) || Number(y.breach ?? false) - Number(x.breach ?? false));
  const rows = sorted.map((c) => [
    c.item,
    c.kind,
    show(c, c.before),
    show(c, c.after),
    html`${c.breach ? badge('fail', 'beyond limit') : ''} ${c.change}${c.delta !== undefined ? ` (${c.delta > 0 ? '+' : ''}${num(c.delta)})` : ''}`,
  ]);
  const notes = [
    b.dependencies.compared ? '' : `Dependencies not compared: ${b.dependencies.reason}.`,
    b.bias.compared ? '' : `Measured bias disparities not compared: ${b.bias.reason}.`,
  ].filter(Boolean);
  return html`<h3>${title}</h3>
${rows.length ? table(`Changes against ${b.manifest}`, ['Item', 'What', 'Before', 'After', 'Change'], rows, 'lineage-diff') : html`<p>Nothing changed since <code>${b.manifest}</code>.</p>`}
${notes.length ? html`<ul>${notes.map((n) => html`<li>${n}</li>`)}</ul>` : EMPTY}`;
}
