// The endpoints check's work, loaded only when the check runs (index.ts holds what the registry needs).
import { readSection, type CheckContext, type CheckResult } from '../../src/check.js';
import { ConfigError } from '../../src/errors.js';
import { withinBudget } from '../../src/io/budget.js';
import { EngineNeeded } from '../../src/policy/fast-rules.js';
import { resolveInWorkspace, toWorkspaceRelative } from '../../src/io/workspace.js';
import { builtFacts } from '../../src/report/views.js';
import type { VerdictStore } from '../../src/verdict/store.js';
import { endpointsManifest, RULE_NAMES, type EndpointsConfig } from './config.js';
import { compileCustom, evaluateFleet } from './evaluate.js';
import type { EndpointsFacts } from './facts.js';
import { readFleet } from './fleet.js';
import { definitionFiles } from './read.js';
import { BUILTIN } from './rules.js';

import type { EndpointsDeps } from './index.js';

export async function run(ctx: CheckContext<EndpointsConfig>, deps: EndpointsDeps): Promise<CheckResult<EndpointsFacts>> {
  const { manifest, workspace, config, signal } = ctx;
  const section = readSection(manifest, 'endpoints', endpointsManifest.endpoints);
  if (!section) return { status: 'skipped', reason: 'the manifest has no `endpoints` section', findings: [], facts: {}, outputs: [] };
  const where = (...path: Array<string | number>) => manifest.locate(['endpoints', ...path]);
  // Fail closed: a fleet that names no definition file would pass with nothing checked.
  if (section.definitions.length === 0) throw new ConfigError('endpoints.definitions lists no file: give the endpoint definition files or globs to check', where());

  // Rules that cannot be decided without configuration fail closed here, once, at their line.
  if (config.rules['model-source-allowed'].enabled && config.allowedModelSources.length === 0) {
    throw new ConfigError(
      'rule model-source-allowed is enabled but endpoints.allowedModelSources is empty: list the registries and storage prefixes models may be served from, or disable the rule',
      ctx.policy.locate(['endpoints', 'allowedModelSources']),
    );
  }
  if (config.rules['model-verdict'].enabled && !section.verdicts) {
    throw new ConfigError(
      'rule model-verdict is enabled but the manifest names no verdict store: set endpoints.verdicts to the folder of gate verdict statements, or disable the rule in the policy',
      where(),
    );
  }
  const custom = await compileCustom(config, ctx.policy);

  const files = definitionFiles(workspace, manifest.dir, section.definitions, (i) => where('definitions', i));
  const fleet = readFleet(files, config, { public: section.public, environment: section.environment }, signal);

  let store: VerdictStore | undefined;
  let storeDir: string | undefined;
  if (section.verdicts) {
    storeDir = toWorkspaceRelative(workspace, resolveInWorkspace(workspace, manifest.dir, section.verdicts, where('verdicts')));
    const trust = config.verdictTrust;
    store = await deps.loadVerdictStore(workspace, storeDir, {
      requireSigned: trust.requireSigned,
      trust: { keys: trust.keys, identities: trust.identities, ...(trust.trustedRoot ? { trustedRoot: trust.trustedRoot } : {}) },
      now: ctx.now,
    });
    ctx.logger.info(`verdict store ${storeDir}: ${store.files} statement(s)`);
  }

  // One watchdog for the whole synchronous evaluation (custom rules included): stopped at the deadline.
  const evaluate = (rules: typeof custom) => withinBudget(signal, () => evaluateFleet(fleet.entries, config, { ...(store ? { store } : {}), now: ctx.now, custom: rules, signal }));
  let evaluated: ReturnType<typeof evaluateFleet>;
  try {
    evaluated = evaluate(custom);
  } catch (e) {
    // A custom rule only the CEL engine can answer for some endpoint: every rule by the engine, from the start.
    if (!(e instanceof EngineNeeded)) throw e;
    evaluated = evaluate(await compileCustom(config, ctx.policy, true));
  }
  const { findings, rows } = evaluated;

  const enabled = RULE_NAMES.filter((n) => config.rules[n].enabled);
  const failing = new Map<string, number>();
  const notApplicable = new Map<string, number>();
  for (const r of rows) {
    for (const k of r.failed) failing.set(k, (failing.get(k) ?? 0) + 1);
    for (const k of r.notApplicable) notApplicable.set(k, (notApplicable.get(k) ?? 0) + 1);
  }
  const tally = (key: string) => ({ failing: failing.get(key) ?? 0, notApplicable: notApplicable.get(key) ?? 0 });
  const ruleFacts: EndpointsFacts['rules'] = [
    ...enabled.map((n) => ({ key: n, id: BUILTIN[n].id, severity: config.rules[n].severity, halt: config.rules[n].halt, ...tally(n) })),
    ...custom.map((c) => ({ key: c.key, id: c.id, severity: c.severity, halt: c.halt, ...tally(c.key) })),
  ].map((r) => ({ ...r, passing: rows.length - r.failing - r.notApplicable }));
  const count = (xs: string[]) => xs.reduce<Record<string, number>>((acc, x) => ((acc[x] = (acc[x] ?? 0) + 1), acc), {});
  const facts: EndpointsFacts = {
    files: fleet.files,
    documents: fleet.documents,
    endpoints: rows.length,
    routes: fleet.routes,
    byPlatform: count(fleet.entries.map((e) => e.endpoint.platform)),
    production: fleet.entries.filter((e) => e.endpoint.production).length,
    public: fleet.entries.filter((e) => e.endpoint.exposure.level === 'public').length,
    failing: rows.filter((r) => r.failed.length > 0).length,
    ignoredKinds: fleet.ignored,
    unknownKinds: fleet.unknown,
    verdictStore: store && storeDir ? { dir: storeDir, files: store.files } : null,
    rules: ruleFacts,
    table: rows.map((r) => ({ name: r.name, platform: r.platform, file: r.file, line: r.line, failed: r.failed, notApplicable: r.notApplicable })),
    halt: rows.filter((r) => r.halt.length > 0).map((r) => ({ endpoint: r.name, platform: r.platform, file: r.file, line: r.line, rules: r.halt })),
  };
  // The views (summary, HTML, evidence, halt output) read these without the schema's parse: they modify
  // nothing and read fields by name; test/unit/checks/endpoints/facts.test.ts compares their output.
  return { status: 'passed', findings: [...fleet.findings, ...findings], facts: builtFacts(facts), outputs: [] };
}
