// What every step of the lineage run reads: the manifest sections, every path resolved (before any
// I/O), the trust material and the dataset registry.
import { dirname } from 'node:path';
import { readSection, type CheckContext } from '../../src/check.js';
import { ConfigError } from '../../src/errors.js';
import type { FileDigest } from '../../src/io/hash.js';
import { resolveInWorkspace, toWorkspaceRelative } from '../../src/io/workspace.js';
import type { YamlPath } from '../../src/io/yaml.js';
import type { Location } from '../../src/report/model.js';
import { loadPublicKey, loadTrustedRoot, type Trust } from '../../src/attest/verify.js';
import type { ModelFolder } from '../../src/manifest/read-model-folder.js';
import { lineageManifest, type LineageConfig, type ManifestData, type ManifestModel } from './config.js';
import { loadRegistry, type DatasetRegistry } from './registry.js';
import { checkAllowGlobals } from './scan.js';

/** Absolute paths of everything the manifest and the policy name. */
export interface Paths {
  artifacts: string[];
  training: Array<string | undefined>;
  provenance: string[];
  signatures: string[];
  /** The model directory of each signature (default: the signature's folder). */
  signedModels: string[];
  card?: string;
  baseline?: { manifest: string; report?: string };
  registry?: string;
}

/** A model artifact: a manifest entry, or the model folder the manifest points at (`sha256` absent: not pinned). */
export type Artifact = Omit<ManifestModel['artifacts'][number], 'sha256'> & {
  sha256?: string;
  /** Where its path and digest are written in the manifest. */
  pathAt: YamlPath;
  digestAt: YamlPath;
};

export interface Lineage {
  ctx: CheckContext<LineageConfig>;
  model: ManifestModel | undefined;
  artifacts: Artifact[];
  /** The model card as the manifest names it (model.card, else the model folder's README.md). */
  card?: { path: string; at: YamlPath };
  training: ManifestData['training'];
  provenance: ManifestModel['provenance'];
  signatures: ManifestModel['signatures'];
  paths: Paths;
  /** Loaded when the manifest lists provenance or signatures. */
  trust: Trust | undefined;
  /** Loaded when the manifest lists training data and the policy names a registry. */
  registry: DatasetRegistry | undefined;
  /** Digests computed in this run by absolute path: the signature pass reuses the artifact pass's. */
  cache: Map<string, FileDigest>;
  loc(path: YamlPath): Location;
  /** Workspace-relative form of an absolute path, for messages. */
  display(abs: string): string;
}

/** The run's inputs, or undefined when the manifest lists nothing this check verifies. */
export function prepare(ctx: CheckContext<LineageConfig>, folder?: ModelFolder): Lineage | undefined {
  const { manifest, workspace, config } = ctx;
  const model = readSection(manifest, 'model', lineageManifest.model);
  const data = readSection(manifest, 'data', lineageManifest.data);
  const artifacts = artifactList(model, folder);
  const training = data?.training ?? [];
  const provenance = model?.provenance ?? [];
  const signatures = model?.signatures ?? [];
  const card = model?.card !== undefined ? { path: model.card, at: ['model', 'card'] } : folder?.card !== undefined ? { path: folder.card, at: folder.ref.pathAt } : undefined;
  if (artifacts.length === 0 && training.length === 0 && provenance.length === 0 && signatures.length === 0 && !card && !model?.baseline) return undefined;
  const loc = (path: YamlPath): Location => manifest.locate(path);
  const display = (abs: string): string => toWorkspaceRelative(workspace, abs);
  const paths = resolvePaths(ctx, model, artifacts, card, training);
  checkAllowGlobals(config.allowGlobals, (i) => ctx.policy.locate(['lineage', 'allowGlobals', i]));
  // Trust material and registry: a file that cannot be read or does not validate is an error naming it.
  const trust = provenance.length || signatures.length ? loadTrust(ctx, display) : undefined;
  const registry = training.length && paths.registry ? loadRegistry(paths.registry, display(paths.registry)) : undefined;
  return { ctx, model, artifacts, ...(card ? { card } : {}), training, provenance, signatures, paths, trust, registry, cache: new Map(), loc, display };
}

