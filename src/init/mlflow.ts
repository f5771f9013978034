// MLflow model folders: a folder with an `MLmodel` file (mlflow.<flavor>.save_model / log_model).
// The folder is the artifact (its directory digest covers the model files, MLmodel and the
// environment files); its flavors say the serialization, and its environment files are the
// dependencies. The signature and input example are recorded as what was found.
import { baseName, folderOf, joinRel } from './files.js';
import { runFolderOf, runMetrics } from './mlflow-run.js';
import { isRecord, readYamlData } from './read-small.js';
import type { FoundProject } from './project.js';

/** The serialization each flavor writes (the model file it names), as the manifest's `format`. */
const FLAVOR_FORMAT: Record<string, string> = {
  sklearn: 'pickle',
  pytorch: 'pytorch',
  onnx: 'onnx',
  keras: 'keras',
  tensorflow: 'tensorflow',
  xgboost: 'xgboost',
  lightgbm: 'lightgbm',
  catboost: 'catboost',
  transformers: 'huggingface',
  statsmodels: 'pickle',
};

/** Folders holding an MLmodel file. */
export function mlflowFolders(files: readonly string[]): string[] {
  return files.filter((f) => baseName(f) === 'MLmodel').map(folderOf);
}

export function detectMlflow(root: string, files: readonly string[], project: FoundProject): void {
  const folders = mlflowFolders(files);
  for (const dir of folders) {
    const mlmodel = joinRel(dir, 'MLmodel');
    const data = readYamlData(root, mlmodel);
    const flavors = isRecord(data) && isRecord(data.flavors) ? data.flavors : {};
    const names = Object.keys(flavors);
    const own = names.find((n) => n !== 'python_function');
    const sk = own === 'sklearn' && isRecord(flavors.sklearn) ? flavors.sklearn : undefined;
    const format = own ? (sk?.serialization_format === 'skops' ? 'skops' : (FLAVOR_FORMAT[own] ?? own)) : undefined;
    const modelFile = own && isRecord(flavors[own]) ? (flavors[own].pickled_model ?? flavors[own].data ?? flavors[own].model_data) : undefined;
    const parts = [`MLflow model, flavors ${names.join(', ') || 'none'}`];
    if (typeof modelFile === 'string') parts.push(`model file ${modelFile}`);
    if (isRecord(data) && isRecord(data.signature)) parts.push(`signature ${signatureSummary(data.signature)}`);
    const example = isRecord(data) && isRecord(data.saved_input_example_info) ? data.saved_input_example_info.artifact_path : undefined;
    if (typeof example === 'string') parts.push(`input example ${example}`);
    project.artifacts.push({ path: dir || '.', ...(format ? { format } : {}), name: baseName(dir) || 'model', note: parts.join('; ') });
    project.found.push(`${dir || '.'}: ${parts.join('; ')}`);
    if (!own) project.undecided.push(`${mlmodel}: no flavor besides python_function; the model's format is not stated`);
    const requirements = joinRel(dir, 'requirements.txt');
    if (files.includes(requirements)) project.lockfiles.push({ path: requirements });
    const conda = joinRel(dir, 'conda.yaml');
    if (files.includes(conda)) project.lockfiles.push({ path: conda, format: 'environment.yml' });
    if (files.includes(joinRel(dir, 'python_env.yaml'))) project.found.push(`${joinRel(dir, 'python_env.yaml')}: MLflow virtualenv spec (its packages come from requirements.txt)`);
  }
  metricsOfRun(root, files, folders, project);
}

/** model.metrics holds one model's metrics: read only when exactly one model folder was logged in a run. */
function metricsOfRun(root: string, files: readonly string[], folders: readonly string[], project: FoundProject): void {
  const runs = [...new Set(folders.map((d) => runFolderOf(d, files)).filter((r) => r !== undefined))];
  if (runs.length > 1) {
    project.undecided.push(`${runs.length} MLflow runs with metrics (${runs.map((r) => r || '.').join(', ')}): model.metrics not filled`);
    return;
  }
  if (runs.length === 0 || folders.length > 1) return;
  const metrics = runMetrics(root, runs[0]!, files, project);
  if (Object.keys(metrics).length === 0) return;
  project.metrics = metrics;
  project.found.push(`${runs[0] ? `${runs[0]}/` : ''}metrics: MLflow run metrics ${Object.entries(metrics).map(([k, v]) => `${k}=${v}`).join(', ')}`);
}

/** "inputs: 3 columns, outputs: 1" from MLflow's JSON-in-YAML signature strings. */
function signatureSummary(sig: Record<string, unknown>): string {
  const count = (v: unknown): string => {
    if (typeof v !== 'string') return 'none';
    try {
      const parsed = JSON.parse(v) as unknown;
      return Array.isArray(parsed) ? `${parsed.length}` : '1';
    } catch {
      return 'unreadable';
    }
  };
  return `inputs ${count(sig.inputs)}, outputs ${count(sig.outputs)}`;
}
