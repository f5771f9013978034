// `model: { mlflow: DIR }` / `model: { huggingface: DIR }`: the manifest points at a model folder in the
// layout its framework wrote, instead of listing its files. The lineage check verifies the folder as
// one directory artifact and reads its model card; the dependency check reads its environment files.
// Both read the folder through the same detectors `modelgate init` uses, so the gate and init agree.
// The schema is here (the registry loads it); reading the folder is in read-model-folder.ts (loaded when a check runs).
import { z } from 'zod';
import type { LoadedManifest } from '../check.js';
import { ConfigError } from '../errors.js';
import type { YamlPath } from '../io/yaml.js';
import { sha256Schema } from './schema.js';

export const MODEL_FOLDER_KINDS = ['mlflow', 'huggingface'] as const;
export type ModelFolderKind = (typeof MODEL_FOLDER_KINDS)[number];

const folderPath = z.string().min(1).describe('The model folder, relative to the manifest folder');

/** `DIR` (read, not pinned: the lineage check reports its digest) or `{ path: DIR, sha256 }` (its directory digest). */
export const modelFolderSchema = z.union([folderPath, z.strictObject({ path: folderPath, sha256: sha256Schema.describe('Directory digest of the folder (modelgate init --update writes it)') })]);

/** The pointer as the checks read it: which layout, where, and the digest it was pinned to. */
export interface ModelFolderRef {
  kind: ModelFolderKind;
  path: string;
  sha256?: string;
  /** Where the folder and its digest are written in the manifest, for findings. */
  pathAt: YamlPath;
  digestAt: YamlPath;
}

const pointers = z.looseObject({ mlflow: modelFolderSchema.optional(), huggingface: modelFolderSchema.optional() });

/** The manifest's model folder pointer, if any; both kinds at once is an error at the second. */
export function modelFolderRef(manifest: LoadedManifest): ModelFolderRef | undefined {
  const model = manifest.data.model;
  if (model === undefined) return undefined;
  const parsed = pointers.parse(model);
  const given = MODEL_FOLDER_KINDS.filter((k) => parsed[k] !== undefined);
  if (given.length > 1) throw new ConfigError('model: name one model folder, `mlflow` or `huggingface`, not both', manifest.locate(['model', given[1]!]));
  const kind = given[0];
  if (kind === undefined) return undefined;
  const value = parsed[kind]!;
  if (typeof value === 'string') return { kind, path: value, pathAt: ['model', kind], digestAt: ['model', kind] };
  return { kind, path: value.path, sha256: value.sha256, pathAt: ['model', kind, 'path'], digestAt: ['model', kind, 'sha256'] };
}
