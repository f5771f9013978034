// The checks' BOM parts merged into one: a component two checks describe (the training file, which
// lineage hashes and pii scans) becomes one component with what each said; vulnerabilities are kept
// once per (id, affected components); the model's parts are concatenated in the checks' order.
import type { BomComponentPart, BomFormulationPart, BomModelPart, BomPart, BomProperty, BomVulnerabilityPart } from './part.js';

export interface MergedBom {
  components: BomComponentPart[];
  vulnerabilities: BomVulnerabilityPart[];
  model: Required<Pick<BomModelPart, 'hashes' | 'artifacts' | 'datasets' | 'metrics' | 'fairness' | 'limitations' | 'ethical' | 'properties'>>;
  formulation: BomFormulationPart[];
  properties: BomProperty[];
}

const union = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined, key: (x: T) => string): T[] => {
  const out = new Map<string, T>();
  for (const x of [...(a ?? []), ...(b ?? [])]) if (!out.has(key(x))) out.set(key(x), x);
  return [...out.values()];
};

const propertyKey = (p: BomProperty): string => `${p.name}\0${p.value}`;

/** Two descriptions of the same component: the first one's identity, both ones' hashes, properties and dataset facts. */
function mergeComponent(a: BomComponentPart, b: BomComponentPart): BomComponentPart {
  const hashes = union(a.hashes, b.hashes, (h) => `${h.alg}\0${h.content}`);
  const licenses = union(a.licenses, b.licenses, (l) => l);
  const properties = union(a.properties, b.properties, propertyKey);
  const dependsOn = union(a.dependsOn, b.dependsOn, (r) => r);
  // A registry id names a dataset better than its path; the pii check knows only the path.
  const name = a.type === 'data' && a.name.includes('/') && !b.name.includes('/') ? b.name : a.name;
  return {
    ...b,
    ...a,
    name,
    ...(hashes.length ? { hashes } : {}),
    ...(licenses.length ? { licenses } : {}),
    ...(properties.length ? { properties } : {}),
    ...(dependsOn.length ? { dependsOn } : {}),
    ...(a.dataset || b.dataset ? { dataset: { ...b.dataset, ...a.dataset } } : {}),
  };
}

export function mergeParts(parts: readonly BomPart[]): MergedBom {
  const components = new Map<string, BomComponentPart>();
  const vulnerabilities = new Map<string, BomVulnerabilityPart>();
  const model: MergedBom['model'] = { hashes: [], artifacts: [], datasets: [], metrics: [], fairness: [], limitations: [], ethical: [], properties: [] };
  const formulation: BomFormulationPart[] = [];
  const properties: BomProperty[] = [];
  for (const part of parts) {
    for (const c of part.components ?? []) {
      const had = components.get(c.ref);
      components.set(c.ref, had ? mergeComponent(had, c) : c);
    }
    for (const v of part.vulnerabilities ?? []) {
      const key = `${v.id}\0${[...v.affects].sort().join('\0')}`;
      if (!vulnerabilities.has(key)) vulnerabilities.set(key, v);
    }
    const m = part.model;
    if (m) {
      model.hashes = union(model.hashes, m.hashes, (h) => `${h.alg}\0${h.content}`);
      model.artifacts.push(...(m.artifacts ?? []));
      model.datasets = union(model.datasets, m.datasets, (r) => r);
      model.metrics.push(...(m.metrics ?? []));
      model.fairness.push(...(m.fairness ?? []));
      model.limitations.push(...(m.limitations ?? []));
      model.ethical.push(...(m.ethical ?? []));
      model.properties.push(...(m.properties ?? []));
    }
    formulation.push(...(part.formulation ?? []));
    properties.push(...(part.properties ?? []));
  }
  return { components: [...components.values()], vulnerabilities: [...vulnerabilities.values()], model, formulation, properties };
}
