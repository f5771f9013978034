// What `modelgate init` found in a project folder, in the terms of the manifest: each detector
// (mlflow.ts, huggingface.ts, dvc.ts, plain-files.ts) adds what it read; nothing is guessed.

/** A model file or folder; `sha256` is filled by the digest pass (digests.ts). */
export interface FoundArtifact {
  /** Relative to the project folder, `/` separators. */
  path: string;
  format?: string;
  name?: string;
  /** What the detector read about it (flavors, architecture, signature), written as a comment. */
  note?: string;
  sha256?: string;
}

/** A dataset (DVC); its registry id is never known from the files. */
export interface FoundDataset {
  path: string;
  /** The md5 DVC recorded (a `.dir` suffix for a folder), kept as a comment beside the entry. */
  dvcMd5?: string;
  /** Where DVC recorded it (dvc.lock stage or .dvc file). */
  source: string;
  /** False when the data is not in the workspace (not pulled): no sha256 can be computed. */
  present: boolean;
  sha256?: string;
}

export interface FoundProject {
  artifacts: FoundArtifact[];
  datasets: FoundDataset[];
  /** Evaluation metrics read from an MLflow run (model.metrics). */
  metrics?: Record<string, number>;
  /** Model card: a Markdown file with YAML front matter. */
  card?: string;
  /** `format` only where the dependency check cannot tell it from the file name (MLflow's conda.yaml). */
  lockfiles: Array<{ path: string; format?: string }>;
  sboms: string[];
  dockerfile?: string;
  /** A predictions file for the bias check (CSV, TSV, JSON Lines, Parquet). */
  predictions?: string;
  /** One line per thing found, printed. */
  found: string[];
  /** One line per thing it could not decide, printed and written as a comment. */
  undecided: string[];
}

export function emptyProject(): FoundProject {
  return { artifacts: [], datasets: [], lockfiles: [], sboms: [], found: [], undecided: [] };
}

/** Is `path` the folder `dir` or inside it (both `/`-separated, relative)? */
export function within(dir: string, path: string): boolean {
  return dir === '' || dir === '.' || path === dir || path.startsWith(`${dir}/`);
}