/** The manifest's artifacts, then the model folder it points at as one directory artifact. */
function artifactList(model: ManifestModel | undefined, folder: ModelFolder | undefined): Artifact[] {
  const listed: Artifact[] = (model?.artifacts ?? []).map((a, i) => ({ ...a, pathAt: ['model', 'artifacts', i, 'path'], digestAt: ['model', 'artifacts', i, 'sha256'] }));
  if (!folder) return listed;
  const { ref } = folder;
  // Named by artifactFacts as a listed artifact without a name is: the folder's last path segment.
  return [...listed, { path: ref.path, ...(folder.format ? { format: folder.format } : {}), ...(ref.sha256 ? { sha256: ref.sha256 } : {}), pathAt: ref.pathAt, digestAt: ref.digestAt }];
}

// Every path is resolved before any I/O: a path that escapes the workspace is a configuration
// error (thrown, so the gate fails closed), not a finding.
function resolvePaths(ctx: CheckContext<LineageConfig>, model: ManifestModel | undefined, list: readonly Artifact[], card: Lineage['card'], training: ManifestData['training']): Paths {
  const { manifest, workspace, config } = ctx;
  const from = (p: string, at: YamlPath): string => resolveInWorkspace(workspace, manifest.dir, p, manifest.locate(at));
  const artifacts = list.map((a) => from(a.path, a.pathAt));
  const trainingAbs = training.map((d, i) => (d.path !== undefined ? from(d.path, ['data', 'training', i, 'path']) : undefined));
  const provenance = (model?.provenance ?? []).map((p, i) => from(p.path, ['model', 'provenance', i, 'path']));
  const signatures = (model?.signatures ?? []).map((s, i) => from(s.path, ['model', 'signatures', i, 'path']));
  const signedModels = (model?.signatures ?? []).map((s, i) => (s.model !== undefined ? from(s.model, ['model', 'signatures', i, 'model']) : dirname(signatures[i]!)));
  const paths: Paths = { artifacts, training: trainingAbs, provenance, signatures, signedModels };
  if (card) paths.card = from(card.path, card.at);
  if (model?.baseline) {
    const report = model.baseline.report;
    paths.baseline = { manifest: from(model.baseline.manifest, ['model', 'baseline', 'manifest']), ...(report !== undefined ? { report: from(report, ['model', 'baseline', 'report']) } : {}) };
  }
  if (config.datasetRegistry !== undefined) paths.registry = fromPolicy(workspace, config.datasetRegistry, 'datasetRegistry');
  return paths;
}

/** A path named in the policy, relative to the workspace root; the error names the policy key. */
function fromPolicy(workspace: string, p: string, key: string): string {
  try {
    return resolveInWorkspace(workspace, workspace, p);
  } catch (e) {
    throw e instanceof ConfigError ? new ConfigError(`policy lineage.${key}: ${e.detail}`, e.location) : e;
  }
}

function loadTrust(ctx: CheckContext<LineageConfig>, display: (abs: string) => string): Trust {
  const { workspace, config } = ctx;
  // Each file is resolved, then read, in policy order: the first bad one is the error.
  const read = <T>(p: string, key: string, load: (abs: string, shown: string) => T): T => {
    const abs = fromPolicy(workspace, p, key);
    return load(abs, display(abs));
  };
  const root = config.sigstore.trustedRoot;
  return {
    identities: config.sigstore.identities,
    keys: config.trustedKeys.map((k, i) => read(k, `trustedKeys[${i}]`, loadPublicKey)),
    ...(root !== undefined ? { root: read(root, 'sigstore.trustedRoot', loadTrustedRoot) } : {}),
  };
}
