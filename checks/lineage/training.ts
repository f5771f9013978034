// The vetted-data section of the lineage run: each training dataset against the dataset registry,
// and its file (when the manifest gives a path) against the manifest's digest.
import { redactUrls } from '../../src/detect/redact-url.js';
import type { Finding } from '../../src/report/model.js';
import { SHORT } from './artifacts.js';
import type { TargetDigest } from '../../src/io/artifact-digest.js';
import type { DatasetFact } from './facts.js';
import type { Lineage } from './prepare.js';
import { vetDatasets } from './registry.js';
import { finding } from './rules.js';

export function vetTraining(l: Lineage, digests: ReadonlyArray<TargetDigest | undefined>): { datasets: DatasetFact[]; findings: Finding[] } {
  const { training, registry, loc } = l;
  const actual = digests.map((d) => (d && d.sha256 !== undefined ? d.sha256 : undefined));
  const findings: Finding[] = [];
  let datasets: DatasetFact[];
  if (!registry) {
    findings.push(finding('registryMissing', `${training.length} training dataset(s) listed, but the policy names no dataset registry (lineage.datasetRegistry)`, loc(['data', 'training']), 'data.training'));
    datasets = training.map((d, i) => ({ id: d.id, ...(d.path ? { path: d.path } : {}), ...(d.uri ? { uri: redactUrls(d.uri) } : {}), sha256: d.sha256, actual: actual[i] ?? null, status: 'unregistered', ok: false }));
  } else {
    const vetted = vetDatasets(
      training.map((d, i) => ({ id: d.id, sha256: d.sha256, index: i, ...(actual[i] ? { actual: actual[i] } : {}), ...(d.path ? { path: d.path } : {}), ...(d.uri ? { uri: redactUrls(d.uri) } : {}) })),
      registry,
      l.ctx.now.toISOString().slice(0, 10),
      (i, key) => loc(['data', 'training', i, key]),
    );
    findings.push(...vetted.findings);
    datasets = vetted.facts;
  }
  // The registry is compared with the manifest's digest; the file, when present, with the manifest.
  training.forEach((d, i) => {
    const a = actual[i];
    if (a !== undefined && a !== d.sha256) {
      findings.push(finding('datasetDigest', `training dataset "${d.id}": the file's sha256 differs from the manifest's`, loc(['data', 'training', i, 'path']), d.id, `manifest ${d.sha256.slice(0, SHORT)}…, file ${a.slice(0, SHORT)}…`));
    }
  });
  return { datasets, findings };
}
