// The release's ML-BOM (CycloneDX 1.6 JSON), built from the Report alone (plus the manifest's and the
// policy's digests and the model card's text, read by write.ts): each check contributes its part from
// its own facts through its view's `bom` hook, src/bom merges them, the CycloneDX library builds and
// normalises the inventory, and this module adds what the library has no model for yet (modelCard,
// componentData, formulation, declarations, annotations). Pure and deterministic: the serial number
// derives from the release and the report digest, and the only timestamp is the report's own time.
import { createHash } from 'node:crypto';
import type { Report } from '../report/model.js';
import { present, type CheckViews } from '../report/views.js';
import type { CardText } from './card.js';
import { normalisedBom, type ModelIdentity } from './cyclonedx.js';
import { declarationsOf, waiverAnnotations, type Evidence, type PolicyInBom } from './declarations.js';
import { mergeParts, type MergedBom } from './merge.js';
import type { BomComponentPart, BomContext, BomPart } from './part.js';

export interface BomInputs {
  report: Report;
  views: CheckViews;
  /** Workspace-relative folder of the manifest ("" at the root). */
  manifestDir: string;
  manifestSha256: string;
  policy: PolicyInBom;
  card?: CardText;
  evidence: Evidence;
  warn?: (message: string) => void;
}

type Json = Record<string, unknown>;

