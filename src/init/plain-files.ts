// Model files recognised by their extension, and the other files of a release recognised by name:
// lockfiles and SBOMs (the dependency check's file names), a Dockerfile, a predictions table, a model card.
import { baseName } from './files.js';
import { within, type FoundProject } from './project.js';

const MODEL_FORMATS: ReadonlyArray<[RegExp, string]> = [
  [/\.(pkl|pickle)$/i, 'pickle'],
  [/\.joblib$/i, 'joblib'],
  [/\.onnx$/i, 'onnx'],
  [/\.(keras|h5|hdf5)$/i, 'keras'],
  [/\.(pt|pth)$/i, 'pytorch'],
  [/\.safetensors$/i, 'safetensors'],
  [/\.(npy|npz)$/i, 'numpy'],
];

/** The model format a file name says, if any. */
export function modelFormatOf(path: string): string | undefined {
  return MODEL_FORMATS.find(([re]) => re.test(path))?.[1];
}

const LOCKFILE = /^(requirements.*\.(txt|in)|poetry\.lock|uv\.lock|pipfile\.lock|package-lock\.json|environment\.ya?ml|conda[-_.]?env.*\.ya?ml)$/;
const SBOM = /\.(cdx|bom|spdx)\.json$|^bom\.json$|^sbom.*\.json$/;
const PREDICTIONS = /predictions?[^/]*\.(csv|tsv|jsonl|ndjson|parquet)(\.gz)?$/i;
const CARD = /^(model[-_]?card|modelcard)\.md$/i;

/** `covered`: folders already taken whole as artifacts (MLflow, Hugging Face); `taken`: paths a detector listed. */
export function detectPlainFiles(files: readonly string[], covered: readonly string[], taken: ReadonlySet<string>, project: FoundProject): void {
  const free = (f: string): boolean => !taken.has(f) && !covered.some((d) => within(d, f));
  for (const f of files.filter(free)) {
    const format = modelFormatOf(f);
    if (format) {
      project.artifacts.push({ path: f, format });
      project.found.push(`${f}: ${format} model file`);
    }
  }
  const listed = new Set(project.lockfiles.map((l) => l.path));
  for (const f of files) {
    const base = baseName(f).toLowerCase();
    if (LOCKFILE.test(base) && !listed.has(f)) project.lockfiles.push({ path: f });
    else if (SBOM.test(base)) project.sboms.push(f);
  }
  const dockerfiles = files.filter((f) => /^Dockerfile$/i.test(baseName(f)));
  if (dockerfiles.length === 1) project.dockerfile = dockerfiles[0];
  else if (dockerfiles.length > 1) project.undecided.push(`${dockerfiles.length} Dockerfiles (${dockerfiles.join(', ')}): none chosen; set container.dockerfile`);
  const predictions = files.filter((f) => PREDICTIONS.test(f));
  if (predictions.length === 1) project.predictions = predictions[0];
  else if (predictions.length > 1) project.undecided.push(`${predictions.length} predictions files (${predictions.join(', ')}): none chosen; set evaluation.predictions`);
  if (!project.card) {
    const cards = files.filter((f) => CARD.test(baseName(f)));
    if (cards.length === 1) project.card = cards[0];
  }
  for (const f of [...project.lockfiles.map((l) => l.path), ...project.sboms, project.dockerfile, project.predictions, project.card]) {
    if (f && !project.found.some((l) => l.startsWith(`${f}:`))) project.found.push(`${f}: ${kindOf(f, project)}`);
  }
}

function kindOf(f: string, p: FoundProject): string {
  if (p.sboms.includes(f)) return 'SBOM';
  if (f === p.dockerfile) return 'Dockerfile';
  if (f === p.predictions) return 'predictions';
  if (f === p.card) return 'model card';
  return 'lockfile';
}
