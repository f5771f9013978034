// The check contract (DESIGN.md): every folder under checks/ exports one object of type Check.
import type { Writable } from 'node:stream';
import { z } from 'zod';
import type { BomContext, BomPart } from './bom/part.js';
import type { SourceDoc, YamlPath } from './io/yaml.js';
import type { Html } from './report/html/markup.js';
import type { CheckReport, Finding, Location, OutputFile, RuleInfo, RuleTopic } from './report/model.js';
import type { Manifest, ManifestShape, SectionName } from './manifest/schema.js';
import type { ShardSpec } from './shard/spec.js';

/** A check's rule: its topic is required, so a new rule cannot reach code scanning mislabelled. */
export type RuleDef = RuleInfo & { topic: RuleTopic };

/**
 * One line of the compliance mapping: a control of src/compliance/catalog.ts the rule provides evidence
 * for, and why, in one line a reviewer can check.
 */
export type ControlEvidence = readonly [control: string, reason: string];

/** Rule id → the controls it provides evidence for. Plain data, kept beside the rules (checks/<id>/controls.ts). */
export type RuleControls = Readonly<Record<string, readonly ControlEvidence[]>>;

/** A short sentence from a check's facts ("bias: demographic parity ratio by Sex 0.91, limit 0.8"), evidence for the controls its rules map to. */
export interface EvidenceSentence {
  rules: readonly string[];
  text: string;
}

export interface Logger {
  info(msg: string): void;
  warning(msg: string): void;
  debug(msg: string): void;
}

/** The release manifest as loaded: validated data plus source positions. */
export interface LoadedManifest {
  /** Workspace-relative path, forward slashes. */
  path: string;
  /** Absolute path of the manifest file. */
  absPath: string;
  /** Absolute folder of the manifest: manifest paths are relative to it. */
  dir: string;
  data: Manifest;
  source: SourceDoc;
  /** Location of a manifest node, e.g. locate(['model', 'artifacts', 0, 'sha256']). */
  locate(path: YamlPath): Location;
}

export interface CheckContext<C> {
  manifest: LoadedManifest;
  /** This check's policy section, parsed by its configSchema (defaults applied). */
  config: C;
  /** Absolute workspace root; every path must resolve inside it. */
  workspace: string;
  logger: Logger;
  /** Aborted when the check's time budget runs out: stop work and return. */
  signal: AbortSignal;
  /** Absolute folder where this check may write output files (inside the workspace). */
  outputDir: string;
  /** The run's clock (one instant for every check: expiry and age rules agree across checks). */
  now: Date;
  /** The policy file, so a finding about a policy value can point at its line. */
  policy: LoadedPolicyRef;
  /** Results of the checks named in `Check.reads` that ran in this gate (absent when not selected or skipped). */
  upstream: Readonly<Record<string, UpstreamResult>>;
}

export interface UpstreamResult {
  status: CheckResult['status'];
  facts: Record<string, unknown>;
}

export interface LoadedPolicyRef {
  /** Workspace-relative path, or "baseline" for the built-in policy. */
  path: string;
  /** Location of a policy node, e.g. locate(['bias', 'limits']). */
  locate(path: YamlPath): Location;
}

/** What a check measured: a JSON object, described by the check's `facts` schema. */
export type Facts = Record<string, unknown>;

/** The facts of a check that could not run or had nothing to check. */
export type NoFacts = Record<string, never>;

export interface CheckResult<F extends object = Facts> {
  /** `error`: the check could not do its work (it also returns a finding saying why). `skipped`: nothing to check. */
  status: 'passed' | 'error' | 'skipped';
  findings: Finding[];
  /** The check's facts; `{}` when it errored or was skipped before measuring anything. */
  facts: F | NoFacts;
  outputs: OutputFile[];
  reason?: string;
}

export interface Check<C = unknown, F extends object = Facts> {
  id: string;
  title: string;
  /** Manifest section this check is about; when absent from the manifest the check is skipped. */
  section: SectionName;
  /**
   * Keys of other sections (claimed by another check) this check also reads: the check runs when one
   * is present, even without its own section (the dependency check reads `model.mlflow`'s requirements).
   */
  alsoReads?: ReadonlyArray<readonly [SectionName, string]>;
  /**
   * The keys this check reads in each manifest section (zod shapes). The loader validates them with
   * source positions and the JSON Schema includes them; read them back typed with `readSection`.
   */
  manifest: ManifestShape;
  rules: RuleDef[];
  /** The controls each rule provides evidence for (every rule of `rules` has at least one; test/unit/compliance). */
  controls?: RuleControls;
  configSchema: z.ZodType<C>;
  /** The zod schema of the facts `run` returns: types them for the view, and documents them in schemas/report.schema.json. */
  facts: z.ZodType<F>;
  /**
   * Checks whose facts this one reads (for example lineage diffs the dependency check's packages
   * against the last known-good report). The gate runs those first and hands their results over
   * in `ctx.upstream`; every other check runs in parallel.
   */
  reads?: readonly string[];
  run(ctx: CheckContext<C>): Promise<CheckResult<F>>;
  /**
   * Optional: the check's work can be split across the jobs of a matrix (src/shard/). Each job runs
   * `run` on its share of the records and returns a JSON state; the merge job hands every state to
   * `merge`, which must return exactly what `Check.run` returns on the whole data.
   */
  shard?: ShardSupport<C, F>;
  /** Optional: how the reporters show and measure this check, from its facts (src/report reads it; never the check's modules). */
  view?: CheckView<F>;
  /** Optional: CLI commands the check adds (`modelgate pii scan`), loaded when called. */
  commands?: readonly CheckCommand[];
}

