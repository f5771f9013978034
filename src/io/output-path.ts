// Output paths chosen by the workflow or the command line (report-json, sarif, summary, html, verdict,
// audit-log, metrics, a shard's partial). Unlike paths from a manifest or policy they may lie anywhere
// the process can write (`${{ runner.temp }}/report.json`): the workflow's author chooses them, not the
// release under review. One rule still keeps the checkout from redirecting them: a path that lies
// inside the workspace as written must not leave it through a symbolic link the checkout holds.
import { accessSync, constants, lstatSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { ConfigError, errorMessage } from '../errors.js';
import { isInside, realpathLoose, resolveInWorkspace, toWorkspaceRelative } from './workspace.js';

/** The outputs a front door takes, with the file name its messages suggest. */
export const OUTPUT_FILES = {
  reportJson: 'modelgate-report.json',
  sarif: 'modelgate.sarif',
  summary: 'modelgate-summary.md',
  html: 'modelgate-report.html',
  verdict: 'modelgate-verdict.intoto.json',
  bom: 'modelgate-bom.cdx.json',
  auditLog: 'modelgate-audit.jsonl',
  metrics: 'modelgate.prom',
  partial: 'modelgate-partial-1-of-2.json',
} as const;
export type OutputKey = keyof typeof OUTPUT_FILES;

/** What the fix in a message names: who writes ("the runner") and a folder it can write (`${{ runner.temp }}`). */
export interface OutputHint {
  writer: string;
  folder: string;
}

/** A requested output that could not be written once the gate had decided: reported apart from the verdict. */
export class OutputError extends ConfigError {
  constructor(
    detail: string,
    /** The path as reports show it (shownOutputPath). */
    readonly path: string,
  ) {
    super(detail, { file: path });
    this.name = 'OutputError';
  }
}

/** The OutputError of writing `what` at `shown`. */
export function outputFailed(what: string, shown: string, e: unknown): OutputError {
  return e instanceof OutputError ? e : new OutputError(`cannot write the ${what}: ${e instanceof ConfigError ? e.detail : errorMessage(e)}`, shown);
}

/**
 * Absolute path of the output `path` (relative to `workspace`, or absolute anywhere). `name` is how the
 * user spelt the option, for the message of an empty path or a link that escapes.
 */
export function resolveOutputPath(workspace: string, path: string, name: string): string {
  const r = locateOutput(workspace, path);
  if ('why' in r) throw new ConfigError(`${name}: ${r.why}`);
  return r.abs;
}

function locateOutput(workspace: string, path: string): { abs: string } | { why: string } {
  if (path.length === 0) return { why: 'empty path' };
  if (path.includes('\0')) return { why: `path ${JSON.stringify(path)} contains a NUL character` };
  const root = resolve(workspace);
  const abs = resolve(root, path);
  if (isInside(root, abs)) {
    try {
      resolveInWorkspace(root, root, toWorkspaceRelative(root, abs));
    } catch (e) {
      return { why: `${e instanceof ConfigError ? e.detail : errorMessage(e)}; give the absolute path of the place meant` };
    }
  }
  return { abs };
}

/** How reports and outputs name an output file: workspace-relative inside the workspace, absolute (forward slashes) outside. */
export function shownOutputPath(workspace: string, abs: string): string {
  const root = resolve(workspace);
  return isInside(root, abs) ? toWorkspaceRelative(root, abs) : abs.split(sep).join('/');
}

/**
 * Checks, before the gate runs, that every requested output can be written: its folder exists or can be
 * made and is writable, the path is not a folder or a device, and no two outputs share a file (or one
 * puts a folder where another writes a file). Throws a ConfigError naming the option and the fix.
 */
export function checkOutputPaths(workspace: string, paths: Partial<Record<OutputKey, string | undefined>>, names: Partial<Record<OutputKey, string>>, hint: OutputHint): void {
  const seen: Array<{ name: string; real: string }> = [];
  for (const [key, path] of Object.entries(paths) as Array<[OutputKey, string | undefined]>) {
    if (path === undefined) continue;
    const name = names[key] ?? key;
    const fail = (why: string): never => {
      throw new ConfigError(`${name}: ${why}; choose a file path ${hint.writer} can write, e.g. ${hint.folder}/${OUTPUT_FILES[key]}`);
    };
    const r = locateOutput(workspace, path);
    if ('why' in r) return fail(r.why);
    const { abs } = r;
    const why = writeProblem(workspace, abs, key === 'auditLog');
    if (why) fail(why);
    const real = realOf(abs);
    for (const other of seen) {
      if (other.real === real) fail(`${shownOutputPath(workspace, abs)} is also the file of ${other.name}`);
      if (isInside(other.real, real) || isInside(real, other.real)) fail(`${shownOutputPath(workspace, abs)} and the file of ${other.name} would be a folder and a file at the same place`);
    }
    seen.push({ name, real });
  }
}

/** Why `abs` cannot be written, or undefined when it can (as far as can be told without writing). */
function writeProblem(workspace: string, abs: string, append: boolean): string | undefined {
  const shown = (p: string) => shownOutputPath(workspace, p);
  const st = statOrMissing(abs);
  if (typeof st === 'string') return `${shown(abs)} cannot be examined: ${st}`;
  if (st?.isDirectory()) return `${shown(abs)} is a folder`;
  // A rename over /dev/null or a socket would replace it: only regular files are outputs.
  if (st && !st.isFile()) return `${shown(abs)} is not a regular file`;
  if (st && append && !canAccess(abs, constants.W_OK)) return `${shown(abs)} exists and cannot be appended to`;
  // The deepest folder that exists must let this process make the rest and write into it.
  for (let dir = dirname(abs); ; dir = dirname(dir)) {
    const ds = statOrMissing(dir);
    if (typeof ds === 'string') return `${shown(dir)} cannot be examined: ${ds}`;
    if (!ds) {
      if (isLink(dir)) return `${shown(dir)} is a symbolic link to a place that does not exist`;
      if (dirname(dir) === dir) return `no folder of ${shown(abs)} exists`;
      continue;
    }
    if (!ds.isDirectory()) return `${shown(dir)} is a file, so no folder can be made there`;
    if (!canAccess(dir, constants.W_OK | constants.X_OK)) return `the folder ${shown(dir)} is not writable by this process`;
    return undefined;
  }
}

/** stat of `p`; undefined when it (or a folder on the way) does not exist; the message of any other failure. */
function statOrMissing(p: string): ReturnType<typeof statSync> | string | undefined {
  try {
    return statSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? undefined : errorMessage(e);
  }
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function canAccess(p: string, mode: number): boolean {
  try {
    accessSync(p, mode);
    return true;
  } catch {
    return false;
  }
}

/** The real path an output will be written at, so that two spellings of one file compare equal. */
function realOf(abs: string): string {
  try {
    return realpathLoose(abs);
  } catch {
    return abs;
  }
}
