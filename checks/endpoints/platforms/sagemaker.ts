// SageMaker: the API's JSON (CreateEndpointConfig / DescribeEndpointConfig, CreateModel / DescribeModel,
// CreateEndpoint / DescribeEndpoint) and CloudFormation AWS::SageMaker::Model, ::EndpointConfig and
// ::Endpoint. Pieces are collected from every file first, then linked by name or logical id:
// Endpoint → EndpointConfig → ProductionVariants[].ModelName → Model.
import { ConfigError } from '../../../src/errors.js';
import { servedModel } from '../modeluri.js';
import type { RawEndpoint, ServedModel } from '../model.js';
import type { Doc } from '../read.js';
import { DIGEST_ANNOTATION, docFields, VERSION_ANNOTATION, type ReadContext } from './common.js';
import { arr, isObj, num, obj, str, truthy, type Obj } from './util.js';

type Path = Array<string | number>;

interface Piece {
  /** Name given by the definition (EndpointConfigName …), when a literal. */
  name: string | null;
  /** CloudFormation logical id, for Ref / GetAtt. */
  logicalId: string | null;
  props: Obj;
  doc: Doc;
  path: Path;
  /** CloudFormation template id (file#document) so that logical ids resolve within their template. */
  scope: string;
}

/** Local-NVMe instance families: their storage is encrypted by hardware and KmsKeyId is refused by the API. */
const LOCAL_STORAGE = /^ml\.(?:[a-z]+\d+[a-z]*d[a-z]*|g4dn|g5|g6|g6e|p4d|p4de|p5|p5e|inf2|trn1)\./;

/** A literal name, or the logical id a Ref / GetAtt points at (short forms arrive as plain strings and lists). */
function reference(v: unknown): { literal: string | null; logical: string | null } {
  if (typeof v === 'string') return { literal: v, logical: v.split('.')[0]! };
  if (Array.isArray(v) && typeof v[0] === 'string') return { literal: null, logical: v[0] };
  const o = obj(v);
  if (typeof o.Ref === 'string') return { literal: null, logical: o.Ref };
  const att = o['Fn::GetAtt'];
  if (Array.isArray(att) && typeof att[0] === 'string') return { literal: null, logical: att[0] };
  if (typeof att === 'string') return { literal: null, logical: att.split('.')[0]! };
  return { literal: null, logical: null };
}

function tags(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of arr(v).filter(isObj)) {
    const k = str(t.Key);
    const val = str(t.Value);
    if (k && val !== null) out[k] = val;
  }
  return out;
}

export class SageMakerFleet {
  private models: Piece[] = [];
  private configs: Piece[] = [];
  private endpoints: Piece[] = [];

  /** Is this an API document this reader understands? */
  static apiKind(o: Obj): 'EndpointConfig' | 'Model' | 'Endpoint' | null {
    if (typeof o.EndpointConfigName === 'string' && Array.isArray(o.ProductionVariants) && o.EndpointName === undefined) return 'EndpointConfig';
    if (typeof o.EndpointName === 'string' && o.EndpointConfigName !== undefined) return 'Endpoint';
    if (typeof o.ModelName === 'string' && (isObj(o.PrimaryContainer) || Array.isArray(o.Containers))) return 'Model';
    return null;
  }

  addApi(doc: Doc, o: Obj, kind: 'EndpointConfig' | 'Model' | 'Endpoint'): void {
    const name = kind === 'EndpointConfig' ? str(o.EndpointConfigName) : kind === 'Model' ? str(o.ModelName) : str(o.EndpointName);
    this.list(kind).push({ name, logicalId: null, props: o, doc, path: [], scope: `${doc.file}#${doc.index}` });
  }

  addResource(doc: Doc, logicalId: string, type: string, props: Obj): void {
    const kind = type.slice('AWS::SageMaker::'.length) as 'EndpointConfig' | 'Model' | 'Endpoint';
    const nameKey = kind === 'EndpointConfig' ? 'EndpointConfigName' : kind === 'Model' ? 'ModelName' : 'EndpointName';
    const name = typeof props[nameKey] === 'string' ? (props[nameKey] as string) : null;
    this.list(kind).push({ name, logicalId, props, doc, path: ['Resources', logicalId, 'Properties'], scope: `${doc.file}#${doc.index}` });
  }

  private list(kind: 'EndpointConfig' | 'Model' | 'Endpoint'): Piece[] {
    return kind === 'EndpointConfig' ? this.configs : kind === 'Model' ? this.models : this.endpoints;
  }

