// The lineage section of the job summary: "Changed since last known-good" first (what an engineer
// reads when an endpoint must be rolled back), then the integrity table, data, provenance, signatures.
import type { ArtifactFact, BaselineFact, Change, DatasetFact, LineageFacts, ModelFileFact, ProvenanceFact, ScanVerdict, SignatureFact } from './facts.js';
import { codeCell, escapeCell, formatBytes } from '../../src/report/format.js';

/** A value the changes table shows: a digest, a version, a number, or none. */
type Cell = Change['before'];

const esc = (s: string | number | null | undefined): string => escapeCell(String(s ?? ''));
const short = (d: Cell): string => (typeof d === 'string' && /^[0-9a-f]{64}$/.test(d) ? codeCell(d.slice(0, 12)) : d === null || d === undefined ? '—' : esc(d));
const yes = (b: boolean | undefined): string => (b === true ? '✅' : b === false ? '❌' : '—');

const bytes = (n: number | null): string => (n === null ? '—' : formatBytes(n));

const MAX_DEPENDENCY_ROWS = 40;

const num = (n: Cell): string => (typeof n === 'number' ? String(Number(n.toPrecision(4))) : short(n));

export function renderLineageSummary(facts: LineageFacts): string {
  const out: string[] = [];
  if (facts.baseline) out.push(...baselineSection(facts.baseline));
  if (facts.artifacts.length) out.push(...integritySection(facts.artifacts, facts.hashing));
  if (facts.modelFiles.length) out.push(...modelFilesSection(facts.modelFiles));
  if (facts.datasets?.length) out.push(...datasetsSection(facts.datasets));
  if (facts.provenance?.length) out.push(...provenanceSection(facts.provenance));
  if (facts.signatures?.length) out.push(...signaturesSection(facts.signatures));
  if (facts.card) {
    const missing = facts.card.fields.filter((f) => !f.present).map((f) => f.name);
    out.push(`Model card ${codeCell(facts.card.path)}: ${missing.length ? `missing ${missing.map(esc).join(', ')}` : 'all required fields present'}.`, '');
  }
  return out.join('\n').trim();
}

const KIND_ORDER: readonly Change['kind'][] = ['artifact', 'training', 'dependency', 'metric', 'disparity', 'bias'];
const NUMERIC = new Set<Change['kind']>(['metric', 'disparity', 'bias']);

function baselineSection(baseline: BaselineFact): string[] {
  const out: string[] = [];
  const changed = baseline.changes.filter((c) => c.change !== 'unchanged');
  out.push(`#### Changed since last known-good${baseline.version ? ` (${esc(baseline.version)})` : ''}`, '');
  if (changed.length === 0) out.push(`Nothing changed since ${codeCell(baseline.manifest)}.`, '');
  else {
    out.push('| what | item | before | after | change |', '|---|---|---|---|---|');
    const sorted = [...changed].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || Number(b.breach ?? false) - Number(a.breach ?? false));
    // Dependency changes can run to hundreds: the first rows here, all of them in the facts.
    const deps = sorted.filter((c) => c.kind === 'dependency');
    const shown = new Set(deps.slice(0, MAX_DEPENDENCY_ROWS));
    for (const c of sorted) {
      if (c.kind === 'dependency' && !shown.has(c)) continue;
      const delta = c.delta !== undefined ? ` (${c.delta > 0 ? '+' : ''}${num(c.delta)})` : '';
      const show = (v: Cell): string => (NUMERIC.has(c.kind) ? num(v) : c.kind === 'dependency' ? (v === undefined ? '—' : esc(v)) : short(v));
      out.push(`| ${c.kind} | ${esc(c.item)} | ${show(c.before)} | ${show(c.after)} | ${c.breach ? '⛔ ' : ''}${c.change}${delta} |`);
    }
    if (deps.length > shown.size) out.push('', `… and ${deps.length - shown.size} more dependency change(s) (facts.lineage.baseline.changes).`);
    out.push('');
  }
  const notes: string[] = [];
  if (!baseline.dependencies.compared) notes.push(`Dependencies not compared: ${esc(baseline.dependencies.reason)}.`);
  if (!baseline.bias.compared) notes.push(`Measured bias disparities not compared: ${esc(baseline.bias.reason)}.`);
  if (notes.length) out.push(...notes.map((n) => `- ${n}`), '');
  return out;
}

