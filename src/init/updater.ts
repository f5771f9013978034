// `init --update`: the sha256 of every model artifact and training dataset of an existing manifest,
// recomputed and written in place. Only the bytes of each changed digest are replaced in the source
// text (located through the yaml Document's node ranges), so comments, order, quoting and every
// other key stay byte for byte as they were.
import { dirname, join } from 'node:path';
import { isMap, isScalar, isSeq, type Document, type Scalar } from 'yaml';
import { ConfigError } from '../errors.js';
import { isInside } from '../io/workspace.js';
import { MODEL_FOLDER_KINDS } from '../manifest/model-folder.js';
import { digestsFor } from './hash-targets.js';

export interface DigestChange {
  /** `model.artifacts[0]` */
  entry: string;
  path: string;
  before: string | null;
  after: string;
}

interface DigestSlot {
  entry: string;
  path: string;
  node: Scalar;
  line: number;
}

/** The sha256 scalars of model.artifacts, data.training and a model folder pointer, with the path each one digests. */
function digestSlots(doc: Document, lineOf: (offset: number) => number): DigestSlot[] {
  const slots: DigestSlot[] = [];
  const add = (entry: string, item: unknown): void => {
    if (!isMap(item)) return;
    const path = item.get('path');
    const node = item.get('sha256', true);
    if (typeof path === 'string' && isScalar(node) && node.range) slots.push({ entry, path, node, line: lineOf(node.range[0]) });
  };
  for (const [section, key] of [['model', 'artifacts'], ['data', 'training']] as const) {
    const list = doc.getIn([section, key], true);
    if (isSeq(list)) list.items.forEach((item, i) => add(`${section}.${key}[${i}]`, item));
  }
  // `{ path, sha256 }` only: the short form `mlflow: DIR` has no digest to refresh (the gate reports it as not pinned).
  for (const kind of MODEL_FOLDER_KINDS) add(`model.${kind}`, doc.getIn(['model', kind], true));
  return slots;
}

/** The manifest text with stale digests replaced, and what changed. `source` is the file's text. */
export async function refreshDigests(source: string, doc: Document, manifestAbs: string, shown: string, workspace: string): Promise<{ text: string; changes: DigestChange[] }> {
  const lineOf = (offset: number): number => source.slice(0, offset).split('\n').length;
  const slots = digestSlots(doc, lineOf);
  const dir = dirname(manifestAbs);
  const targets = slots.map((s) => {
    const abs = join(dir, s.path);
    if (!isInside(workspace, abs)) throw new ConfigError(`${s.entry}.path leaves the project folder`, { file: shown, line: s.line });
    return abs;
  });
  const digests = await digestsFor(workspace, targets);
  const changes: Array<DigestChange & { range: [number, number] }> = [];
  slots.forEach((s, i) => {
    const d = digests[i]!;
    if (!d.sha256) throw new ConfigError(`${s.entry}.path ${s.path}: ${d.kind === 'missing' ? 'not found' : 'not a file or folder'}`, { file: shown, line: s.line });
    const old = typeof s.node.value === 'string' ? s.node.value.replace(/^sha256:/, '').toLowerCase() : null;
    if (old !== d.sha256) changes.push({ entry: s.entry, path: s.path, before: old, after: d.sha256, range: [s.node.range![0], s.node.range![1]] });
  });
  let text = source;
  // From the end, so earlier offsets stay valid.
  for (const c of [...changes].sort((a, b) => b.range[0] - a.range[0])) {
    const raw = text.slice(c.range[0], c.range[1]);
    const hex = /[0-9a-fA-F]{64}/.exec(raw);
    const replaced = hex ? raw.slice(0, hex.index) + c.after + raw.slice(hex.index + 64) : c.after;
    text = text.slice(0, c.range[0]) + replaced + text.slice(c.range[1]);
  }
  return { text, changes: changes.map(({ range: _range, ...c }) => c) };
}