/** A check of any configuration and facts, as the registry lists them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds checks of every Config and Facts type
export type AnyCheck = Check<any, any>;

/**
 * What a check contributes to the reports, as functions of its own facts (already validated by its
 * `facts` schema when called). Every part is optional: a check without a view shows its findings only.
 */
export interface CheckView<F> {
  /** Markdown section of the job summary (tables, Mermaid charts); escaped by the check with src/report/format.ts. */
  summary?(facts: F): string;
  /** Section of the HTML report, built with the escaping `html` template of src/report/html/markup.ts. */
  html?(facts: F): Html;
  /** Prometheus families the check adds, and its samples of one run. */
  metrics?: CheckMetrics<F>;
  /** ECS `event.category` of the check's log lines (default `configuration`). */
  logCategories?: readonly string[];
  /** Action outputs the check adds (name → how to compute it); `empty` when the check did not run. */
  outputs?: Readonly<Record<string, CheckOutput<F>>>;
  /** The artifacts the check verified, as subjects of the verdict statement (lineage's hashed artifacts). */
  subjects?(facts: F): SubjectArtifact[];
  /** What the check measured, as short sentences for the report's compliance section (each tied to the rules it bears on). */
  evidence?(facts: F): EvidenceSentence[];
  /**
   * What the check verified, as its part of the release's CycloneDX ML-BOM (src/bom/): components,
   * vulnerabilities with how the policy handled them (the check's findings carry the waivers), model-card
   * figures, provenance. Plain data (src/bom/part.ts); src/bom merges the parts of every check.
   */
  bom?(facts: F, check: CheckReport, ctx: BomContext): BomPart;
}

export interface MetricFamily {
  help: string;
  labels: readonly string[];
}

export interface MetricSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface CheckMetrics<F> {
  families: Readonly<Record<string, MetricFamily>>;
  samples(facts: F): MetricSample[];
}

export interface CheckOutput<F> {
  description: string;
  /** The value when the check did not run (or the run failed before the check reported). */
  empty: string;
  /** From the check's report (its findings carry the waivers) and its facts. */
  value(check: CheckReport, facts: F): string;
}

/** A model artifact the check hashed (or whose declared digest it read). */
export interface SubjectArtifact {
  name?: string;
  path: string;
  sha256: string;
  source: 'computed' | 'declared';
}

/** A CLI command: `modelgate <name> …`. */
export interface CheckCommand {
  name: string;
  /** One line of `modelgate --help`, e.g. `pii scan [FILE...|-]   find, mask…`. */
  help: string;
  run(args: string[], io: CommandIO): Promise<number>;
}

export interface CommandIO {
  /** A function, or the real stream when there is one (its backpressure paces large outputs). */
  stdout: ((s: string) => void) | Writable;
  stderr: ((s: string) => void) | Writable;
  /** What "-" reads (default process.stdin). */
  stdin?: AsyncIterable<Buffer>;
}

export interface ShardSupport<C, F extends object = Facts> {
  run(ctx: CheckContext<C>, shard: ShardRun): Promise<ShardOutcome>;
  merge(ctx: CheckContext<C>, merge: ShardMerge): Promise<CheckResult<F>>;
}

/** A text file (stored gzip-compressed) that travels with the partial report, e.g. a shard's masked records. */
export interface PartSink {
  write(text: string): Promise<void>;
  /** Drops the part (the work it belonged to failed). */
  abort(): Promise<void>;
}

export interface ShardRun {
  shard: ShardSpec;
  /** A new part file; `name` is unique within the check. Committed with the partial report. */
  createPart(name: string): PartSink;
}

export interface ShardOutcome {
  /** JSON data: what `merge` needs of this shard's share (counts, never personal values). */
  state: unknown;
  /** Every data file read, with its sha256: a merge refuses shards that read different data. */
  inputs: Array<{ path: string; sha256: string }>;
  /** Work the shard could not do (gate/check-error findings, also kept in `state`): the shard job exits 2. */
  errors: Finding[];
}

export interface ShardMerge {
  count: number;
  /** The shards' states, shard 1 first. */
  states: readonly unknown[];
  /** A part file written by shard `index` (1-based), decompressed; its digest is verified first. */
  openPart(index: number, name: string): Promise<AsyncIterable<Buffer>>;
}

/** Does the manifest give this check anything to read (its section, or a key it also reads)? */
export function hasInput(check: Pick<Check, 'section' | 'alsoReads'>, manifest: LoadedManifest): boolean {
  if (manifest.data[check.section] !== undefined) return true;
  return (check.alsoReads ?? []).some(([section, key]) => manifest.data[section]?.[key] !== undefined);
}

/** A check's view of one manifest section, typed by the shape it declared (already validated at load). */
export function readSection<S extends z.ZodRawShape>(manifest: LoadedManifest, section: SectionName, shape: S): z.output<z.ZodObject<S>> | undefined {
  const data = manifest.data[section];
  return data === undefined ? undefined : z.object(shape).parse(data);
}

/**
 * A check's `run` that loads its implementation on first use. The registry imports every check at
 * start-up; keeping parsers, detectors and crypto out of that import keeps the action's cold start short.
 */
export function lazyRun<C, F extends object>(load: () => Promise<{ run(ctx: CheckContext<C>): Promise<CheckResult<F>> }>): Check<C, F>['run'] {
  return async (ctx) => (await load()).run(ctx);
}

/** `Check.shard` that loads its implementation on first use (see lazyRun). */
export function lazyShard<C, F extends object>(load: () => Promise<{ shard: ShardSupport<C, F> }>): ShardSupport<C, F> {
  return {
    run: async (ctx, shard) => (await load()).shard.run(ctx, shard),
    merge: async (ctx, merge) => (await load()).shard.merge(ctx, merge),
  };
}
