// Reads the model folder a manifest points at (model-folder.ts) with the detectors `modelgate init` uses.
import { statSync } from 'node:fs';
import { posix } from 'node:path';
import type { LoadedManifest } from '../check.js';
import { ConfigError } from '../errors.js';
import { projectFiles } from '../init/files.js';
import { detectHuggingface, huggingfaceFolders } from '../init/huggingface.js';
import { detectMlflow } from '../init/mlflow.js';
import { emptyProject, type FoundProject } from '../init/project.js';
import { resolveInWorkspace } from '../io/workspace.js';
import { modelFolderRef, type ModelFolderKind, type ModelFolderRef } from './model-folder.js';

/** What the folder holds, in manifest terms (paths relative to the manifest folder). */
export interface ModelFolder {
  ref: ModelFolderRef;
  abs: string;
  /** False when the folder does not exist: the lineage check reports it as a missing artifact. */
  present: boolean;
  format?: string;
  /** The model card (a Hugging Face README.md with front matter). */
  card?: string;
  /** Environment files (MLflow requirements.txt, conda.yaml). */
  lockfiles: Array<{ path: string; format?: string }>;
}

const LAYOUT: Record<ModelFolderKind, { top: (files: readonly string[]) => boolean; detect: (root: string, files: readonly string[], p: FoundProject) => void; expected: string }> = {
  mlflow: { top: (files) => files.includes('MLmodel'), detect: detectMlflow, expected: 'an MLflow model folder (an MLmodel file at its top)' },
  huggingface: { top: (files) => huggingfaceFolders(files).includes(''), detect: detectHuggingface, expected: 'a Hugging Face model folder (config.json beside the weights at its top)' },
};

const read = new WeakMap<LoadedManifest, Promise<ModelFolder | undefined>>();

/**
 * The model folder the manifest points at (undefined: no pointer), read once per loaded manifest: the
 * lineage and dependency checks both ask for it in one gate, and both see the same answer (or error).
 */
export function manifestModelFolder(workspace: string, manifest: LoadedManifest): Promise<ModelFolder | undefined> {
  let folder = read.get(manifest);
  if (!folder) {
    folder = (async () => {
      const ref = modelFolderRef(manifest);
      return ref ? readModelFolder(workspace, manifest, ref) : undefined;
    })();
    read.set(manifest, folder);
  }
  return folder;
}

/** Reads the folder the pointer names. A folder of another layout is a configuration error at the pointer. */
async function readModelFolder(workspace: string, manifest: LoadedManifest, ref: ModelFolderRef): Promise<ModelFolder> {
  const where = manifest.locate(ref.pathAt);
  const abs = resolveInWorkspace(workspace, manifest.dir, ref.path, where);
  if (!isFolder(abs)) return { ref, abs, present: false, lockfiles: [] };
  const { files } = await projectFiles(abs);
  const layout = LAYOUT[ref.kind];
  if (!layout.top(files)) throw new ConfigError(`model.${ref.kind}: ${JSON.stringify(ref.path)} is not ${layout.expected}`, where);
  // Only the folder's own layout counts: a nested model folder is part of this one's digest, not another model.
  const project = emptyProject();
  layout.detect(abs, files, project);
  const own = project.artifacts.find((a) => a.path === '.');
  const under = (p: string): string => posix.join(ref.path, p);
  const top = (p: string): boolean => !p.includes('/');
  return {
    ref,
    abs,
    present: true,
    ...(own?.format ? { format: own.format } : {}),
    ...(project.card !== undefined && top(project.card) ? { card: under(project.card) } : {}),
    lockfiles: project.lockfiles.filter((l) => top(l.path)).map((l) => ({ ...l, path: under(l.path) })),
  };
}

function isFolder(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}
