// Seldon Core 2 Pipeline and Experiment (mlops.seldon.io/v1alpha1): served things made of Models. A
// Pipeline is called as `<name>.pipeline` through seldon-mesh and runs every step's Model; an
// Experiment splits (and mirrors) traffic across candidate Models or Pipelines, as `<name>.experiment`
// or on the endpoint of its `default` model. Each is judged as an endpoint of its own whose models are
// the models of its members, resolved by name among the fleet's Models (same namespace).
import type { RawEndpoint, ServedModel } from '../model.js';
import { copyModel } from '../modeluri.js';
import type { Doc } from '../read.js';
import { docFields, type ReadContext } from './common.js';
import { qualifiedName } from './kserve.js';
import { fieldAt } from './pulled.js';
import { clusterTls, meshAuth } from './seldon.js';
import { annotationMap, arr, isObj, obj, str, stringMap, type Obj } from './util.js';

interface Member {
  /** Step, candidate or mirror, as named in the definition. */
  label: string;
  ref: string;
  path: Array<string | number>;
  raw: RawEndpoint | undefined;
  /** An Experiment's mirror: gets a copy of the traffic, answers no client. */
  mirror?: boolean;
}

/** Collects Pipelines and Experiments while files are read; builds them once every Model is known. */
export class SeldonV2Fleet {
  private readonly pipelines: Array<{ doc: Doc; o: Obj }> = [];
  private readonly experiments: Array<{ doc: Doc; o: Obj }> = [];

  add(kind: 'Pipeline' | 'Experiment', doc: Doc, o: Obj): void {
    (kind === 'Pipeline' ? this.pipelines : this.experiments).push({ doc, o });
  }

  build(raws: readonly RawEndpoint[], ctx: ReadContext): RawEndpoint[] {
    const models = byKey(raws.filter((r) => r.endpoint.platform === 'seldon-v2' && r.endpoint.kind === 'Model'));
    const pipelines = this.pipelines.map(({ doc, o }) => {
      const members = arr(obj(o.spec).steps).flatMap((s, i) => (isObj(s) && str(s.name) ? [member(`step ${str(s.name)}`, str(s.name)!, ['spec', 'steps', i, 'name'], o, models)] : []));
      return composite(doc, o, 'Pipeline', members, ctx);
    });
    const byPipeline = new Map(pipelines.map((p) => [p.endpoint.name.replace(/\.pipeline$/, ''), p]));
    const experiments = this.experiments.map(({ doc, o }) => {
      const spec = obj(o.spec);
      const pool = str(spec.resourceType) === 'pipeline' ? byPipeline : models;
      const members = arr(spec.candidates).flatMap((c, i) => (isObj(c) && str(c.name) ? [member(`candidate ${str(c.name)}`, str(c.name)!, ['spec', 'candidates', i, 'name'], o, pool)] : []));
      const mirror = str(obj(spec.mirror).name);
      if (mirror) members.push({ ...member(`mirror ${mirror}`, mirror, ['spec', 'mirror', 'name'], o, pool), mirror: true });
      return composite(doc, o, 'Experiment', members, ctx);
    });
    return [...pipelines, ...experiments];
  }
}

const byKey = (raws: readonly RawEndpoint[]) => new Map(raws.map((r) => [r.endpoint.name, r]));

function member(label: string, ref: string, path: Array<string | number>, o: Obj, pool: ReadonlyMap<string, RawEndpoint>): Member {
  const ns = str(obj(o.metadata).namespace);
  return { label, ref, path, raw: pool.get(ns ? `${ns}/${ref}` : ref) };
}

