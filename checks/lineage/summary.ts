// The lineage section of the job summary: "Changed since last known-good" first (what an engineer
// reads when an endpoint must be rolled back), then the integrity table, data, provenance, signatures.
import type { Change } from './knowngood.js';
import { formatBytes } from '../../src/report/format.js';

const esc = (s: unknown): string => String(s ?? '').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const short = (d: unknown): string => (typeof d === 'string' && /^[0-9a-f]{64}$/.test(d) ? `\`${d.slice(0, 12)}\`` : d === null || d === undefined ? '—' : esc(d));
const yes = (b: unknown): string => (b === true ? '✅' : b === false ? '❌' : '—');

const bytes = (n: unknown): string => (typeof n === 'number' ? formatBytes(n) : '—');

const MAX_DEPENDENCY_ROWS = 40;

const num = (n: unknown): string => (typeof n === 'number' ? String(Number(n.toPrecision(4))) : short(n));

export function renderLineageSummary(facts: Record<string, unknown>): string {
  const out: string[] = [];
  const baseline = facts.baseline as
    | { manifest: string; version?: string; verdict?: string; changes: Change[]; dependencies?: { compared: boolean; reason?: string }; bias?: { compared: boolean; reason?: string } }
    | undefined;
  if (baseline) {
    const changed = baseline.changes.filter((c) => c.change !== 'unchanged');
    out.push(`#### Changed since last known-good${baseline.version ? ` (${esc(baseline.version)})` : ''}`, '');
    if (changed.length === 0) out.push(`Nothing changed since \`${esc(baseline.manifest)}\`.`, '');
    else {
      out.push('| what | item | before | after | change |', '|---|---|---|---|---|');
      const order = ['artifact', 'training', 'dependency', 'metric', 'disparity', 'bias'];
      const numeric = (k: string): boolean => k === 'metric' || k === 'disparity' || k === 'bias';
      const sorted = [...changed].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || Number(b.breach ?? false) - Number(a.breach ?? false));
      // Dependency changes can run to hundreds: the first rows here, all of them in the facts.
      const deps = sorted.filter((c) => c.kind === 'dependency');
      const shown = new Set(deps.slice(0, MAX_DEPENDENCY_ROWS));
      for (const c of sorted) {
        if (c.kind === 'dependency' && !shown.has(c)) continue;
        const delta = c.delta !== undefined ? ` (${c.delta > 0 ? '+' : ''}${num(c.delta)})` : '';
        const show = (v: unknown): string => (numeric(c.kind) ? num(v) : c.kind === 'dependency' ? (v === undefined ? '—' : esc(v)) : short(v));
        out.push(`| ${c.kind} | ${esc(c.item)} | ${show(c.before)} | ${show(c.after)} | ${c.breach ? '⛔ ' : ''}${c.change}${delta} |`);
      }
      if (deps.length > shown.size) out.push('', `… and ${deps.length - shown.size} more dependency change(s) (facts.lineage.baseline.changes).`);
      out.push('');
    }
    const notes: string[] = [];
    if (baseline.dependencies && !baseline.dependencies.compared) notes.push(`Dependencies not compared: ${esc(baseline.dependencies.reason)}.`);
    if (baseline.bias && !baseline.bias.compared) notes.push(`Measured bias disparities not compared: ${esc(baseline.bias.reason)}.`);
    if (notes.length) out.push(...notes.map((n) => `- ${n}`), '');
  }

  const artifacts = (facts.artifacts as Array<Record<string, unknown>> | undefined) ?? [];
  if (artifacts.length) {
    out.push('#### Integrity', '', '| artifact | kind | size | sha256 | matches | attested | signed | safe to load |', '|---|---|---|---|---|---|---|---|');
    for (const a of artifacts) {
      const kind = a.kind === 'directory' ? `directory (${String(a.files)} files)` : esc(a.kind);
      out.push(`| ${esc(a.path)} | ${kind} | ${bytes(a.size)} | ${short(a.sha256)} | ${yes(a.ok)} | ${yes(a.attested)} | ${yes(a.signed)} | ${scanCell(a.scan)} |`);
    }
    const h = facts.hashing as { files: number; bytes: number; ms: number } | undefined;
    if (h && h.ms > 0) out.push('', `Hashed ${h.files} file(s), ${bytes(h.bytes)} in ${h.ms} ms (${(h.bytes / 1024 ** 2 / (h.ms / 1000)).toFixed(0)} MiB/s).`);
    out.push('');
  }

  const modelFiles = facts.modelFiles as Array<Record<string, unknown>> | undefined;
  if (modelFiles?.length) out.push(...modelFilesSection(modelFiles));

  const datasets = facts.datasets as Array<Record<string, unknown>> | undefined;
  if (datasets?.length) {
    out.push('#### Training data', '', '| dataset | status | approver | expires | digest recomputed | ok |', '|---|---|---|---|---|---|');
    for (const d of datasets) out.push(`| ${esc(d.id)} | ${esc(d.status)} | ${esc(d.approver ?? '—')} | ${esc(d.expires ?? '—')} | ${d.actual ? 'yes' : 'no'} | ${yes(d.ok)} |`);
    out.push('');
  }

  const prov = facts.provenance as Array<Record<string, unknown>> | undefined;
  if (prov?.length) {
    out.push('#### Provenance', '', '| file | form | verified | signer | builder | accepted |', '|---|---|---|---|---|---|');
    for (const p of prov) out.push(`| ${esc(p.path)} | ${esc(p.form)} | ${p.form === 'plain' ? '—' : yes(p.verified)} | ${esc(p.signer ?? '—')} | ${esc(p.builder ?? '—')} | ${yes(p.accepted)} |`);
    out.push('');
  }

  const sigs = facts.signatures as Array<Record<string, unknown>> | undefined;
  if (sigs?.length) {
    out.push('#### Model signatures', '', '| signature | model | signer | files | ok |', '|---|---|---|---|---|');
    for (const s of sigs) out.push(`| ${esc(s.path)} | ${esc(s.model)} | ${esc(s.signer ?? '—')} | ${String(s.files)} | ${yes(s.ok)} |`);
    out.push('');
  }

  const card = facts.card as { path: string; fields: Array<{ name: string; present: boolean }> } | undefined;
  if (card) {
    const missing = card.fields.filter((f) => !f.present).map((f) => f.name);
    out.push(`Model card \`${esc(card.path)}\`: ${missing.length ? `missing ${missing.map(esc).join(', ')}` : 'all required fields present'}.`, '');
  }
  return out.join('\n').trim();
}