/** urn:uuid from sha256(release, report digest), shaped as an RFC 9562 version-8 (custom) UUID. */
export function serialNumberOf(release: string, reportSha256: string): string {
  const b = createHash('sha256').update(`modelgate-bom\0${release}\0${reportSha256}`).digest().subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x80;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The end of the run (start + duration), as the verdict statement dates it. */
export function reportTime(report: Report): string {
  return new Date(Date.parse(report.startedAt) + report.durationMs).toISOString();
}

function modelCard(merged: MergedBom, card: CardText | undefined, modelRef: string): Json {
  const m = merged.model;
  const considerations: Json = {
    ...(card?.useCases.length ? { useCases: card.useCases } : {}),
    ...(card?.limitations.length || m.limitations.length ? { technicalLimitations: [...(card?.limitations ?? []), ...m.limitations] } : {}),
    ...(m.ethical.length ? { ethicalConsiderations: m.ethical } : {}),
    ...(m.fairness.length ? { fairnessAssessments: m.fairness } : {}),
  };
  return {
    'bom-ref': `${modelRef}#model-card`,
    modelParameters: {
      ...(card?.task ? { task: card.task } : {}),
      ...(m.datasets.length ? { datasets: m.datasets.map((ref) => ({ ref })) } : {}),
    },
    ...(m.metrics.length ? { quantitativeAnalysis: { performanceMetrics: m.metrics } } : {}),
    ...(Object.keys(considerations).length ? { considerations } : {}),
    ...(card
      ? { properties: [{ name: 'modelgate:model-card:source', value: card.path }, ...(card.library ? [{ name: 'modelgate:model-card:library', value: card.library }] : []), ...(card.baseModel ? [{ name: 'modelgate:model-card:base-model', value: card.baseModel }] : [])] }
      : {}),
  };
}

/** CycloneDX `componentData` of a dataset: registry owner as governance, personal data as classification. */
function componentData(c: BomComponentPart): Json[] {
  const d = c.dataset!;
  const pd = d.personalData;
  const owner = d.owner ? [/^[^@\s]+@[^@\s]+$/.test(d.owner) ? { contact: { email: d.owner } } : { organization: { name: d.owner } }] : [];
  const categories = pd ? Object.entries(pd.categories).sort(([a], [b]) => a.localeCompare(b)) : [];
  return [
    {
      type: 'dataset',
      name: c.name,
      ...(pd ? { classification: categories.length ? `personal data found: ${categories.map(([k]) => k).join(', ')}` : 'no personal data found' } : {}),
      ...(pd?.columns.length ? { sensitiveData: pd.columns.map((col) => `${col.name}: ${col.type} (${col.category}), ${col.cells} cell(s)`) } : {}),
      ...(d.registryStatus ? { description: `Dataset registry status: ${d.registryStatus}${d.expires ? ` until ${d.expires}` : ''}.` } : {}),
      ...(owner.length ? { governance: { owners: owner } } : {}),
    },
  ];
}

function formulationOf(merged: MergedBom): Json[] {
  return merged.formulation.map((f) => ({
    'bom-ref': f.ref,
    workflows: [
      {
        'bom-ref': `${f.ref}#workflow`,
        uid: f.ref,
        name: f.name,
        taskTypes: ['build'],
        ...(f.inputs.length ? { inputs: f.inputs.map((ref) => ({ resource: { ref } })) } : {}),
        ...(f.outputs.length ? { outputs: f.outputs.map((ref) => ({ resource: { ref } })) } : {}),
        properties: [...(f.builder ? [{ name: 'modelgate:provenance:builder', value: f.builder }] : []), ...(f.properties ?? [])],
      },
    ],
  }));
}

/** Every check's part, in the report's order (a check without a hook, or that did not run, adds none). */
export function checkParts(report: Report, views: CheckViews, ctx: BomContext, warn?: (m: string) => void): BomPart[] {
  return report.checks.flatMap((c) => present(views, c, 'BOM part', (v) => (v.bom ? (facts: unknown) => v.bom!(facts, c, ctx) : undefined), warn) ?? []);
}

/** The BOM as a JSON object, keys in CycloneDX's order. */
export function buildBom(inp: BomInputs): Json {
  const { report } = inp;
  const name = report.release.name ?? 'model';
  const version = report.release.version ?? '0';
  const model: ModelIdentity = {
    ref: `model:${name}@${version}`,
    name,
    version,
    ...(report.release.description ? { description: report.release.description } : {}),
    ...(report.release.owner ? { owner: report.release.owner } : {}),
    ...(inp.card?.license ? { license: inp.card.license } : {}),
  };
  const time = reportTime(report);
  const merged = mergeParts(checkParts(report, inp.views, { modelRef: model.ref, manifestDir: inp.manifestDir }, inp.warn));
  const head = {
    serialNumber: serialNumberOf(`${name}@${version}`, inp.evidence.reportSha256),
    timestamp: time,
    tool: { name: 'modelgate', version: report.tool.version },
    properties: [
      { name: 'modelgate:verdict', value: report.verdict },
      { name: 'modelgate:mode', value: report.mode },
      { name: 'modelgate:report:sha256', value: inp.evidence.reportSha256 },
      { name: 'modelgate:manifest', value: report.manifest },
      { name: 'modelgate:manifest:sha256', value: inp.manifestSha256 },
      { name: 'modelgate:policy', value: report.policy },
      { name: 'modelgate:policy:sha256', value: inp.policy.sha256 },
      ...merged.properties,
    ],
  };
  const bom = normalisedBom(head, model, merged);
  const metadata = bom.metadata as Json & { component: Json };
  metadata.component.modelCard = modelCard(merged, inp.card, model.ref);
  const datasets = new Map(merged.components.filter((c) => c.type === 'data' && c.dataset).map((c) => [c.ref, c]));
  for (const c of (bom.components ?? []) as Json[]) {
    const d = datasets.get(String(c['bom-ref']));
    if (d) c.data = componentData(d);
  }
  const { definitions, declarations } = declarationsOf(report, inp.policy, inp.evidence, model.ref, time);
  const annotations = waiverAnnotations(report, model.ref, time);
  const formulation = formulationOf(merged);
  return {
    ...bom,
    ...(formulation.length ? { formulation } : {}),
    ...(annotations.length ? { annotations } : {}),
    definitions,
    declarations,
  };
}

/** The BOM file's text: two-space JSON and a final newline. */
export function renderBom(bom: Json): string {
  return `${JSON.stringify(bom, null, 2)}\n`;
}