/** The endpoint of a Pipeline or Experiment: its members' models, resources and replicas; seldon-mesh access. */
function composite(doc: Doc, o: Obj, kind: 'Pipeline' | 'Experiment', members: readonly Member[], ctx: ReadContext): RawEndpoint {
  const meta = obj(o.metadata);
  const { namespace, qualified } = qualifiedName(meta);
  const suffix = kind === 'Pipeline' ? 'pipeline' : 'experiment';
  const listPath = kind === 'Pipeline' ? ['spec', 'steps'] : ['spec', 'candidates'];
  const what = kind === 'Pipeline' ? 'Model' : str(obj(o.spec).resourceType) === 'pipeline' ? 'Pipeline' : 'Model';
  const models: ServedModel[] = [];
  const missing: string[] = [];
  let min: number | null = Infinity;
  let requests = true;
  let responses = true;
  for (const m of members) {
    if (!m.raw) {
      const why = `${fieldAt(doc, m.path).at()} names ${what} "${m.ref}", which is not among the definition files`;
      models.push({ name: m.label, uri: null, digest: null, version: null, pin: why, pinned: false, format: null, digestSource: null, declaredDigest: null });
      missing.push(`${m.label}: ${what} "${m.ref}" is not among the definition files`);
      min = null;
      if (!m.mirror) requests = responses = false;
      continue;
    }
    const e = m.raw.endpoint;
    for (const x of e.models) models.push(copyModel(x, { name: e.models.length === 1 ? m.label : `${m.label}/${x.name}` }));
    for (const r of e.resources.missing) missing.push(`${m.label}: ${r}`);
    if (min !== null) min = e.replicas.min === null ? null : Math.min(min, e.replicas.min);
    // The requests and responses clients see are the candidates'; a mirror's responses are discarded.
    if (m.mirror) continue;
    requests &&= e.logging.requests;
    responses &&= e.logging.responses;
  }
  if (members.length === 0) missing.push(`no ${kind === 'Pipeline' ? 'steps' : 'candidates'}`);
  const firstBad = members.find((m) => !m.raw || m.raw.endpoint.models.some((x) => x.pinned === false))?.path ?? listPath;
  // A pipeline's requests and responses (every step's too) pass through its Kafka topics, which Seldon keeps.
  const pipelineLog = kind === 'Pipeline' || what === 'Pipeline';
  const logging = pipelineLog
    ? { requests: members.length > 0, responses: members.length > 0, destination: 'kafka', source: 'pipeline inputs and outputs are written to its Kafka topics' }
    : { requests: requests && members.length > 0, responses: responses && members.length > 0, destination: null, source: 'spec.logger of every candidate Model' };
  return {
    endpoint: {
      name: `${qualified}.${suffix}`,
      platform: 'seldon-v2',
      kind,
      namespace,
      file: doc.file,
      line: doc.locate([]).line ?? 1,
      models,
      authentication: meshAuth(ctx, 'Seldon Core 2'),
      tls: clusterTls(ctx),
      exposure: { level: 'cluster', source: `Seldon Core 2 ${kind.toLowerCase()}s are reached through the seldon-mesh service inside the cluster (seldon-model: ${str(meta.name)}.${suffix})` },
      networkIsolation: { enabled: false, source: `Seldon Core 2 ${kind} has no network isolation field` },
      encryption: { supported: false, keys: [], missing: [], source: 'no per-model encryption key in Seldon Core 2' },
      logging,
      replicas: { min: min === Infinity ? null : min, max: null, source: `the fewest replicas among its ${kind === 'Pipeline' ? 'steps' : 'candidates'}` },
      resources: { cpu: null, memory: null, gpu: null, instanceType: null, limitsSet: missing.length === 0, missing, source: `the ${what}s it runs` },
      labels: stringMap(meta.labels),
      annotations: annotationMap(meta.annotations),
    },
    doc: docFields(doc),
    fields: { 'model-source-allowed': firstBad, 'model-pinned': firstBad, 'model-verdict': firstBad, 'resource-limits': listPath, 'min-replicas': listPath, 'request-logging': listPath },
    podLabels: [],
    serviceNames: [],
  };
}

export const isSeldonV2Composite = (kind: string, group: string): kind is 'Pipeline' | 'Experiment' => group === 'mlops.seldon.io' && (kind === 'Pipeline' || kind === 'Experiment');