  private indexes = new Map<Piece[], { logical: Map<string, Piece>; named: Map<string, Piece> }>();

  /** Same template by logical id first, then anywhere by literal name (the first definition wins). */
  private find(list: Piece[], ref: unknown, scope: string): Piece | undefined {
    let index = this.indexes.get(list);
    if (!index) {
      index = { logical: new Map(), named: new Map() };
      for (const p of list) {
        if (p.logicalId && !index.logical.has(`${p.scope}\0${p.logicalId}`)) index.logical.set(`${p.scope}\0${p.logicalId}`, p);
        if (p.name && !index.named.has(p.name)) index.named.set(p.name, p);
      }
      this.indexes.set(list, index);
    }
    const r = reference(ref);
    return (r.logical ? index.logical.get(`${scope}\0${r.logical}`) : undefined) ?? (r.literal ? index.named.get(r.literal) : undefined);
  }

  build(ctx: ReadContext): RawEndpoint[] {
    const out: RawEndpoint[] = [];
    const used = new Set<Piece>();
    for (const e of this.endpoints) {
      const cfgRef = e.props.EndpointConfigName;
      const cfg = this.find(this.configs, cfgRef, e.scope);
      if (!cfg) {
        const r = reference(cfgRef);
        throw new ConfigError(`SageMaker endpoint ${e.name ?? e.logicalId} refers to endpoint configuration ${JSON.stringify(r.literal ?? r.logical)}, which no definition file holds`, e.doc.locate([...e.path, 'EndpointConfigName']));
      }
      used.add(cfg);
      out.push(this.endpoint(e.name ?? e.logicalId!, cfg, e, ctx));
    }
    // An endpoint configuration no Endpoint names stands for the endpoint it will configure.
    for (const c of this.configs) if (!used.has(c)) out.push(this.endpoint(c.name ?? c.logicalId!, c, undefined, ctx));
    return out;
  }

