// The lineage check's work, loaded only when the check runs (index.ts holds what the registry needs).
// Each section is a step in its own module; the steps run in the order their findings are reported.
import type { CheckContext, CheckResult } from '../../src/check.js';
import { manifestModelFolder } from '../../src/manifest/read-model-folder.js';
import { formatBytes } from '../../src/report/format.js';
import { artifactFacts, hashAll, scanArtifacts } from './artifacts.js';
import { buildDependencies, checkProvenance, checkSignatures, coverArtifacts } from './attestations.js';
import { knownGood } from './baseline.js';
import { modelCard } from './card.js';
import type { LineageConfig } from './config.js';
import type { LineageFacts, ScanVerdict } from './facts.js';
import { prepare, type Lineage } from './prepare.js';
import type { ScanResults } from './scan.js';
import { vetTraining } from './training.js';

export type { ArtifactFact, ProvenanceFact, SignatureFact } from './facts.js';

const NOTHING: CheckResult<LineageFacts> = { status: 'skipped', reason: 'no model artifacts listed in the manifest', findings: [], facts: {}, outputs: [] };

export async function run(ctx: CheckContext<LineageConfig>): Promise<CheckResult<LineageFacts>> {
  const l = prepare(ctx, await manifestModelFolder(ctx.workspace, ctx.manifest));
  if (!l) return NOTHING;
  const hashed = await hashAll(l);
  const artifacts = artifactFacts(l, hashed.artifacts);
  const scan = await scanArtifacts(l, hashed.artifacts, artifacts.facts);
  const data = l.training.length ? vetTraining(l, hashed.training) : undefined;
  const provenance = checkProvenance(l);
  const signatures = await checkSignatures(l);
  const coverage = coverArtifacts(l, hashed.artifacts, artifacts.facts, provenance.accepted, signatures.signedDigests);
  const dependencies = buildDependencies(l, provenance.accepted);
  const card = modelCard(l);
  const known = knownGood(l, artifacts.facts);
  const findings = [
    ...artifacts.findings,
    ...scan.findings,
    ...(data?.findings ?? []),
    ...provenance.findings,
    ...signatures.findings,
    ...coverage,
    ...dependencies,
    ...card.findings,
    ...known.findings,
  ];
  const facts: LineageFacts = {
    ...artifactCounts(artifacts.facts, artifacts.totalBytes),
    ...(data ? { datasets: data.datasets, datasetsVetted: data.datasets.filter((d) => d.ok).length } : {}),
    ...(l.provenance.length ? { provenance: provenance.facts } : {}),
    ...(l.signatures.length ? { signatures: signatures.facts } : {}),
    ...(card.card ? { card: card.card } : {}),
    ...(l.model?.metrics ? { metrics: l.model.metrics } : {}),
    ...(l.model?.disparities ? { disparities: l.model.disparities } : {}),
    ...(known.baseline ? { baseline: known.baseline } : {}),
    hashing: hashing(l, hashed.ms),
    ...modelScan(l, scan),
  };
  return { status: 'passed', findings, facts, outputs: [] };
}

function artifactCounts(artifacts: LineageFacts['artifacts'], totalBytes: number) {
  const verified = artifacts.filter((f) => f.ok).length;
  const missing = artifacts.filter((f) => f.kind === 'missing').length;
  return { artifacts, artifactCount: artifacts.length, totalBytes, verified, mismatched: artifacts.length - verified - missing, missing };
}

/** Every file hashed in this run (artifacts, training data, signed model directories), logged. */
function hashing(l: Lineage, ms: number): LineageFacts['hashing'] {
  const bytes = [...l.cache.values()].reduce((a, d) => a + d.size, 0);
  l.ctx.logger.info(`hashed ${l.cache.size} file(s), ${formatBytes(bytes)} in ${ms} ms`);
  return { files: l.cache.size, bytes, ms };
}

function modelScan(l: Lineage, scan: ScanResults): Pick<LineageFacts, 'modelFiles' | 'modelScan'> {
  const files = scan.files;
  const verdicts = (v: ScanVerdict): number => files.filter((f) => f.verdict === v).length;
  return {
    modelFiles: files,
    modelScan: {
      files: files.length,
      scanned: files.length - verdicts('not-scanned'),
      dangerous: verdicts('dangerous'),
      suspicious: verdicts('suspicious'),
      unknown: verdicts('unknown'),
      clean: verdicts('clean'),
      pickles: files.reduce((n, f) => n + f.pickles, 0),
      allowGlobals: l.ctx.config.allowGlobals.length,
      ms: scan.ms,
    },
  };
}
