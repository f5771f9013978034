// The job-summary section: the image identity, then a table of findings per rule.
import type { ContainerImageFacts } from './facts.js';
import { RULES } from './rules.js';
import { codeCell, escapeCell, formatBytes } from '../../src/report/format.js';

/** A value from the image, the archive or the Dockerfile: as code, or a dash when there is none. */
const code = (s: string | null | undefined): string => (s ? codeCell(s) : '—');

export function renderContainerSummary(facts: ContainerImageFacts): string {
  const { reference: ref, archive, dockerfile } = facts;
  const perRule = facts.findingsPerRule;
  const out: string[] = [];
  const rows: Array<[string, string]> = [];
  if (ref) rows.push(['Reference', `${code(ref.normalized)} ${ref.pinned ? '(pinned)' : '(**not pinned**)'}`]);
  if (archive) {
    const count = archive.imageCount !== undefined && archive.imageCount !== archive.images.length ? `${archive.images.length} of ${archive.imageCount} images, chosen by ${archive.selectedBy}` : `${archive.images.length} image${archive.images.length === 1 ? '' : 's'}`;
    rows.push(['Archive', `${code(archive.path)} (${archive.format}, ${count})`]);
    archive.images.forEach((im, k) => {
      const p = archive.images.length > 1 ? `Image ${k + 1} ` : '';
      rows.push([`${p}Image id`, `${code(`${im.configDigest.slice(0, 19)}…`)}${im.platform ? ` ${escapeCell(im.platform)}` : ''}`]);
      rows.push([`${p}User`, im.user === '' ? '(empty: root)' : `${code(im.user)}${im.runsAsRoot ? ' (root)' : ''}`]);
      rows.push([`${p}Exposed ports`, im.exposedPorts.length ? im.exposedPorts.map(code).join(', ') : 'none']);
      rows.push([`${p}Age`, im.ageDays === null ? 'unknown' : `${im.ageDays} days (${escapeCell(im.created ?? '—')})`]);
      rows.push([`${p}Layers`, `${im.layerCount}, ${formatBytes(im.layerBytes)} stored, ${formatBytes(im.uncompressedBytes)} uncompressed, ${im.layerEntries} entries`]);
    });
  }
  if (dockerfile) rows.push(['Dockerfile', `${code(dockerfile.path)} (${dockerfile.stages} stage${dockerfile.stages === 1 ? '' : 's'}, final USER ${dockerfile.finalUser === null ? 'not set' : code(dockerfile.finalUser)})`]);
  const reports = (facts.reports ?? []) as Array<{ path: string; tool: string; digestMatches: boolean | null }>;
  for (const r of reports) rows.push(['Report', `${code(r.path)} (${r.tool}${r.digestMatches === false ? ', **other image**' : r.digestMatches ? ', digest matches' : ''})`]);
  if (rows.length) {
    out.push('| property | value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '');
  }
  const byRule = Object.entries(perRule).sort((a, b) => b[1] - a[1]);
  if (byRule.length === 0) out.push('No findings.');
  else {
    const titles = new Map(Object.values(RULES).map((r) => [r.id, r] as const));
    out.push('| rule | severity | findings |', '|---|---|---:|');
    for (const [id, n] of byRule) out.push(`| ${code(id)} ${escapeCell(titles.get(id)?.title ?? '')} | ${titles.get(id)?.severity ?? ''} | ${n} |`);
  }
  return out.join('\n');
}
