// SageMaker: the API's JSON (CreateEndpointConfig / DescribeEndpointConfig, CreateModel / DescribeModel,
// CreateEndpoint / DescribeEndpoint; Tags as list-tags gives them) and CloudFormation
// AWS::SageMaker::Model, ::EndpointConfig and ::Endpoint, their intrinsic functions resolved first
// (cloudformation.ts). Pieces are collected from every file, then linked by name or logical id:
// Endpoint → EndpointConfig → ProductionVariants[] and ShadowProductionVariants[] → Model → its
// container (PrimaryContainer) or every container of an inference pipeline (Containers).
import { ConfigError } from '../../../src/errors.js';
import { isPinned, servedModel, sha256Of } from '../modeluri.js';
import type { RawEndpoint, ServedModel } from '../model.js';
import type { Doc } from '../read.js';
import { Deferred, Template } from './cloudformation.js';
import { DIGEST_ANNOTATION, docFields, VERSION_ANNOTATION, type ReadContext } from './common.js';
import { arr, isObj, num, obj, str, truthy, type Obj } from './util.js';

type Path = Array<string | number>;
type Kind = 'EndpointConfig' | 'Model' | 'Endpoint';

interface Piece {
  /** Name given by the definition (EndpointConfigName …), when it resolves to a literal. */
  name: string | null;
  /** CloudFormation logical id, for Ref / GetAtt. */
  logicalId: string | null;
  /** Properties, CloudFormation intrinsics resolved. */
  props: Obj;
  doc: Doc;
  path: Path;
  /** CloudFormation template id (file#document) so that logical ids resolve within their template. */
  scope: string;
}

/** Local-NVMe instance families: their storage is encrypted by hardware and KmsKeyId is refused by the API. */
const LOCAL_STORAGE = /^ml\.(?:[a-z]+\d+[a-z]*d[a-z]*|g4dn|g5|g6|g6e|p4d|p4de|p5|p5e|inf2|trn1)\./;
const short = (d: string) => `sha256:${d.slice(0, 12)}…`;

/** A literal name, or the logical id a resolved Ref / Fn::GetAtt points at. */
function reference(v: unknown): { literal: string | null; logical: string | null } {
  if (typeof v === 'string') return { literal: v, logical: null };
  if (v instanceof Deferred) return { literal: null, logical: v.logicalId };
  return { literal: null, logical: null };
}

/** A string property, or what a deploy-time value reads as (a KMS key given by Ref is a key). */
function text(v: unknown): string | null {
  return v instanceof Deferred ? v.text : str(v);
}

function tags(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of arr(v).filter(isObj)) {
    const k = str(t.Key);
    const val = text(t.Value);
    if (k && val !== null) out[k] = val;
  }
  return out;
}

/** file:line of a field, for the evidence in pin and isolation texts. */
function where(p: Piece, ...rest: Path): string {
  const l = p.doc.locate([...p.path, ...rest]);
  return `${p.doc.file}:${l.line ?? 1}`;
}

