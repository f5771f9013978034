// The dataset registry: a YAML or JSON file, typically owned by a data-governance team, listing the
// datasets that may be used for training. Validated with source positions: a bad registry is a
// configuration error at its file:line:column (the gate fails closed).
import { z } from 'zod';
import { sha256Schema } from '../../src/manifest/schema.js';
import { validateDoc } from '../../src/io/validate.js';
import { readYamlFile, type SourceDoc } from '../../src/io/yaml.js';
import { ConfigError } from '../../src/errors.js';
import type { Finding, Location } from '../../src/report/model.js';
import type { DatasetFact } from './facts.js';
import { finding } from './rules.js';

export type { DatasetFact } from './facts.js';

const entrySchema = z.strictObject({
  id: z.string().min(1),
  sha256: sha256Schema,
  status: z.enum(['vetted', 'pending', 'revoked']),
  approver: z.string().min(1),
  date: z.iso.date('expected a date as YYYY-MM-DD'),
  expires: z.iso.date('expected a date as YYYY-MM-DD').optional(),
  uri: z.string().optional(),
  description: z.string().optional(),
  reason: z.string().optional().describe('Why pending or revoked'),
});
export type RegistryEntry = z.output<typeof entrySchema>;

export const registrySchema = z.strictObject({
  apiVersion: z.string().optional(),
  kind: z.literal('DatasetRegistry').optional(),
  datasets: z.array(entrySchema),
});

export interface DatasetRegistry {
  file: string;
  entries: RegistryEntry[];
  source: SourceDoc;
}

/** Reads and validates the registry; throws ConfigError naming the file (and line) when it does not validate. */
export function loadRegistry(absPath: string, display: string): DatasetRegistry {
  const source = readYamlFile(absPath, display);
  // A bare list is accepted as the `datasets` list.
  const data = Array.isArray(source.data) ? { datasets: source.data } : source.data;
  const path = Array.isArray(source.data) ? (p: ReadonlyArray<string | number>) => p.slice(1) : (p: ReadonlyArray<string | number>) => p;
  const doc: SourceDoc = { ...source, locate: (p) => source.locate(path(p)), locateKey: (p) => source.locateKey(path(p)) };
  if (data === null || typeof data !== 'object') throw new ConfigError('dataset registry: expected a map with `datasets` (or a list of datasets)', { file: display, line: 1 });
  const parsed = validateDoc(registrySchema, doc, data);
  const seen = new Map<string, number>();
  parsed.datasets.forEach((d, i) => {
    if (seen.has(d.id)) throw new ConfigError(`dataset registry: id "${d.id}" is listed twice (entries ${seen.get(d.id)! + 1} and ${i + 1})`, doc.locate(['datasets', i, 'id']));
    seen.set(d.id, i);
  });
  return { file: display, entries: parsed.datasets, source: doc };
}

export interface TrainingInput {
  id: string;
  sha256: string;
  /** Recomputed digest when the file is present. */
  actual?: string;
  index: number;
}

/** Findings for each training dataset against the registry (`today` as YYYY-MM-DD, UTC). */
export function vetDatasets(
  inputs: ReadonlyArray<TrainingInput & { path?: string; uri?: string }>,
  registry: DatasetRegistry,
  today: string,
  locate: (i: number, key: string) => Location,
): { findings: Finding[]; facts: DatasetFact[] } {
  const findings: Finding[] = [];
  const facts: DatasetFact[] = [];
  const byId = new Map(registry.entries.map((e, i) => [e.id, { e, i }]));
  for (const d of inputs) {
    const found = byId.get(d.id);
    const base = { id: d.id, ...(d.path ? { path: d.path } : {}), ...(d.uri ? { uri: d.uri } : {}), sha256: d.sha256, actual: d.actual ?? null };
    if (!found) {
      findings.push(finding('notRegistered', `training dataset "${d.id}" is not in the dataset registry ${registry.file}`, locate(d.index, 'id'), d.id));
      facts.push({ ...base, status: 'unregistered', ok: false });
      continue;
    }
    const { e, i } = found;
    let ok = true;
    const regLoc = registry.source.locate(['datasets', i, 'status']);
    if (e.status === 'revoked') {
      ok = false;
      findings.push(
        finding('revoked', `training dataset "${d.id}" is revoked in ${registry.file} (line ${regLoc.line ?? '?'})${e.reason ? `: ${e.reason}` : ''}`, locate(d.index, 'id'), d.id),
      );
    } else if (e.status === 'pending') {
      ok = false;
      findings.push(finding('notVetted', `training dataset "${d.id}" is still pending review in ${registry.file} (line ${regLoc.line ?? '?'})`, locate(d.index, 'id'), d.id));
    } else if (e.expires !== undefined && e.expires < today) {
      ok = false;
      findings.push(finding('expired', `the approval of training dataset "${d.id}" expired on ${e.expires} (${registry.file})`, locate(d.index, 'id'), d.id));
    }
    if (e.sha256 !== d.sha256) {
      ok = false;
      findings.push(
        finding(
          'datasetDigest',
          `training dataset "${d.id}": the manifest's sha256 differs from the one vetted in ${registry.file}`,
          locate(d.index, 'sha256'),
          d.id,
          `registry ${e.sha256.slice(0, 12)}…, manifest ${d.sha256.slice(0, 12)}…`,
        ),
      );
    }
    if (d.actual !== undefined && d.actual !== d.sha256) ok = false; // reported by the caller (file vs manifest)
    facts.push({ ...base, status: e.status, approver: e.approver, ...(e.expires ? { expires: e.expires } : {}), ok });
  }
  return { findings, facts };
}
