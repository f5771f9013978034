// An MLflow run's folder as the file store writes it (mlruns/<experiment>/<run>/): `artifacts/<model>/`
// holds the logged model, `metrics/<key>` one line per logged value, "<timestamp> <value> [<step>]".
// The run's latest value of each metric (highest step, then latest timestamp, as MLflow reports it)
// becomes model.metrics, which the lineage check compares with the last known-good release.
import { baseName, folderOf } from './files.js';
import { readSmall } from './read-small.js';
import type { FoundProject } from './project.js';

/** The run folder of an MLflow model folder logged in a run (`<run>/artifacts/<model>`), if it is one. */
export function runFolderOf(modelDir: string, files: readonly string[]): string | undefined {
  const artifacts = folderOf(modelDir);
  if (baseName(artifacts) !== 'artifacts') return undefined;
  const run = folderOf(artifacts);
  const prefix = run ? `${run}/metrics/` : 'metrics/';
  return files.some((f) => f.startsWith(prefix)) ? run : undefined;
}

/** The latest value of every metric of the run; a malformed file is said and left out. */
export function runMetrics(root: string, run: string, files: readonly string[], project: FoundProject): Record<string, number> {
  const prefix = run ? `${run}/metrics/` : 'metrics/';
  const metrics: Record<string, number> = {};
  for (const file of files.filter((f) => f.startsWith(prefix))) {
    const key = file.slice(prefix.length);
    let latest: { step: number; ts: number; value: number } | undefined;
    for (const line of readSmall(root, file).split('\n').filter((l) => l.trim())) {
      const parts = line.trim().split(' ');
      const [ts, value, step] = [Number(parts[0]), Number(parts[1]), Number(parts[2] ?? 0)];
      if ((parts.length !== 2 && parts.length !== 3) || ![ts, value, step].every(Number.isFinite)) {
        project.undecided.push(`${file}: not an MLflow metric line ("<timestamp> <value> [<step>]"); metric ${key} left out`);
        latest = undefined;
        break;
      }
      if (!latest || step > latest.step || (step === latest.step && ts >= latest.ts)) latest = { step, ts, value };
    }
    if (latest) metrics[key] = latest.value;
  }
  return metrics;
}
