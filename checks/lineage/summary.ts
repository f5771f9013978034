// The lineage section of the job summary: "Changed since last known-good" first (what an engineer
// reads when an endpoint must be rolled back), then the integrity table, data, provenance, signatures.
import type { Change } from './knowngood.js';

const esc = (s: unknown): string => String(s ?? '').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const short = (d: unknown): string => (typeof d === 'string' && /^[0-9a-f]{64}$/.test(d) ? `\`${d.slice(0, 12)}\`` : d === null || d === undefined ? '—' : esc(d));
const yes = (b: unknown): string => (b === true ? '✅' : b === false ? '❌' : '—');

function bytes(n: unknown): string {
  if (typeof n !== 'number') return '—';
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

const num = (n: unknown): string => (typeof n === 'number' ? String(Number(n.toPrecision(4))) : short(n));

export function renderLineageSummary(facts: Record<string, unknown>): string {
  const out: string[] = [];
  const baseline = facts.baseline as { manifest: string; version?: string; verdict?: string; changes: Change[] } | undefined;
  if (baseline) {
    const changed = baseline.changes.filter((c) => c.change !== 'unchanged');
    out.push(`#### Changed since last known-good${baseline.version ? ` (${esc(baseline.version)})` : ''}`, '');
    if (changed.length === 0) out.push(`Nothing changed since \`${esc(baseline.manifest)}\`.`, '');
    else {
      out.push('| what | item | before | after | change |', '|---|---|---|---|---|');
      const order = ['artifact', 'training', 'metric', 'disparity'];
      for (const c of [...changed].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))) {
        const delta = c.delta !== undefined ? ` (${c.delta > 0 ? '+' : ''}${num(c.delta)})` : '';
        out.push(`| ${c.kind} | ${esc(c.item)} | ${c.kind === 'metric' || c.kind === 'disparity' ? num(c.before) : short(c.before)} | ${c.kind === 'metric' || c.kind === 'disparity' ? num(c.after) : short(c.after)} | ${c.breach ? '⛔ ' : ''}${c.change}${delta} |`);
      }
      out.push('');
    }
  }

  const artifacts = (facts.artifacts as Array<Record<string, unknown>> | undefined) ?? [];
  if (artifacts.length) {
    out.push('#### Integrity', '', '| artifact | kind | size | sha256 | matches | attested | signed |', '|---|---|---|---|---|---|---|');
    for (const a of artifacts) {
      const kind = a.kind === 'directory' ? `directory (${String(a.files)} files)` : esc(a.kind);
      out.push(`| ${esc(a.path)} | ${kind} | ${bytes(a.size)} | ${short(a.sha256)} | ${yes(a.ok)} | ${yes(a.attested)} | ${yes(a.signed)} |`);
    }
    const h = facts.hashing as { files: number; bytes: number; ms: number } | undefined;
    if (h && h.ms > 0) out.push('', `Hashed ${h.files} file(s), ${bytes(h.bytes)} in ${h.ms} ms (${(h.bytes / 1024 ** 2 / (h.ms / 1000)).toFixed(0)} MiB/s).`);
    out.push('');
  }

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