/** An image reference without a digest: its tag can be pushed again to another image. */
const IMAGE_WITHOUT_DIGEST = /^[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?\/(?!.*@sha256:)/i;

/**
 * The model SageMaker pulls for one container: ModelDataUrl (or ModelDataSource's S3Uri, a model package,
 * or the image when the model is baked into it) decides; a digest tag beside it must agree with a digest
 * the reference itself names, and does not pin a reference that moves (`latest/`, an image tag).
 */
function pulledByContainer(name: string, container: Obj, declared: { digest?: string; version?: string; source: () => string }, uriSourceOf: () => string): ServedModel {
  // Where the URI was read, with its line: found only for a message that shows it (it reads the document again).
  let shown: string | undefined;
  const uriSource = (): string => (shown ??= uriSourceOf());
  const uri =
    text(container.ModelDataUrl) ?? text(obj(obj(container.ModelDataSource).S3DataSource).S3Uri) ?? text(container.ModelPackageName) ?? text(container.Image);
  const format = str(obj(container.Environment).SAGEMAKER_PROGRAM) ?? null;
  const base = servedModel(name, uri, { format });
  const claimed = sha256Of(declared.digest);
  if (base.digest && claimed && claimed !== base.digest) {
    return { ...base, pinned: false, pin: `${declared.source()} names ${short(claimed)} but SageMaker pulls ${short(base.digest)} (${uriSource()}); the pulled artifact's verdict decides` };
  }
  if (base.digest) return { ...base, pinned: true, pin: `pinned by sha256 digest in ${uriSource()}` };
  const moving = uri && ((base.version !== null && !isPinned(base)) || IMAGE_WITHOUT_DIGEST.test(uri) && uri === text(container.Image));
  if (moving) {
    const why = base.version && !isPinned(base) ? `path segment "${base.version}" is a moving reference` : 'an image tag can be pushed again to another image';
    return { ...base, digest: null, pinned: false, pin: `${uriSource()}: ${why}${claimed ? `; the digest in ${declared.source()} does not pin what it resolves to` : ''}` };
  }
  const m = servedModel(name, uri, { digest: claimed, version: declared.version, format });
  return { ...m, pin: `${m.pin} (${claimed || declared.version ? declared.source() : uriSource()})` };
}

export class SageMakerFleet {
  private models: Piece[] = [];
  private configs: Piece[] = [];
  private endpoints: Piece[] = [];
  private templates = new Map<string, Template>();

  /** Is this an API document this reader understands? */
  static apiKind(o: Obj): Kind | null {
    if (typeof o.EndpointConfigName === 'string' && Array.isArray(o.ProductionVariants) && o.EndpointName === undefined) return 'EndpointConfig';
    if (typeof o.EndpointName === 'string' && o.EndpointConfigName !== undefined) return 'Endpoint';
    if (typeof o.ModelName === 'string' && (isObj(o.PrimaryContainer) || Array.isArray(o.Containers))) return 'Model';
    return null;
  }

  addApi(doc: Doc, o: Obj, kind: Kind): void {
    this.list(kind).push({ name: str(o[nameKey(kind)]), logicalId: null, props: o, doc, path: [], scope: `${doc.file}#${doc.index}` });
  }

  /** A CloudFormation resource: its properties resolved against its template (parameters at their defaults). */
  addResource(doc: Doc, logicalId: string, type: string, props: Obj): void {
    const kind = type.slice('AWS::SageMaker::'.length) as Kind;
    const scope = `${doc.file}#${doc.index}`;
    let template = this.templates.get(scope);
    if (!template) this.templates.set(scope, (template = new Template(obj(doc.data))));
    // CloudFormation does not create a resource whose Condition is false (a condition the deployment
    // decides leaves it in).
    const condition = obj(obj(obj(doc.data).Resources)[logicalId]).Condition;
    if (typeof condition === 'string' && !template.creates(condition)) return;
    const resolved = obj(template.resolve(props));
    const name = resolved[nameKey(kind)];
    this.list(kind).push({ name: typeof name === 'string' ? name : null, logicalId, props: resolved, doc, path: ['Resources', logicalId, 'Properties'], scope });
  }

  private list(kind: Kind): Piece[] {
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
        throw new ConfigError(
          `SageMaker endpoint ${e.name ?? e.logicalId} refers to endpoint configuration ${JSON.stringify(r.literal ?? r.logical ?? text(cfgRef))}, which no definition file holds`,
          e.doc.locate([...e.path, 'EndpointConfigName']),
        );
      }
      used.add(cfg);
      out.push(this.endpoint(e.name ?? e.logicalId!, cfg, e, ctx));
    }
    // An endpoint configuration no Endpoint names stands for the endpoint it will configure.
    for (const c of this.configs) if (!used.has(c)) out.push(this.endpoint(c.name ?? c.logicalId!, c, undefined, ctx));
    return out;
  }

  /** Every model a variant serves (production and shadow variants; each container of a pipeline), and whether each variant is isolated. */
  private served(cfg: Piece, resolved: ResolvedImages): { models: ServedModel[]; notIsolated: string[]; noVpc: string[] } {
    const p = cfg.props;
    const models: ServedModel[] = [];
    const notIsolated: string[] = [];
    const noVpc: string[] = [];
    const variants = [
      ...arr(p.ProductionVariants).map((v, i) => ({ v: obj(v), label: str(obj(v).VariantName) ?? `variant-${i}` })),
      ...arr(p.ShadowProductionVariants).map((v, i) => ({ v: obj(v), label: `${str(obj(v).VariantName) ?? `shadow-${i}`} (shadow)` })),
    ];
    for (const { v, label } of variants) {
      const vname = str(v.VariantName) ?? '';
      const m = this.find(this.models, v.ModelName, cfg.scope);
      if (!m) {
        const r = reference(v.ModelName);
        models.push({ ...servedModel(label, null), pin: `model ${JSON.stringify(r.literal ?? r.logical ?? text(v.ModelName))} is not among the definition files` });
        notIsolated.push(`${label}: model not found`);
        continue;
      }
      const mp = m.props;
      const mname = m.name ?? m.logicalId ?? '?';
      if (!truthy(p.EnableNetworkIsolation) && !truthy(mp.EnableNetworkIsolation)) notIsolated.push(`${label}: model ${mname} sets no EnableNetworkIsolation (${where(m)})`);
      if (!isObj(p.VpcConfig) && !isObj(mp.VpcConfig)) noVpc.push(label);
      models.push(...containerModels(label, m, (image) => resolved.get(`${vname}\0${image}`)));
    }
    return { models, notIsolated, noVpc };
  }

  private endpoint(name: string, cfg: Piece, ep: Piece | undefined, _ctx: ReadContext): RawEndpoint {
    const p = cfg.props;
    const at = (...rest: Path): Path => [...cfg.path, ...rest];
    const variants = arr(p.ProductionVariants).filter(isObj);
    const shadows = arr(p.ShadowProductionVariants).filter(isObj);
    const instances = [...variants, ...shadows];
    const labels = { ...tags(p.Tags), ...(ep ? tags(ep.props.Tags) : {}) };
    const { models, notIsolated, noVpc } = this.served(cfg, ep ? resolvedImages(ep) : new Map());
    const isolation = instances.length > 0 && notIsolated.length === 0;
    const vpcText = noVpc.length ? `; no VpcConfig for ${noVpc.join(', ')}` : ', VpcConfig set';

    // Encryption: the ML storage volume key (KmsKeyId), which CreateEndpointConfig refuses when any
    // variant runs on a local-NVMe instance type (and which serverless variants have no volume for); the
    // capture and async-output keys when those features are on. A key given by Ref is a key.
    const instanceTypes = instances.map((v) => str(v.InstanceType));
    const serverless = instances.filter((v) => isObj(v.ServerlessConfig));
    const local = instances.find((v) => LOCAL_STORAGE.test(str(v.InstanceType) ?? ''));
    const volumeSupported = !local && instances.some((v) => !isObj(v.ServerlessConfig));
    const capture = obj(p.DataCaptureConfig);
    const captureOn = Object.keys(capture).length > 0 && capture.EnableCapture !== false && capture.EnableCapture !== 'false';
    const asyncOut = obj(obj(p.AsyncInferenceConfig).OutputConfig);
    const volumeKey = text(p.KmsKeyId);
    const captureKey = captureOn ? text(capture.KmsKeyId) : null;
    const asyncKey = text(asyncOut.KmsKeyId);
    const keys = [volumeKey, captureKey, asyncKey].filter((k): k is string => !!k);
    const missing = [
      ...(volumeSupported && !volumeKey ? ['KmsKeyId'] : []),
      ...(captureOn && !captureKey ? ['DataCaptureConfig.KmsKeyId'] : []),
      ...(Object.keys(asyncOut).length && !asyncKey ? ['AsyncInferenceConfig.OutputConfig.KmsKeyId'] : []),
    ];
    const modes = arr(capture.CaptureOptions).map((o) => str(obj(o).CaptureMode));
    const sampling = num(capture.InitialSamplingPercentage);
    const logging = {
      requests: captureOn && modes.includes('Input') && sampling !== 0,
      responses: captureOn && modes.includes('Output') && sampling !== 0,
      destination: text(capture.DestinationS3Uri),
      source: captureOn ? `DataCaptureConfig: ${modes.join('+') || 'no CaptureOptions'}, ${sampling ?? '?'} %` : 'no DataCaptureConfig (or EnableCapture false)',
    };
    // Availability is the production variants' (a shadow variant answers no client); every variant's instances are sized.
    const counts = variants.map((v) => (isObj(v.ServerlessConfig) ? 0 : (num(obj(v.ManagedInstanceScaling).MinInstanceCount) ?? num(v.InitialInstanceCount) ?? 0)));
    const sized = instances.every((v) => str(v.InstanceType) || num(obj(v.ServerlessConfig).MemorySizeInMB));
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
        networkIsolation: {
          enabled: isolation,
          source: isolation ? `EnableNetworkIsolation on every variant's model or on the endpoint configuration${vpcText}` : `not isolated: ${notIsolated.join('; ') || 'no variant'}${vpcText}`,
        },
        encryption: {
          supported: volumeSupported || captureOn || Object.keys(asyncOut).length > 0,
          keys,
          missing,
          source: `KmsKeyId${local ? ` (refused by the API: variant on local-NVMe ${str(local.InstanceType)})` : ''}, DataCaptureConfig.KmsKeyId, AsyncInferenceConfig.OutputConfig.KmsKeyId`,
        },
        logging,
        replicas: { min: counts.length ? Math.min(...counts) : null, max: null, source: serverless.length ? 'serverless variants scale to zero' : 'ProductionVariants[].InitialInstanceCount (ManagedInstanceScaling.MinInstanceCount)' },
        resources: {
          cpu: null,
          memory: serverless.length ? `${num(obj(serverless[0]!.ServerlessConfig).MemorySizeInMB)}MB` : null,
          gpu: null,
          instanceType: instanceTypes.find((t) => t) ?? null,
          limitsSet: instances.length > 0 && sized,
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
        // The first missing key's place (a capture or async-output key missing beside a volume key that is set).
        'encryption-key':
          missing[0] === 'DataCaptureConfig.KmsKeyId' ? at('DataCaptureConfig')
          : missing[0] === 'AsyncInferenceConfig.OutputConfig.KmsKeyId' ? at('AsyncInferenceConfig', 'OutputConfig')
          : str(p.KmsKeyId) ? at('KmsKeyId')
          : cfg.path.length ? cfg.path : ['EndpointConfigName'],
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

type ResolvedImages = Map<string, { image: string; source: string }>;

/**
 * DescribeEndpoint's DeployedImages: per variant, the digest (ResolvedImage) each SpecifiedImage was
 * resolved to when the endpoint was deployed; every instance of the variant runs that image.
 */
function resolvedImages(ep: Piece): ResolvedImages {
  const out: ResolvedImages = new Map();
  for (const list of ['ProductionVariants', 'ShadowProductionVariants']) {
    arr(ep.props[list]).forEach((v, i) => {
      arr(obj(v).DeployedImages).forEach((d, j) => {
        const specified = str(obj(d).SpecifiedImage);
        const image = str(obj(d).ResolvedImage);
        if (!specified || !image || !/@sha256:[0-9a-f]{64}$/i.test(image)) return;
        const source = `DeployedImages.ResolvedImage of variant ${str(obj(v).VariantName)} (${where(ep, list, i, 'DeployedImages', j, 'ResolvedImage')})`;
        out.set(`${str(obj(v).VariantName) ?? ''}\0${specified}`, { image, source });
      });
    });
  }
  return out;
}

const nameKey = (kind: Kind): string => (kind === 'EndpointConfig' ? 'EndpointConfigName' : kind === 'Model' ? 'ModelName' : 'EndpointName');

/**
 * One served model per container. A single container is pinned by the model's tag
 * modelgate.dev/model-sha256 (or -version); in an inference pipeline each container's model data is its
 * own artifact, pinned by modelgate.dev/model-sha256/<ContainerHostname>: the model-level tag cannot say
 * which of them it names.
 */
function containerModels(variant: string, m: Piece, deployed: (image: string) => { image: string; source: string } | undefined): ServedModel[] {
  const mp = m.props;
  const mtags = tags(mp.Tags);
  const single = isObj(mp.PrimaryContainer) || arr(mp.Containers).length <= 1;
  const list = isObj(mp.PrimaryContainer) ? [{ c: mp.PrimaryContainer, at: ['PrimaryContainer'] }] : arr(mp.Containers).map((c, i) => ({ c: obj(c), at: ['Containers', i] }));
  if (list.length === 0) return [{ ...servedModel(variant, null), pin: `model ${m.name ?? m.logicalId} has no container (${where(m)})` }];
  return list.map(({ c, at }, i) => {
    // SageMaker names a pipeline container without ContainerHostname by its position.
    const host = str(obj(c).ContainerHostname) ?? `container-${i + 1}`;
    const name = single ? variant : `${variant}/${host}`;
    const key = single ? DIGEST_ANNOTATION : `${DIGEST_ANNOTATION}/${host}`;
    const vkey = single ? VERSION_ANNOTATION : `${VERSION_ANNOTATION}/${host}`;
    const declared = {
      ...(mtags[key] !== undefined ? { digest: mtags[key] } : {}),
      ...(mtags[vkey] !== undefined ? { version: mtags[vkey] } : {}),
      // Its line is found only for a message that shows it (finding it reads the document again).
      source: () => `tag ${mtags[key] !== undefined ? key : vkey} of model ${m.name ?? m.logicalId} (${where(m, 'Tags')})`,
    };
    // A model baked into an image named by tag runs the digest SageMaker resolved the tag to at deploy time.
    const image = text(obj(c).Image);
    const resolved = image && !text(obj(c).ModelDataUrl) && !text(obj(c).ModelPackageName) && !obj(c).ModelDataSource ? deployed(image) : undefined;
    const container = resolved ? { ...obj(c), Image: resolved.image } : obj(c);
    const served = pulledByContainer(name, container, declared, () => resolved?.source ?? `${at.join('.')} of model ${m.name ?? m.logicalId} (${where(m, ...at)})`);
    if (!single && served.digest === null && mtags[DIGEST_ANNOTATION] !== undefined) {
      return { ...served, pin: `${served.pin}; the model-level tag ${DIGEST_ANNOTATION} cannot say which of ${list.length} containers it names (tag ${key})` };
    }
    return served;
  });
}
