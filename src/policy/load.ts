// Loads the policy file (or the built-in baseline when none is given), or the text the front door
// fetched (a central policy, the pull request's base commit): the gate itself reads no network.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Check } from '../check.js';
import { ConfigError } from '../errors.js';
import { sha256Hex } from '../io/hash.js';
import { validateDoc } from '../io/validate.js';
import { parseYaml, readYamlFile, type SourceDoc } from '../io/yaml.js';
import { resolveInWorkspace, toWorkspaceRelative } from '../io/workspace.js';
import { fromCommandLine } from '../manifest/load.js';
import type { PolicySource } from '../report/model.js';
import { checkComplianceKeys } from './compliance.js';
import { policySchema, type Policy } from './schema.js';
import { BASELINE_SHA256, parseRemotePolicySpec, type FetchedPolicy } from './source.js';

export interface LoadedPolicy {
  /** Workspace-relative path, owner/repo/path@ref of a central policy, or "baseline". */
  path: string;
  policy: Policy;
  source: SourceDoc;
  /** Where it was read from and the digest of its bytes (the report's `policySource`). */
  from: PolicySource;
}

/** `fetched`, when given, is the policy in effect (the front door read it); otherwise `policyPath` in the workspace. */
export function loadPolicy(workspace: string, policyPath: string | undefined, checks: readonly Check[], fetched?: FetchedPolicy): LoadedPolicy {
  const { path, source: doc, from } = fetched
    ? { path: fetched.name, source: parseYaml(fetched.text, fetched.name), from: fetched.source }
    : readPolicyFile(workspace, policyPath);
  let source = doc;
  if (source.data === null || source.data === undefined) source = { ...source, data: {} };
  // Waivers are kept raw here: each is validated on its own so a bad one is a violation, not a crash.
  const schema = policySchema(checks).extend({ waivers: z.array(z.unknown()).default([]) });
  const parsed = validateDoc(schema, source) as Record<string, unknown> & Omit<Policy, 'sections'>;
  const sections = Object.fromEntries(checks.map((c) => [c.id, parsed[c.id]]));
  checkComplianceKeys(parsed.compliance, parsed.rules, source);
  const policy: Policy = {
    failOn: parsed.failOn,
    require: parsed.require,
    optional: parsed.optional,
    timeouts: parsed.timeouts,
    rules: parsed.rules,
    compliance: parsed.compliance,
    waivers: parsed.waivers,
    sections,
  };
  return { path, policy, source, from };
}

/** The workspace's policy file (jailed), or the baseline when none is named. */
function readPolicyFile(workspace: string, policyPath: string | undefined): Omit<LoadedPolicy, 'policy'> {
  if (!policyPath) return { path: 'baseline', source: parseYaml('{}', 'baseline'), from: { origin: 'baseline', path: 'baseline', sha256: BASELINE_SHA256 } };
  // The front door fetches a central policy; a caller that did not must not read a workspace file in its place.
  if (parseRemotePolicySpec(policyPath)) {
    throw new ConfigError(`policy "${policyPath}" is in another repository and was not fetched; a workspace file of that name is written ./${policyPath}`);
  }
  const abs = resolveInWorkspace(workspace, workspace, fromCommandLine(workspace, policyPath));
  const path = toWorkspaceRelative(workspace, abs);
  const source = readYamlFile(abs, path);
  // Read again for the digest: the file was just read, so it exists; the digest is of its bytes, not its text.
  return { path, source, from: { origin: 'workspace', path, sha256: sha256Hex(readFileSync(abs)) } };
}
