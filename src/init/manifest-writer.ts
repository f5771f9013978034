// The manifest `init` writes: a yaml Document built node by node so its comments are real YAML
// comments. A value not read or computed is a `null` placeholder with a TODO comment: the gate
// rejects null wherever the manifest needs a value, so an unfilled manifest cannot pass.
import { Document, isMap, isScalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { MANIFEST_API_VERSION } from '../manifest/schema.js';
import type { FoundProject } from './project.js';

/** Values given on the command line for what the files do not say. */
export interface InitValues {
  name?: string;
  version?: string;
  owner?: string;
  label?: string;
  prediction?: string;
  score?: string;
  sensitive?: string[];
  /** Dataset path (relative to the project) → its id in the dataset registry. */
  datasetIds?: Record<string, string>;
}

const TODO = ' TODO: fill in, the gate rejects null';

export function manifestText(project: FoundProject, values: InitValues): string {
  const doc = new Document({}) as Document<YAMLMap>;
  const root = doc.contents!;
  root.commentBefore = ` Written by modelgate init from the files of this folder.\n After retraining: modelgate init --update (refreshes every sha256, keeps the rest of this file).\n A null value is a placeholder the gate rejects until it is filled.`;
  set(doc, root, 'apiVersion', MANIFEST_API_VERSION);
  set(doc, root, 'kind', 'ModelRelease');
  const metadata = child(doc, root, 'metadata');
  set(doc, metadata, 'name', values.name, 'the model\'s name (--name)');
  set(doc, metadata, 'version', values.version, 'the release version (--version)');
  set(doc, metadata, 'owner', values.owner, 'who answers for this release (--owner)');
  modelSection(doc, root, project);
  dataSection(doc, root, project, values);
  if (project.lockfiles.length || project.sboms.length) {
    const deps = child(doc, root, 'dependencies');
    if (project.lockfiles.length) deps.add(doc.createPair('lockfiles', project.lockfiles.map((l) => (l.format ? { path: l.path, format: l.format } : l.path))));
    if (project.sboms.length) deps.add(doc.createPair('sboms', project.sboms));
  }
  if (project.dockerfile) set(doc, child(doc, root, 'container'), 'dockerfile', project.dockerfile);
  if (project.predictions) evaluationSection(doc, root, project.predictions, values);
  if (project.undecided.length) doc.comment = ` Not decided by modelgate init:\n${project.undecided.map((u) => ` - ${u}`).join('\n')}`;
  return doc.toString({ lineWidth: 0 });
}

function modelSection(doc: Document, root: YAMLMap, project: FoundProject): void {
  if (project.artifacts.length === 0 && !project.card && !project.metrics) return;
  const model = child(doc, root, 'model');
  const seq = doc.createNode([]) as YAMLSeq;
  for (const a of project.artifacts) {
    const item = doc.createNode({}) as YAMLMap;
    set(doc, item, 'path', a.path);
    set(doc, item, 'sha256', a.sha256, 'not computed');
    if (a.format) set(doc, item, 'format', a.format);
    if (a.name) set(doc, item, 'name', a.name);
    if (a.note) item.commentBefore = ` ${a.note}`;
    seq.items.push(item);
  }
  model.add(doc.createPair('artifacts', seq));
  if (project.card) set(doc, model, 'card', project.card);
  if (project.metrics) {
    set(doc, model, 'metrics', project.metrics);
    (model.items.at(-1)!.key as Node).commentBefore = ' latest values logged in the MLflow run';
  }
}

function dataSection(doc: Document, root: YAMLMap, project: FoundProject, values: InitValues): void {
  if (project.datasets.length === 0) return;
  const seq = doc.createNode([]) as YAMLSeq;
  for (const d of project.datasets) {
    const item = doc.createNode({}) as YAMLMap;
    set(doc, item, 'id', values.datasetIds?.[d.path], `the dataset's id in the dataset registry (--dataset-id ${d.path}=ID)`);
    set(doc, item, 'path', d.path);
    set(doc, item, 'sha256', d.sha256, 'not in the workspace (dvc pull, then modelgate init --update)');
    item.commentBefore = ` tracked by ${d.source}${d.dvcMd5 ? `, DVC md5 ${d.dvcMd5}` : ''}`;
    seq.items.push(item);
  }
  child(doc, root, 'data').add(doc.createPair('training', seq));
}

function evaluationSection(doc: Document, root: YAMLMap, predictions: string, values: InitValues): void {
  const ev = child(doc, root, 'evaluation');
  set(doc, ev, 'predictions', predictions);
  set(doc, ev, 'label', values.label, 'the column of true labels (--label)');
  if (values.score !== undefined) set(doc, ev, 'score', values.score);
  else set(doc, ev, 'prediction', values.prediction, 'the column of predicted labels (--prediction, or --score)');
  const sensitive = values.sensitive?.length ? values.sensitive : undefined;
  set(doc, ev, 'sensitiveFeatures', sensitive, 'the columns of sensitive features (--sensitive a,b)');
}

/** `key: value` in `map`; an absent value is null with a TODO comment saying what goes there. */
function set(doc: Document, map: YAMLMap, key: string, value: unknown, todo?: string): void {
  const node = doc.createNode(value ?? null) as Node;
  if (value === undefined && todo && isScalar(node)) node.comment = `${TODO}: ${todo}`;
  map.add(doc.createPair(key, node) as Pair);
}

function child(doc: Document, map: YAMLMap, key: string): YAMLMap {
  const found = map.get(key, true);
  if (isMap(found)) return found;
  const made = doc.createNode({}) as YAMLMap;
  map.add(doc.createPair(key, made) as Pair);
  return made;
}
