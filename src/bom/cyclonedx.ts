// The merged BOM as CycloneDX models of @cyclonedx/cyclonedx-library, normalised to CycloneDX 1.6 JSON
// with sorted lists (the same inputs give the same document). What the library has no model for yet
// (modelCard, componentData, formulation, declarations, annotations) is added to its output by build.ts.
// Subpaths, not the package root: the root also loads the XML and validation modules, whose optional
// dependencies (xmlbuilder2, libxmljs2, ajv) the bundle leaves out (scripts/node-bundle.mjs).
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import { isSupportedSpdxId } from '@cyclonedx/cyclonedx-library/SPDX';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import type { MergedBom } from './merge.js';
import type { BomComponentPart, BomHash, BomProperty, BomVulnerabilityPart } from './part.js';

export interface ModelIdentity {
  ref: string;
  name: string;
  version: string;
  description?: string;
  owner?: string;
  license?: string;
}

export interface BomHead {
  serialNumber: string;
  /** ISO 8601: the report's time, the only timestamp of the BOM. */
  timestamp: string;
  tool: { name: string; version: string };
  properties: BomProperty[];
}

const COMPONENT_TYPES: Record<BomComponentPart['type'], Enums.ComponentType> = {
  library: Enums.ComponentType.Library,
  container: Enums.ComponentType.Container,
  data: Enums.ComponentType.Data,
  file: Enums.ComponentType.File,
  application: Enums.ComponentType.Application,
};

const SCOPES = { required: Enums.ComponentScope.Required, optional: Enums.ComponentScope.Optional, excluded: Enums.ComponentScope.Excluded };

/** An SPDX id, an SPDX expression, or a name the library keeps as free text. */
function licenseOf(text: string): Models.License {
  if (isSupportedSpdxId(text)) return new Models.SpdxLicense(text);
  if (/\s(AND|OR|WITH)\s/.test(text)) return new Models.LicenseExpression(text);
  return new Models.NamedLicense(text);
}

function fill(c: Models.Component, hashes: readonly BomHash[] = [], licenses: readonly string[] = [], properties: readonly BomProperty[] = []): Models.Component {
  for (const h of hashes) c.hashes.set(h.alg as Enums.HashAlgorithm, h.content);
  // One expression or several named/SPDX licenses: CycloneDX allows no mix of the two.
  const models = licenses.map(licenseOf);
  const expression = models.find((m) => m instanceof Models.LicenseExpression);
  for (const m of expression ? [expression] : models) c.licenses.add(m);
  for (const p of properties) c.properties.add(new Models.Property(p.name, p.value));
  return c;
}

function componentOf(p: BomComponentPart): Models.Component {
  const c = new Models.Component(COMPONENT_TYPES[p.type], p.name, {
    bomRef: p.ref,
    ...(p.version ? { version: p.version } : {}),
    ...(p.group ? { group: p.group } : {}),
    ...(p.purl ? { purl: p.purl } : {}),
    ...(p.description ? { description: p.description } : {}),
    ...(p.scope ? { scope: SCOPES[p.scope] } : {}),
  });
  return fill(c, p.hashes, p.licenses, p.properties);
}

function modelComponent(model: ModelIdentity, merged: MergedBom): Models.Component {
  const c = new Models.Component(Enums.ComponentType.MachineLearningModel, model.name, {
    bomRef: model.ref,
    version: model.version,
    ...(model.description ? { description: model.description } : {}),
    ...(model.owner ? { author: model.owner } : {}),
  });
  fill(c, merged.model.hashes, model.license ? [model.license] : [], merged.model.properties);
  // Several artifacts: each a file of the model, with the digest the lineage check computed.
  for (const a of merged.model.artifacts) {
    const file = new Models.Component(Enums.ComponentType.File, a.name, { bomRef: `${model.ref}#${a.path}` });
    fill(file, [{ alg: 'SHA-256', content: a.sha256 }], [], [{ name: 'modelgate:artifact:path', value: a.path }, ...(a.properties ?? [])]);
    c.components.add(file);
  }
  return c;
}

