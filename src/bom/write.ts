// Writes the release's ML-BOM (`--bom F`, the action's `bom` input) atomically, after the gate and the
// verdict statement. It reads again only what the Report names but does not hold, and checks each
// against what the gate recorded: the manifest's bytes (for their digest and the model card's path),
// the policy (its requirements; refused if its digest differs from the report's) and the model card.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { ConfigError, errorMessage } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { sha256Hex } from '../io/hash.js';
import { outputFailed, resolveOutputPath, shownOutputPath } from '../io/output-path.js';
import { resolveInWorkspace } from '../io/workspace.js';
import { parseYaml } from '../io/yaml.js';
import { loadPolicy } from '../policy/load.js';
import type { FetchedPolicy } from '../policy/source.js';
import { registry } from '../registry.js';
import { renderJson } from '../report/json.js';
import type { Report } from '../report/model.js';
import type { CheckViews } from '../report/views.js';
import { buildBom, renderBom } from './build.js';
import { readCard, type CardText } from './card.js';
import type { PolicyInBom } from './declarations.js';

export interface BomWriteOptions {
  workspace: string;
  /** Output path: relative to the workspace, or absolute anywhere. */
  path: string;
  views: CheckViews;
  /** The policy the front door read itself (a central policy, the base commit's file). */
  policyText?: FetchedPolicy;
  /** Where the JSON report and the verdict statement were written in this run, if they were. */
  reportPath?: string;
  statement?: { path: string; text: string };
  /** sha256 of renderJson(report) when the caller has it (the verdict statement's); computed otherwise. */
  reportSha256?: string;
  warn?: (message: string) => void;
}

export interface WrittenBom {
  /** Workspace-relative inside the workspace, absolute outside. */
  path: string;
  bytes: number;
  components: number;
  vulnerabilities: number;
}

/** The policy the gate applied, re-read and checked against the digest in the report. */
function policyOf(workspace: string, report: Report, fetched: FetchedPolicy | undefined): PolicyInBom {
  const loaded = loadPolicy(workspace, report.policy === 'baseline' ? undefined : report.policy, registry, fetched);
  if (report.policySource && loaded.from.sha256 !== report.policySource.sha256) {
    throw new ConfigError(`the policy ${report.policy} changed after the gate read it (sha256 ${loaded.from.sha256.slice(0, 12)}…, the report says ${report.policySource.sha256.slice(0, 12)}…): run the gate again`);
  }
  const sections = Object.fromEntries(Object.entries(loaded.policy.sections).filter(([id]) => report.checks.some((c) => c.id === id)));
  return { path: report.policy, sha256: loaded.from.sha256, failOn: report.failOn, require: loaded.policy.require, sections, controls: loaded.policy.compliance.require };
}

/** The manifest's digest, folder and model-card path (workspace-relative). */
function manifestOf(workspace: string, report: Report): { sha256: string; dir: string; card?: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolveInWorkspace(workspace, workspace, report.manifest));
  } catch (e) {
    throw new ConfigError(`cannot read the manifest for the BOM: ${errorMessage(e)}`, { file: report.manifest });
  }
  const dir = posix.dirname(report.manifest) === '.' ? '' : posix.dirname(report.manifest);
  const data = parseYaml(bytes.toString('utf8'), report.manifest).data as { model?: { card?: unknown } } | null;
  const card = typeof data?.model?.card === 'string' ? posix.normalize(posix.join(dir, data.model.card)) : undefined;
  return { sha256: sha256Hex(bytes), dir, ...(card ? { card } : {}) };
}

/** Builds and writes the BOM. A failure is a ConfigError (an OutputError when the file cannot be written). */
export function writeBom(report: Report, opts: BomWriteOptions): WrittenBom {
  let abs: string;
  try {
    abs = resolveOutputPath(opts.workspace, opts.path, 'the BOM');
  } catch (e) {
    throw outputFailed('BOM', opts.path, e);
  }
  const path = shownOutputPath(opts.workspace, abs);
  const manifest = manifestOf(opts.workspace, report);
  // A card that cannot be read costs the BOM its card only: the lineage check reports why.
  let card: CardText | undefined;
  try {
    card = manifest.card ? readCard(opts.workspace, manifest.card) : undefined;
  } catch (e) {
    opts.warn?.(`BOM: the model card is left out: ${e instanceof ConfigError ? e.message : errorMessage(e)}`);
  }
  const bom = buildBom({
    report,
    views: opts.views,
    manifestDir: manifest.dir,
    manifestSha256: manifest.sha256,
    policy: policyOf(opts.workspace, report, opts.policyText),
    ...(card ? { card } : {}),
    evidence: {
      reportSha256: opts.reportSha256 ?? sha256Hex(renderJson(report)),
      ...(opts.reportPath ? { reportPath: opts.reportPath } : {}),
      ...(opts.statement ? { statement: { path: opts.statement.path, sha256: sha256Hex(opts.statement.text) } } : {}),
    },
    ...(opts.warn ? { warn: opts.warn } : {}),
  });
  const text = renderBom(bom);
  try {
    writeFileAtomic(abs, text);
  } catch (e) {
    throw outputFailed('BOM', path, e);
  }
  return { path, bytes: Buffer.byteLength(text), components: (bom.components as unknown[] | undefined)?.length ?? 0, vulnerabilities: (bom.vulnerabilities as unknown[] | undefined)?.length ?? 0 };
}
