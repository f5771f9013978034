// PEP 508 environment markers (`pywin32==306; sys_platform == "win32"`), evaluated against the target
// environment the policy names (`dependency.environment`). The marker grammar is parsed by
// pip-requirements-js; the evaluation follows `packaging.markers`: a version operator compares with
// PEP 440 when both sides are versions, otherwise as strings; `in` / `not in` test substrings.
import * as pep440 from '@renovatebot/pep440';
import { parsePipRequirementsLine, type EnvironmentMarker } from 'pip-requirements-js';
import { ConfigError, errorMessage } from '../../src/errors.js';

import type { MarkerVariable } from './marker-variables.js';

export { MARKER_VARIABLES, type MarkerVariable } from './marker-variables.js';
export type TargetEnvironment = Partial<Record<MarkerVariable, string>>;

/** true / false, or undefined with the variables the environment does not give. */
export type MarkerVerdict = { applies: true } | { applies: false } | { applies: undefined; missing: string[] };

/** Parses a marker written without its requirement (`python_version < "3.8"`); throws with the parser's reason. */
export function parseMarker(text: string): EnvironmentMarker {
  let req;
  try {
    req = parsePipRequirementsLine(`x; ${text}`);
  } catch (e) {
    throw new Error(`cannot parse environment marker ${JSON.stringify(text)} (${errorMessage(e).replace(/^Failed to parse requirements line\. /, '')})`);
  }
  if (!req || req.type !== 'ProjectName' || !req.environmentMarkerTree) throw new Error(`cannot parse environment marker ${JSON.stringify(text)}`);
  return req.environmentMarkerTree;
}

/**
 * Evaluates a marker. `extra` is the empty string (a requirements file installs no extra). A variable
 * the environment does not give makes its comparison unknown; `and`/`or` still decide when the other
 * side does (false and ? = false, true or ? = true).
 */
export function evaluateMarker(tree: EnvironmentMarker, env: TargetEnvironment): MarkerVerdict {
  const missing = new Set<string>();
  const value = (side: string): string | undefined => {
    if (/^(["']).*\1$/s.test(side)) return side.slice(1, -1);
    if (side === 'extra') return '';
    const v = env[side as MarkerVariable];
    if (v === undefined) missing.add(side);
    return v;
  };
  const walk = (node: EnvironmentMarker): boolean | undefined => {
    if ('left' in node && (node.operator === 'and' || node.operator === 'or')) {
      const n = node as { operator: 'and' | 'or'; left: EnvironmentMarker; right: EnvironmentMarker };
      const l = walk(n.left);
      const r = walk(n.right);
      if (n.operator === 'and') return l === false || r === false ? false : l === undefined || r === undefined ? undefined : true;
      return l === true || r === true ? true : l === undefined || r === undefined ? undefined : false;
    }
    const leaf = node as { left: string; operator: string; right: string };
    const l = value(leaf.left);
    const r = value(leaf.right);
    if (l === undefined || r === undefined) return undefined;
    return compare(l, leaf.operator, r);
  };
  const result = walk(tree);
  if (result === undefined) return { applies: undefined, missing: [...missing].sort() };
  return result ? { applies: true } : { applies: false };
}

/** One comparison, as packaging's `_eval_op`: a PEP 440 specifier when `op rhs` is one and lhs a version, else Python string operators. */
export function compare(lhs: string, op: string, rhs: string): boolean {
  if (op === 'in') return rhs.includes(lhs);
  if (op === 'not in') return !rhs.includes(lhs);
  if (op !== '===' && pep440.validRange(`${op}${rhs}`) && pep440.valid(lhs)) return pep440.satisfies(lhs, `${op}${rhs}`, { prereleases: true });
  switch (op) {
    case '==':
    case '===':
      return lhs === rhs;
    case '!=':
      return lhs !== rhs;
    case '<':
      return lhs < rhs;
    case '<=':
      return lhs <= rhs;
    case '>':
      return lhs > rhs;
    case '>=':
      return lhs >= rhs;
    default:
      // `~=` between strings that are not versions: packaging raises UndefinedComparison.
      throw new Error(`cannot compare ${JSON.stringify(lhs)} ${op} ${JSON.stringify(rhs)}: not PEP 440 versions`);
  }
}

/** The marker as written, from the requirement text (after the `;` that starts it). */
export function markerText(spec: string): string | undefined {
  // A URL requirement needs white space before its `;` (PEP 508); a name requirement does not.
  const m = /(?:^[^@]*?;|\s;)\s*(.*)$/.exec(spec);
  return m ? m[1]!.trim() || undefined : undefined;
}

export interface MarkerOutcome<D> {
  /** Dependencies that apply to the target environment (or cannot be decided: checked, fail closed). */
  checked: D[];
  excluded: Array<{ dep: D; marker: string }>;
  undecided: Array<{ dep: D; marker: string; missing: string[] }>;
}

/**
 * Splits dependencies by their markers. Without a target environment nothing is excluded: every
 * requirement is checked whatever its marker (a release may be installed anywhere).
 */
export function applyMarkers<D extends { marker?: string; file: string; line: number }>(deps: readonly D[], env: TargetEnvironment | undefined): MarkerOutcome<D> {
  const out: MarkerOutcome<D> = { checked: [], excluded: [], undecided: [] };
  const cache = new Map<string, MarkerVerdict>();
  for (const dep of deps) {
    if (dep.marker === undefined || env === undefined) {
      out.checked.push(dep);
      continue;
    }
    let verdict = cache.get(dep.marker);
    if (!verdict) {
      try {
        verdict = evaluateMarker(parseMarker(dep.marker), env);
      } catch (e) {
        throw new ConfigError(errorMessage(e), { file: dep.file, line: dep.line });
      }
      cache.set(dep.marker, verdict);
    }
    if (verdict.applies === false) out.excluded.push({ dep, marker: dep.marker });
    else {
      out.checked.push(dep);
      if (verdict.applies === undefined) out.undecided.push({ dep, marker: dep.marker, missing: verdict.missing });
    }
  }
  return out;
}
