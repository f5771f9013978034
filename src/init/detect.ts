// A project folder read by every detector, then every artifact and present dataset hashed in one
// parallel pass with the lineage check's own digest (src/io/artifact-digest.ts), so the manifest
// names exactly the digests the gate will compute.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, errorMessage } from '../errors.js';
import { detectDvc } from './dvc.js';
import { digestsFor } from './hash-targets.js';
import { projectFiles } from './files.js';
import { detectHuggingface, huggingfaceFolders } from './huggingface.js';
import { detectMlflow, mlflowFolders } from './mlflow.js';
import { detectPlainFiles } from './plain-files.js';
import { emptyProject, within, type FoundProject } from './project.js';

/** The folder `init` reads: it must exist and be a folder (a one-line error otherwise). */
export function checkProjectFolder(root: string, shown: string): void {
  let s;
  try {
    s = statSync(root);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? `${shown}: no such folder` : `${shown}: cannot read: ${errorMessage(e).replace(/^\w+: /, '')}`);
  }
  if (!s.isDirectory()) throw new ConfigError(`${shown}: not a folder; expected the project folder to read`);
}

export async function detectProject(root: string, shown: string): Promise<FoundProject> {
  const { files, others } = await projectFiles(root);
  const project = emptyProject();
  for (const o of others) project.undecided.push(`${o}: a symbolic link or special file, not followed`);
  detectMlflow(root, files, project);
  detectHuggingface(root, files, project);
  // The manifest is written at the top of the folder: inside a folder artifact it would change that artifact's digest.
  if (project.artifacts.some((a) => a.path === '.')) {
    throw new ConfigError(`${shown}: this folder is itself a model folder (${files.includes('MLmodel') ? 'MLmodel' : 'config.json'} at its top); run modelgate init on the folder above it, where the manifest is not part of the model`);
  }
  // A folder that is both (an MLflow transformers model) is one artifact, listed once.
  project.artifacts = project.artifacts.filter((a, i) => project.artifacts.findIndex((b) => b.path === a.path) === i);
  const covered = [...mlflowFolders(files), ...huggingfaceFolders(files)];
  detectDvc(root, files, (rel) => existsSync(join(root, rel)), project);
  const taken = new Set([...project.artifacts.map((a) => a.path), ...project.datasets.map((d) => d.path)]);
  const inTakenFolder = (f: string): boolean => [...taken].some((t) => within(t, f));
  detectPlainFiles(
    files.filter((f) => !inTakenFolder(f)),
    covered,
    taken,
    project,
  );
  await hashProject(root, project);
  if (project.artifacts.length === 0) project.undecided.push('no model artifact found (MLmodel, config.json with weights, DVC outputs, model files by extension); add model.artifacts');
  return project;
}

async function hashProject(root: string, project: FoundProject): Promise<void> {
  const targets = [...project.artifacts.map((a) => a.path), ...project.datasets.filter((d) => d.present).map((d) => d.path)];
  const digests = await digestsFor(root, targets.map((t) => join(root, t)));
  const byPath = new Map(targets.map((t, i) => [t, digests[i]!]));
  for (const item of [...project.artifacts, ...project.datasets]) {
    const d = byPath.get(item.path);
    if (d?.sha256) item.sha256 = d.sha256;
    if (d?.unsupported?.length) project.undecided.push(`${item.path}: symbolic links or special files left out of its digest (${d.unsupported.join(', ')}); the lineage check reports them`);
  }
}
