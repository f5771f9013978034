// Loads the policy file (or the built-in baseline when none is given).
import { z } from 'zod';
import type { Check } from '../check.js';
import { validateDoc } from '../io/validate.js';
import { parseYaml, readYamlFile, type SourceDoc } from '../io/yaml.js';
import { resolveInWorkspace, toWorkspaceRelative } from '../io/workspace.js';
import { fromCommandLine } from '../manifest/load.js';
import { policySchema, type Policy } from './schema.js';

export interface LoadedPolicy {
  /** Workspace-relative path, or "baseline". */
  path: string;
  policy: Policy;
  source: SourceDoc;
}

export function loadPolicy(workspace: string, policyPath: string | undefined, checks: readonly Check[]): LoadedPolicy {
  let source: SourceDoc;
  let path = 'baseline';
  if (policyPath) {
    const abs = resolveInWorkspace(workspace, workspace, fromCommandLine(workspace, policyPath));
    path = toWorkspaceRelative(workspace, abs);
    source = readYamlFile(abs, path);
  } else {
    source = parseYaml('{}', 'baseline');
  }
  if (source.data === null || source.data === undefined) source = { ...source, data: {} };
  // Waivers are kept raw here: each is validated on its own so a bad one is a violation, not a crash.
  const schema = policySchema(checks).extend({ waivers: z.array(z.unknown()).default([]) });
  const parsed = validateDoc(schema, source) as Record<string, unknown> & Omit<Policy, 'sections'>;
  const sections = Object.fromEntries(checks.map((c) => [c.id, parsed[c.id]]));
  const policy: Policy = {
    failOn: parsed.failOn,
    require: parsed.require,
    optional: parsed.optional,
    timeouts: parsed.timeouts,
    rules: parsed.rules,
    waivers: parsed.waivers,
    sections,
  };
  return { path, policy, source };
}
