// What one check contributes to the release's ML-BOM (src/bom/), as plain data built from its own facts
// by its view's `bom` hook (src/check.ts). Neutral on purpose: a check names components, datasets,
// vulnerabilities and model-card figures in CycloneDX's vocabulary, but never imports the CycloneDX
// library, which src/bom loads only when a BOM is asked for.

/** A digest the gate computed or verified (never one it only read from an unverified claim). */
export interface BomHash {
  alg: 'SHA-256' | 'SHA-512' | 'SHA-384' | 'SHA-1' | 'MD5';
  /** Lowercase hexadecimal. */
  content: string;
}

/** A CycloneDX property: `modelgate:*` names for what CycloneDX has no field for. */
export interface BomProperty {
  name: string;
  value: string;
}

/** Personal data the pii check found in a dataset: categories and counts, never a value. */
export interface BomPersonalData {
  /** Categories found (personal, special, …) with the number of cells of each. */
  categories: Record<string, number>;
  /** Column (or field) → detected type, for the columns classified as personal data. */
  columns: Array<{ name: string; type: string; category: string; cells: number }>;
}

/** What the BOM says of a dataset (CycloneDX `componentData` of a `data` component). */
export interface BomDataset {
  /** Registry status of the training dataset (lineage): vetted, pending, revoked, unregistered. */
  registryStatus?: string;
  /** Who approved it in the dataset registry: the data's owner in `governance`. */
  owner?: string;
  /** Approval expiry, YYYY-MM-DD. */
  expires?: string;
  /** Set when the pii check scanned it; `columns` empty means none found. */
  personalData?: BomPersonalData;
  records?: number;
}

export interface BomComponentPart {
  /**
   * bom-ref, unique in the BOM and stable across runs: a purl for a package, `dataset:<workspace path>`
   * (or `dataset:<id>` without one) for data, `image:<digest>` for a container. Two checks naming the
   * same ref describe the same component: their parts are merged (src/bom/merge.ts).
   */
  ref: string;
  type: 'library' | 'container' | 'data' | 'file' | 'application';
  name: string;
  version?: string;
  group?: string;
  purl?: string;
  hashes?: BomHash[];
  /** SPDX ids or expressions as the lockfile or SBOM records them, or free-text names. */
  licenses?: string[];
  description?: string;
  /** `required` for what the release runs with, `excluded` for development-only packages. */
  scope?: 'required' | 'optional' | 'excluded';
  properties?: BomProperty[];
  dataset?: BomDataset;
  /** bom-refs this component depends on (from a lockfile's graph). */
  dependsOn?: string[];
}

export interface BomRatingPart {
  severity: 'critical' | 'high' | 'medium' | 'low' | 'info' | 'none' | 'unknown';
  score?: number;
  method?: 'CVSSv2' | 'CVSSv3' | 'CVSSv31' | 'CVSSv4' | 'OWASP' | 'SSVC' | 'other';
  vector?: string;
  /** Who rated it (the advisory database, the scanner). */
  source?: string;
}

/** How the policy handled a vulnerability: the VEX statement the gate can make for the user. */
export interface BomAnalysisPart {
  /** `waived`: a policy waiver accepts it until `expires`; `ignored`: the policy's ignore list leaves it out. */
  decision: 'waived' | 'ignored';
  reason?: string;
  /** Who is responsible for the decision (the waiver's owner). */
  responder?: string;
  expires?: string;
}

export interface BomVulnerabilityPart {
  id: string;
  /** Where the id comes from: OSV, GHSA, NVD, the scanner's database. */
  source?: { name: string; url?: string };
  aliases?: string[];
  ratings: BomRatingPart[];
  /** bom-refs of the affected components. */
  affects: string[];
  description?: string;
  recommendation?: string;
  analysis?: BomAnalysisPart;
}

/** One figure of the model card's quantitative analysis (CycloneDX `performanceMetrics`). */
export interface BomMetricPart {
  type: string;
  value: string;
  /** The slice of data it was measured on (a sensitive feature or group); absent for the whole set. */
  slice?: string;
  confidenceInterval?: { lowerBound: string; upperBound: string };
}

/** A fairness assessment of the model card (CycloneDX `fairnessAssessments`). */
export interface BomFairnessPart {
  groupAtRisk: string;
  benefits?: string;
  harms?: string;
  mitigationStrategy?: string;
}

/** What a check verified of the model itself. */
export interface BomModelPart {
  /** The artifacts' digests the check computed and compared with the manifest. */
  hashes?: BomHash[];
  /** One per artifact (a model made of several files lists each as a `file` sub-component). */
  artifacts?: Array<{ name: string; path: string; sha256: string; properties?: BomProperty[] }>;
  /** bom-refs of the datasets the model was trained on (`data` components of this BOM). */
  datasets?: string[];
  metrics?: BomMetricPart[];
  fairness?: BomFairnessPart[];
  /** Limits of the model the gate measured (e.g. a disparity beyond the policy's limit). */
  limitations?: string[];
  /** Ethical considerations with their mitigation (a waived disparity: the waiver's reason). */
  ethical?: Array<{ name: string; mitigationStrategy?: string }>;
  properties?: BomProperty[];
}

/** A build that produced the model, as a check verified it (CycloneDX `formulation`). */
export interface BomFormulationPart {
  ref: string;
  name: string;
  /** Builder id (SLSA `runDetails.builder.id`). */
  builder?: string;
  /** bom-refs of the build's inputs (training datasets) and outputs (the model). */
  inputs: string[];
  outputs: string[];
  properties?: BomProperty[];
}

export interface BomPart {
  components?: BomComponentPart[];
  vulnerabilities?: BomVulnerabilityPart[];
  model?: BomModelPart;
  formulation?: BomFormulationPart[];
  /** Properties of the BOM's metadata (counts the check measured). */
  properties?: BomProperty[];
}

/** What a check's hook may know besides its facts and report. */
export interface BomContext {
  /** bom-ref of the model (metadata.component): what vulnerabilities and datasets are about. */
  modelRef: string;
  /** Workspace-relative folder of the manifest (manifest paths are relative to it), "" at the root. */
  manifestDir: string;
}

/** bom-ref of a dataset file: its workspace-relative path (pii and lineage name the same file alike). */
export function datasetRef(workspacePath: string): string {
  return `dataset:${workspacePath}`;
}
