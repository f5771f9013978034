// The facts the dependency check reports (custom policy rules read them as facts.dependency). The schema
// is the reference: strict objects, so a field added to run.ts without one here fails its tests.
import { z } from 'zod';
import { SEVERITIES } from '../../src/report/model.js';

// Built on first use: every facts module is imported with the registry at start-up, and a run needs
// the schemas only of the checks that ran, when it reports. z.lazy calls `define` once, on first parse.
function define() {
  const count = z.number().int().nonnegative();
  const line = z.number().int().positive().describe('1-based line in the file');
  const counts = z.record(z.string(), count);

  const fileFacts = z.strictObject({
    file: z.string().describe('Workspace-relative path of the lockfile or SBOM'),
    format: z.string().describe('Lockfile format read (requirements, poetry.lock, …, sbom)'),
    packages: count,
    byEcosystem: counts,
  });

  const vulnerableFacts = z.strictObject({
    package: z.string(),
    ecosystem: z.string().describe('OSV ecosystem (PyPI, npm) or conda'),
    version: z.string(),
    file: z.string(),
    line,
    advisories: z.array(z.string()).describe('Advisory ids of one vulnerability (several when sources agree)'),
    aliases: z.array(z.string()).describe('Other ids of the same vulnerability (CVE-…, GHSA-…)'),
    severity: z.enum(SEVERITIES).describe("The advisory's severity, or the policy's unknownSeverity when it gives none"),
    fix: z.string().nullable().describe('Smallest version clearing every advisory of the package; null when none is published'),
    ignored: z.boolean().describe('Matched an ignoreAdvisories entry: listed, but no finding'),
  });

  const licenseFacts = z.strictObject({
    counts: counts.describe('Checked dependencies per normalised license (SPDX id or expression; "unknown" when none)'),
    violations: z
      .array(z.strictObject({ package: z.string(), version: z.string().nullable(), license: z.string().nullable().describe('null: the license cannot be determined') }))
      .describe('Once per package version, when allowLicenses is set'),
  });

  const unpinnedFacts = z.strictObject({
    package: z.string(),
    specifier: z.string().nullable().describe('The requirement as written (">=1.2", a URL); null when it names no version'),
    file: z.string(),
    line,
  });

  const advisoryFacts = z.strictObject({
    source: z.string().describe('Where advisories came from: none, offline, api, offline+api, or "offline (API failed)"'),
    records: count.describe('Advisories loaded'),
    withdrawn: count.describe('Withdrawn advisories, ignored'),
    packages: count.describe('Packages the offline database (else the API answer) has advisories for'),
  });

  const reportFacts = z.strictObject({ file: z.string(), tool: z.string(), findings: count });

  const markerFacts = z
    .strictObject({
      evaluated: z.boolean().describe('The policy gives an environment, so markers were evaluated'),
      environment: z.record(z.string(), z.string()).nullable().describe('The policy environment (PEP 508 marker variables); null when not given'),
      withMarkers: count.describe('In-scope dependencies that carry a marker'),
      excluded: z
        .array(z.strictObject({ package: z.string(), version: z.string().nullable(), marker: z.string(), file: z.string(), line }))
        .describe('Not installed in the target environment, so not checked'),
      undecided: z
        .array(z.strictObject({ package: z.string(), marker: z.string(), missing: z.array(z.string()), file: z.string(), line }))
        .describe('The marker uses variables the environment does not give: checked as if installed'),
    })
    .describe('Environment markers, evaluated against the policy `environment` when it is given');

  const inventoryFacts = z
    .array(
      z.strictObject({
        ecosystem: z.string(),
        name: z.string(),
        version: z.string().nullable().describe('null when not pinned'),
        hashes: z.array(z.string()).optional().describe('Artifact digests the file pins (algorithm:hex); absent when it pins none'),
        license: z.string().optional().describe('License as the lockfile or SBOM records it; absent when it records none'),
        scope: z.enum(['runtime', 'development']).optional(),
        dependsOn: z.array(z.string()).optional().describe('What it requires, name@version, when the lockfile records the graph (package-lock)'),
      }),
    )
    .describe('Every package once per (ecosystem, name, version), all scopes; the lineage check diffs it against the last known-good report');

  const dependencyFactsSchema = z.strictObject({
    files: z.array(fileFacts),
    packages: z.strictObject({
      total: count.describe('Dependencies in every file, all scopes'),
      byEcosystem: counts,
      byScope: counts.describe('runtime, development'),
      checked: count.describe('In the policy scopes and installed in the target environment'),
    }),
    vulnerable: z.array(vulnerableFacts).describe('One entry per vulnerability of a checked package version, ignored ones included'),
    vulnerabilities: count.describe('Vulnerable entries not ignored'),
    bySeverity: z.record(z.enum(SEVERITIES), count).describe('Vulnerabilities not ignored, per severity'),
    licenses: licenseFacts,
    unpinned: z.array(unpinnedFacts),
    missingHashes: count.describe('Pinned dependencies without an artifact hash, counted when requireHashes is set'),
    denied: count.describe('Dependencies matching denyPackages'),
    advisories: advisoryFacts,
    reports: z.array(reportFacts).describe('Scanner reports read, with the number of findings each listed'),
    markers: markerFacts,
    inventory: inventoryFacts,
  });
  return { dependencyFactsSchema };
}

type Defined = ReturnType<typeof define>;

export const dependencyFactsSchema = z.lazy(() => define().dependencyFactsSchema);

export type DependencyFacts = z.infer<Defined['dependencyFactsSchema']>;
