// DVC: `dvc.lock` (pipeline stages with the md5 of their deps and outs) and `*.dvc` files (`dvc add`).
// Paths in dvc.lock are relative to its folder, in a .dvc file to that file's folder. A folder's md5
// ends in `.dir`. DVC's md5 is not the gate's digest: it is kept as a comment, and the data present in
// the workspace is hashed with sha256 (directory digest for a folder). Outputs that are model files
// (by extension, or under a `model`/`models` folder) are artifacts; inputs no stage produces, and
// `dvc add`ed data, are datasets.
import { baseName, folderOf, joinRel } from './files.js';
import { modelFormatOf } from './plain-files.js';
import { isRecord, readYamlData } from './read-small.js';
import { within, type FoundProject } from './project.js';

interface DvcEntry {
  path: string;
  md5?: string;
}

const CODE = /\.(py|ipynb|r|sh|sql|scala|jl|m|js|ts)$|^params\.ya?ml$|^dvc\.yaml$/i;

export function detectDvc(root: string, files: readonly string[], present: (rel: string) => boolean, project: FoundProject): void {
  for (const lock of files.filter((f) => baseName(f) === 'dvc.lock')) {
    const data = readYamlData(root, lock);
    const stages = isRecord(data) && isRecord(data.stages) ? data.stages : {};
    const dir = folderOf(lock);
    const deps: DvcEntry[] = [];
    const outs: DvcEntry[] = [];
    for (const stage of Object.values(stages).filter(isRecord)) {
      deps.push(...entries(stage.deps, dir));
      outs.push(...entries(stage.outs, dir));
    }
    const produced = new Set(outs.map((o) => o.path));
    project.found.push(`${lock}: ${Object.keys(stages).length} stages, ${deps.length} inputs, ${outs.length} outputs`);
    for (const o of outs) {
      if (isModel(o.path)) addArtifact(o, lock, present, project);
    }
    for (const d of deps.filter((x) => !produced.has(x.path) && !CODE.test(baseName(x.path)))) addDataset(d, lock, present, project);
  }
  for (const file of files.filter((f) => f.endsWith('.dvc'))) {
    const data = readYamlData(root, file);
    for (const o of entries(isRecord(data) ? data.outs : undefined, folderOf(file))) {
      if (isModel(o.path)) addArtifact(o, file, present, project);
      else addDataset(o, file, present, project);
    }
  }
}

function entries(list: unknown, dir: string): DvcEntry[] {
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).flatMap((e) => {
    if (typeof e.path !== 'string') return [];
    const path = joinRel(dir, e.path.replace(/\\/g, '/').replace(/\/$/, ''));
    return [{ path, ...(typeof e.md5 === 'string' ? { md5: e.md5 } : {}) }];
  });
}

function isModel(path: string): boolean {
  return modelFormatOf(path) !== undefined || /(^|\/)models?(\/|$)/.test(folderOf(path) || path);
}

function addArtifact(e: DvcEntry, source: string, present: (rel: string) => boolean, project: FoundProject): void {
  // An MLflow or Hugging Face folder inside a DVC output (or the output itself) is listed once, as that folder.
  const overlap = project.artifacts.find((a) => within(a.path, e.path) || within(e.path, a.path));
  if (overlap) {
    if (overlap.path !== e.path) project.found.push(`${e.path}: DVC output in ${source}, holding ${overlap.path} (listed as that folder)`);
    return;
  }
  if (!present(e.path)) {
    project.undecided.push(`${e.path} (model output in ${source}) is not in the workspace (dvc pull?): not listed`);
    return;
  }
  const format = modelFormatOf(e.path);
  project.artifacts.push({ path: e.path, ...(format ? { format } : {}), note: `DVC output in ${source}${e.md5 ? `, md5 ${e.md5}` : ''}` });
  project.found.push(`${e.path}: model output in ${source}`);
}

function addDataset(e: DvcEntry, source: string, present: (rel: string) => boolean, project: FoundProject): void {
  if (project.datasets.some((d) => d.path === e.path)) return;
  const here = present(e.path);
  project.datasets.push({ path: e.path, source, present: here, ...(e.md5 ? { dvcMd5: e.md5 } : {}) });
  project.found.push(`${e.path}: dataset tracked by ${source}${here ? '' : ' (not in the workspace: dvc pull?)'}`);
}