function vulnerabilityOf(v: BomVulnerabilityPart, refs: ReadonlyMap<string, Models.Component>): Models.Vulnerability.Vulnerability {
  const out = new Models.Vulnerability.Vulnerability({
    id: v.id,
    ...(v.source ? { source: new Models.Vulnerability.Source({ name: v.source.name, ...(v.source.url ? { url: new URL(v.source.url) } : {}) }) } : {}),
    ...(v.description ? { description: v.description } : {}),
    ...(v.recommendation ? { recommendation: v.recommendation } : {}),
  });
  for (const r of v.ratings) {
    out.ratings.add(new Models.Vulnerability.Rating({
      severity: r.severity as Enums.Vulnerability.Severity,
      ...(r.score !== undefined ? { score: r.score } : {}),
      ...(r.method ? { method: r.method as Enums.Vulnerability.RatingMethod } : {}),
      ...(r.vector ? { vector: r.vector } : {}),
      ...(r.source ? { source: new Models.Vulnerability.Source({ name: r.source }) } : {}),
    }));
  }
  for (const ref of v.affects) {
    const c = refs.get(ref);
    if (c) out.affects.add(new Models.Vulnerability.Affect(c.bomRef));
  }
  for (const a of v.aliases ?? []) out.references.add(new Models.Vulnerability.Reference(a, new Models.Vulnerability.Source({ name: a.split('-')[0]! })));
  const a = v.analysis;
  if (a) {
    // A waiver or an ignore entry asserts neither "not affected" nor "exploitable": the finding is
    // accepted for now. in_triage says exactly that; the reason, owner and expiry go in the detail.
    const detail = a.decision === 'waived' ? `Waived by ${a.responder ?? 'its owner'} until ${a.expires ?? '?'}: ${a.reason ?? ''}` : `Ignored by the policy: ${a.reason ?? ''}`;
    out.analysis = new Models.Vulnerability.Analysis({ state: Enums.Vulnerability.AnalysisState.InTriage, detail: detail.trim() });
    out.properties.add(new Models.Property('modelgate:analysis:decision', a.decision));
    if (a.responder) out.properties.add(new Models.Property('modelgate:analysis:responder', a.responder));
    if (a.expires) out.properties.add(new Models.Property('modelgate:analysis:expires', a.expires));
  }
  return out;
}

/** The library's normalised CycloneDX 1.6 JSON of the merged parts. */
export function normalisedBom(head: BomHead, model: ModelIdentity, merged: MergedBom): Record<string, unknown> {
  const bom = new Models.Bom({ serialNumber: head.serialNumber });
  bom.metadata.timestamp = new Date(head.timestamp);
  bom.metadata.tools.components.add(new Models.Component(Enums.ComponentType.Application, head.tool.name, { version: head.tool.version }));
  for (const p of head.properties) bom.metadata.properties.add(new Models.Property(p.name, p.value));
  const root = modelComponent(model, merged);
  bom.metadata.component = root;
  const refs = new Map<string, Models.Component>([[model.ref, root]]);
  for (const p of merged.components) {
    const c = componentOf(p);
    refs.set(p.ref, c);
    bom.components.add(c);
  }
  // The graph: the model runs with its runtime libraries and its image; each component with what its lockfile says it needs.
  for (const p of merged.components) {
    if ((p.type === 'library' && p.scope !== 'excluded') || p.type === 'container') root.dependencies.add(refs.get(p.ref)!.bomRef);
    for (const d of p.dependsOn ?? []) {
      const target = refs.get(d);
      if (target) refs.get(p.ref)!.dependencies.add(target.bomRef);
    }
  }
  // A base image is reached through the image built on it, not directly from the model.
  for (const p of merged.components) for (const d of p.dependsOn ?? []) if (p.type === 'container') root.dependencies.delete(refs.get(d)?.bomRef as Models.BomRef);
  for (const v of merged.vulnerabilities) bom.vulnerabilities.add(vulnerabilityOf(v, refs));
  const factory = new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6);
  return factory.makeForBom().normalize(bom, { sortLists: true }) as unknown as Record<string, unknown>;
}