  private endpoint(name: string, cfg: Piece, ep: Piece | undefined, _ctx: ReadContext): RawEndpoint {
    const p = cfg.props;
    const at = (...rest: Path): Path => [...cfg.path, ...rest];
    const variants = arr(p.ProductionVariants).filter(isObj);
    const labels = { ...tags(p.Tags), ...(ep ? tags(ep.props.Tags) : {}) };
    const models: ServedModel[] = [];
    let isolation = truthy(p.EnableNetworkIsolation);
    let vpc = isObj(p.VpcConfig);
    variants.forEach((v, i) => {
      const vname = str(v.VariantName) ?? `variant-${i}`;
      const m = this.find(this.models, v.ModelName, cfg.scope);
      if (!m) {
        const r = reference(v.ModelName);
        models.push({ ...servedModel(vname, null), pin: `model ${JSON.stringify(r.literal ?? r.logical)} is not among the definition files` });
        return;
      }
      const mp = m.props;
      const container = obj(mp.PrimaryContainer ?? arr(mp.Containers)[0]);
      const uri =
        str(container.ModelDataUrl) ??
        str(obj(obj(container.ModelDataSource).S3DataSource).S3Uri) ??
        str(container.ModelPackageName) ??
        str(container.Image);
      const mtags = tags(mp.Tags);
      models.push(servedModel(vname, uri, { digest: mtags[DIGEST_ANNOTATION], version: mtags[VERSION_ANNOTATION], format: str(obj(container.Environment).SAGEMAKER_PROGRAM) ?? null }));
      isolation ||= truthy(mp.EnableNetworkIsolation);
      vpc ||= isObj(mp.VpcConfig);
    });

    // Encryption: the ML storage volume key (KmsKeyId) unless every instance has local NVMe storage or
    // is serverless; the capture and async-output keys when those features are on.
    const instanceTypes = variants.map((v) => str(v.InstanceType));
    const serverless = variants.filter((v) => isObj(v.ServerlessConfig));
    const volumeSupported = variants.some((v) => !isObj(v.ServerlessConfig) && !LOCAL_STORAGE.test(str(v.InstanceType) ?? ''));
    const capture = obj(p.DataCaptureConfig);
    const captureOn = Object.keys(capture).length > 0 && capture.EnableCapture !== false && capture.EnableCapture !== 'false';
    const asyncOut = obj(obj(p.AsyncInferenceConfig).OutputConfig);
    const keys = [str(p.KmsKeyId), captureOn ? str(capture.KmsKeyId) : null, str(asyncOut.KmsKeyId)].filter((k): k is string => !!k);
    const missing = [
      ...(volumeSupported && !str(p.KmsKeyId) ? ['KmsKeyId'] : []),
      ...(captureOn && !str(capture.KmsKeyId) ? ['DataCaptureConfig.KmsKeyId'] : []),
      ...(Object.keys(asyncOut).length && !str(asyncOut.KmsKeyId) ? ['AsyncInferenceConfig.OutputConfig.KmsKeyId'] : []),
    ];
    const modes = arr(capture.CaptureOptions).map((o) => str(obj(o).CaptureMode));
    const sampling = num(capture.InitialSamplingPercentage);
    const logging = {
      requests: captureOn && modes.includes('Input') && sampling !== 0,
      responses: captureOn && modes.includes('Output') && sampling !== 0,
      destination: str(capture.DestinationS3Uri),
      source: captureOn ? `DataCaptureConfig: ${modes.join('+') || 'no CaptureOptions'}, ${sampling ?? '?'} %` : 'no DataCaptureConfig (or EnableCapture false)',
    };
    const counts = variants.map((v) => (isObj(v.ServerlessConfig) ? 0 : (num(obj(v.ManagedInstanceScaling).MinInstanceCount) ?? num(v.InitialInstanceCount) ?? 0)));
    const sized = variants.every((v) => str(v.InstanceType) || num(obj(v.ServerlessConfig).MemorySizeInMB));
    const epPath = ep ? ep.path : cfg.path;
    const doc = ep?.doc ?? cfg.doc;
    return {
      endpoint: {
        name,
        platform: 'sagemaker',
        kind: ep ? (ep.logicalId ? 'AWS::SageMaker::Endpoint' : 'Endpoint') : cfg.logicalId ? 'AWS::SageMaker::EndpointConfig' : 'EndpointConfig',
        namespace: null,
        file: doc.file,
        line: doc.locate(epPath.slice(0, 2)).line ?? 1,
        models,
        authentication: { enabled: true, mechanism: 'aws-iam-sigv4', source: 'SageMaker InvokeEndpoint accepts only IAM-signed (SigV4) requests' },
        tls: { enabled: true, source: 'the SageMaker runtime API is HTTPS only' },
        exposure: { level: 'internal', source: 'reached through the IAM-authenticated SageMaker runtime API, not an open listener' },
        networkIsolation: { enabled: isolation, source: `EnableNetworkIsolation ${isolation ? 'true' : 'not set'}${vpc ? ', VpcConfig set' : ', no VpcConfig'}` },
        encryption: { supported: volumeSupported || captureOn || Object.keys(asyncOut).length > 0, keys, missing, source: 'KmsKeyId, DataCaptureConfig.KmsKeyId, AsyncInferenceConfig.OutputConfig.KmsKeyId' },
        logging,
        replicas: { min: counts.length ? Math.min(...counts) : null, max: null, source: serverless.length ? 'serverless variants scale to zero' : 'ProductionVariants[].InitialInstanceCount (ManagedInstanceScaling.MinInstanceCount)' },
        resources: {
          cpu: null,
          memory: serverless.length ? `${num(obj(serverless[0]!.ServerlessConfig).MemorySizeInMB)}MB` : null,
          gpu: null,
          instanceType: instanceTypes.find((t) => t) ?? null,
          limitsSet: variants.length > 0 && sized,
          missing: sized ? [] : ['ProductionVariants[].InstanceType or ServerlessConfig.MemorySizeInMB'],
          source: 'the instance type (or serverless memory size) bounds the resources',
        },
        labels,
        annotations: {},
      },
      doc: docFields(cfg.doc),
      fields: {
        'model-source-allowed': at('ProductionVariants'),
        'model-pinned': at('ProductionVariants'),
        'encryption-key': str(p.KmsKeyId) ? at('KmsKeyId') : cfg.path.length ? cfg.path : ['EndpointConfigName'],
        'request-logging': captureOn ? at('DataCaptureConfig') : cfg.path.length ? cfg.path : ['EndpointConfigName'],
        'min-replicas': at('ProductionVariants'),
        'resource-limits': at('ProductionVariants'),
        'owner-label': at('Tags'),
      },
      podLabels: [],
      serviceNames: [],
    };
  }
}
