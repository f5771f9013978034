// The lineage check's part of the ML-BOM: the model's artifacts with the digests this run computed,
// the training datasets as `data` components (the digest recomputed, the registry's status and
// approver), the model-card metrics the manifest declares, and the provenance it accepted as
// `formulation`. A digest the run could not recompute is a property marked declared, never a hash.
import { posix } from 'node:path';
import { datasetRef, type BomComponentPart, type BomContext, type BomFormulationPart, type BomPart } from '../../src/bom/part.js';
import type { LineageFacts } from './facts.js';

type Dataset = NonNullable<LineageFacts['datasets']>[number];

/** A manifest path (relative to the manifest's folder) as a workspace path. */
const inWorkspace = (manifestDir: string, path: string): string => posix.normalize(posix.join(manifestDir, path));

/** bom-ref of a training dataset: its workspace path (so the pii check's part of the same file merges), else its registry id. */
function refOf(d: Dataset, manifestDir: string): string {
  return d.path ? datasetRef(inWorkspace(manifestDir, d.path)) : `dataset:${d.id}`;
}

function datasetComponent(d: Dataset, manifestDir: string): BomComponentPart {
  const verified = d.actual !== null && d.actual === d.sha256;
  return {
    ref: refOf(d, manifestDir),
    type: 'data',
    name: d.id,
    ...(verified ? { hashes: [{ alg: 'SHA-256' as const, content: d.actual! }] } : {}),
    dataset: { registryStatus: d.status, ...(d.approver ? { owner: d.approver } : {}), ...(d.expires ? { expires: d.expires } : {}) },
    properties: [
      { name: 'modelgate:dataset:registry-status', value: d.status },
      { name: 'modelgate:dataset:digest-verified', value: String(verified) },
      ...(verified ? [] : [{ name: 'modelgate:dataset:declared-sha256', value: d.sha256 }]),
      ...(d.path ? [{ name: 'modelgate:dataset:path', value: inWorkspace(manifestDir, d.path) }] : []),
      ...(d.uri ? [{ name: 'modelgate:dataset:uri', value: d.uri }] : []),
    ],
  };
}

/** The accepted provenance statements: builds whose outputs are the model and inputs its datasets. */
function formulation(facts: LineageFacts, ctx: BomContext, datasets: string[]): BomFormulationPart[] {
  return (facts.provenance ?? [])
    .filter((p) => p.accepted)
    .map((p, i) => ({
      ref: `build:${i + 1}`,
      name: `Build attested by ${inWorkspace(ctx.manifestDir, p.path)}`,
      ...(p.builder ? { builder: p.builder } : {}),
      inputs: datasets,
      outputs: [ctx.modelRef],
      properties: [
        { name: 'modelgate:provenance:path', value: inWorkspace(ctx.manifestDir, p.path) },
        { name: 'modelgate:provenance:form', value: p.form },
        { name: 'modelgate:provenance:signature-verified', value: String(p.verified) },
        { name: 'modelgate:provenance:signer-trusted', value: String(p.trusted) },
        ...(p.builderTrusted !== undefined ? [{ name: 'modelgate:provenance:builder-trusted', value: String(p.builderTrusted) }] : []),
      ],
    }));
}

export function lineageBom(facts: LineageFacts, _check: unknown, ctx: BomContext): BomPart {
  const datasets = (facts.datasets ?? []).map((d) => datasetComponent(d, ctx.manifestDir));
  const refs = datasets.map((d) => d.ref);
  const verified = facts.artifacts.filter((a) => a.ok && a.sha256);
  return {
    components: datasets,
    model: {
      hashes: verified.length === 1 ? [{ alg: 'SHA-256', content: verified[0]!.sha256! }] : [],
      artifacts: verified.map((a) => ({
        name: a.name ?? posix.basename(a.path),
        path: inWorkspace(ctx.manifestDir, a.path),
        sha256: a.sha256!,
        properties: [
          ...(a.attested !== undefined ? [{ name: 'modelgate:artifact:attested', value: String(a.attested) }] : []),
          ...(a.signed !== undefined ? [{ name: 'modelgate:artifact:signed', value: String(a.signed) }] : []),
          ...(a.scan ? [{ name: 'modelgate:artifact:scan', value: a.scan.verdict }] : []),
        ],
      })),
      datasets: refs,
      metrics: Object.entries(facts.metrics ?? {}).map(([type, value]) => ({ type, value: String(value) })),
      properties: [
        { name: 'modelgate:lineage:artifacts-verified', value: `${facts.verified}/${facts.artifactCount}` },
        ...(facts.card ? [{ name: 'modelgate:model-card', value: inWorkspace(ctx.manifestDir, facts.card.path) }] : []),
      ],
    },
    formulation: formulation(facts, ctx, refs),
  };
}