function integritySection(artifacts: readonly ArtifactFact[], h: LineageFacts['hashing']): string[] {
  const out = ['#### Integrity', '', '| artifact | kind | size | sha256 | matches | attested | signed | safe to load |', '|---|---|---|---|---|---|---|---|'];
  for (const a of artifacts) {
    // The check always counts a directory's files; a hand-made report without them prints "undefined", as before.
    const kind = a.kind === 'directory' ? `directory (${String(a.files)} files)` : esc(a.kind);
    out.push(`| ${esc(a.path)} | ${kind} | ${bytes(a.size)} | ${short(a.sha256)} | ${yes(a.ok)} | ${yes(a.attested)} | ${yes(a.signed)} | ${a.scan ? VERDICT_ICON[a.scan.verdict] : '—'} |`);
  }
  if (h.ms > 0) out.push('', `Hashed ${h.files} file(s), ${bytes(h.bytes)} in ${h.ms} ms (${(h.bytes / 1024 ** 2 / (h.ms / 1000)).toFixed(0)} MiB/s).`);
  out.push('');
  return out;
}

function datasetsSection(datasets: readonly DatasetFact[]): string[] {
  const out = ['#### Training data', '', '| dataset | status | approver | expires | digest recomputed | ok |', '|---|---|---|---|---|---|'];
  for (const d of datasets) out.push(`| ${esc(d.id)} | ${esc(d.status)} | ${esc(d.approver ?? '—')} | ${esc(d.expires ?? '—')} | ${d.actual ? 'yes' : 'no'} | ${yes(d.ok)} |`);
  out.push('');
  return out;
}

function provenanceSection(provenance: readonly ProvenanceFact[]): string[] {
  const out = ['#### Provenance', '', '| file | form | verified | signer | builder | accepted |', '|---|---|---|---|---|---|'];
  for (const p of provenance) out.push(`| ${esc(p.path)} | ${esc(p.form)} | ${p.form === 'plain' ? '—' : yes(p.verified)} | ${esc(p.signer ?? '—')} | ${esc(p.builder ?? '—')} | ${yes(p.accepted)} |`);
  out.push('');
  return out;
}

function signaturesSection(signatures: readonly SignatureFact[]): string[] {
  const out = ['#### Model signatures', '', '| signature | model | signer | files | ok |', '|---|---|---|---|---|'];
  for (const s of signatures) out.push(`| ${esc(s.path)} | ${esc(s.model)} | ${esc(s.signer ?? '—')} | ${s.files} | ${yes(s.ok)} |`);
  out.push('');
  return out;
}

const VERDICT_ICON: Record<ScanVerdict, string> = { dangerous: '⛔ dangerous', suspicious: '⚠️ suspicious', unknown: '❔ unknown globals', clean: '✅ clean', 'not-scanned': '— not scanned' };
const VERDICT_ORDER: readonly ScanVerdict[] = ['dangerous', 'suspicious', 'unknown', 'clean'];
const MAX_FILE_ROWS = 30;

/** Up to four globals with their counts, and how many more. */
function globals(list: ModelFileFact['dangerous']): string {
  if (list.length === 0) return '—';
  const shown = list.slice(0, 4).map((g) => `${codeCell(g.global, 120)}${g.count > 1 ? ` ×${g.count}` : ''}`);
  return shown.join(', ') + (list.length > 4 ? `, +${list.length - 4}` : '');
}

/** One row per scanned model file, the worst first; files not scanned (text, unrecognised) are counted. */
function modelFilesSection(files: readonly ModelFileFact[]): string[] {
  const scanned = files.filter((f) => f.verdict !== 'not-scanned').sort((a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict));
  const notScanned = files.length - scanned.length;
  const out = ['#### Model files (unsafe deserialization)', ''];
  if (scanned.length === 0) {
    out.push(`No model file format to scan among ${files.length} file(s) (text or unrecognised formats only).`, '');
    return out;
  }
  out.push('| file | format | pickles | dangerous globals | suspicious globals | verdict |', '|---|---|---|---|---|---|');
  for (const f of scanned.slice(0, MAX_FILE_ROWS)) {
    out.push(`| ${esc(f.path)} | ${esc(f.format)} | ${f.pickles} | ${globals(f.dangerous)} | ${globals(f.suspicious)} | ${VERDICT_ICON[f.verdict]} |`);
  }
  if (scanned.length > MAX_FILE_ROWS) out.push('', `… and ${scanned.length - MAX_FILE_ROWS} more scanned file(s) (see the JSON report, facts.lineage.modelFiles).`);
  if (notScanned) out.push('', `${notScanned} file(s) not scanned: text or configuration, or a format no unpickler reads (listed in facts.lineage.modelFiles).`);
  out.push('');
  return out;
}