function scanCell(scan: unknown): string {
  if (!scan || typeof scan !== 'object') return '—';
  const v = String((scan as { verdict?: unknown }).verdict);
  return v === 'not-scanned' ? '— not scanned' : (VERDICT_ICON[v] ?? esc(v));
}

const VERDICT_ICON: Record<string, string> = { dangerous: '⛔ dangerous', suspicious: '⚠️ suspicious', unknown: '❔ unknown globals', clean: '✅ clean', 'not-scanned': '— not scanned' };
const MAX_FILE_ROWS = 30;

/** One row per scanned model file, the worst first; files not scanned (text, unrecognised) are counted. */
function modelFilesSection(files: Array<Record<string, unknown>>): string[] {
  const order = ['dangerous', 'suspicious', 'unknown', 'clean'];
  const scanned = files.filter((f) => f.verdict !== 'not-scanned').sort((a, b) => order.indexOf(String(a.verdict)) - order.indexOf(String(b.verdict)));
  const notScanned = files.length - scanned.length;
  const globals = (v: unknown): string => {
    const list = (v as Array<{ global: string; count: number }> | undefined) ?? [];
    if (list.length === 0) return '—';
    const shown = list.slice(0, 4).map((g) => `\`${esc(g.global)}\`${g.count > 1 ? ` ×${g.count}` : ''}`);
    return shown.join(', ') + (list.length > 4 ? `, +${list.length - 4}` : '');
  };
  const out = ['#### Model files (unsafe deserialization)', ''];
  if (scanned.length === 0) {
    out.push(`No model file format to scan among ${files.length} file(s) (text or unrecognised formats only).`, '');
    return out;
  }
  out.push('| file | format | pickles | dangerous globals | suspicious globals | verdict |', '|---|---|---|---|---|---|');
  for (const f of scanned.slice(0, MAX_FILE_ROWS)) {
    out.push(`| ${esc(f.path)} | ${esc(f.format)} | ${String(f.pickles ?? 0)} | ${globals(f.dangerous)} | ${globals(f.suspicious)} | ${VERDICT_ICON[String(f.verdict)] ?? esc(f.verdict)} |`);
  }
  if (scanned.length > MAX_FILE_ROWS) out.push('', `… and ${scanned.length - MAX_FILE_ROWS} more scanned file(s) (see the JSON report, facts.lineage.modelFiles).`);
  if (notScanned) out.push('', `${notScanned} file(s) not scanned: text or configuration, or a format no unpickler reads (listed in facts.lineage.modelFiles).`);
  out.push('');
  return out;
}
