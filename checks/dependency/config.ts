// The policy section `dependency`: the vocabulary of GitHub's dependency-review-action where one exists.
import { z } from 'zod';
import { SEVERITIES } from '../../src/report/model.js';
import { advisoryIgnoreSchema } from '../../src/vuln/ignore-schema.js';
import { MARKER_VARIABLES, type MarkerVariable } from './marker-variables.js';

const severity = z.enum(SEVERITIES);

export const ignoreAdvisorySchema = advisoryIgnoreSchema({
  id: 'Advisory id or alias (PYSEC-…, GHSA-…, CVE-…)',
  package: 'Only for this package (name or purl); absent: every package',
});
export type IgnoreAdvisory = z.infer<typeof ignoreAdvisorySchema>;

export const denyPackageSchema = z.union([
  z.string().min(1).describe('A package name (any ecosystem) or a purl (pkg:pypi/name, pkg:npm/name@1.2.3)'),
  z.strictObject({
    package: z.string().min(1).describe('Name or purl'),
    versions: z.string().min(1).optional().describe('Version range in the ecosystem syntax: PEP 440 specifiers (">=1,<2") or a SemVer range ("<4.17.21"); absent: every version'),
    reason: z.string().min(1).optional(),
  }),
]);
export type DenyPackage = z.infer<typeof denyPackageSchema>;

// Strings only: YAML reads an unquoted 3.10 as the number 3.1, so a number is refused, not converted.
const markerValue = z.string().min(1);
const environmentSchema = z
  .strictObject(Object.fromEntries(MARKER_VARIABLES.map((v) => [v, markerValue.optional()])) as Record<MarkerVariable, z.ZodOptional<typeof markerValue>>)
  .describe('The target environment (PEP 508 marker variables: python_version, sys_platform, platform_machine…); requirements whose environment marker is false there are not installed, so not checked');

export const dependencyConfigSchema = z
  .strictObject({
    failOnSeverity: severity
      .default('low')
      .describe('Vulnerabilities below this severity are reported at severity info (they do not block); the gate failOn still applies to the rest'),
    unknownSeverity: severity.default('high').describe('Severity of an advisory that carries no usable severity (fail closed)'),
    ignoreAdvisories: z.array(ignoreAdvisorySchema).default([]),
    denyPackages: z.array(denyPackageSchema).default([]),
    requirePinned: z.boolean().default(true).describe('Every Python requirement pinned with ==, every npm dependency locked'),
    requireHashes: z.boolean().default(false).describe('Every pinned package carries an artifact hash (--hash, lockfile hashes)'),
    allowLicenses: z.array(z.string().min(1)).optional().describe('SPDX license ids allowed; absent: licenses are counted, not enforced'),
    unknownLicense: z
      .enum([...SEVERITIES, 'ignore'])
      .default('medium')
      .describe('Severity of a package whose license cannot be determined when allowLicenses is set, or "ignore"'),
    scopes: z
      .array(z.enum(['runtime', 'development']))
      .min(1)
      .default(['runtime', 'development'])
      .describe('Dependency scopes that are checked'),
    invalidAdvisories: z
      .enum(['error', 'skip'])
      .default('error')
      .describe('An OSV record that fails the OSV schema: "error" (the check cannot run) or "skip" (not used; each one an info finding)'),
    environment: environmentSchema.optional(),
    condaAsPyPI: z.boolean().default(true).describe('Match conda channel packages against PyPI advisories (same upstream projects)'),
    osvApi: z
      .strictObject({
        enabled: z.boolean().default(false),
        url: z.url().default('https://api.osv.dev'),
        timeoutSeconds: z.number().positive().max(300).default(30),
        retries: z.number().int().min(0).max(10).default(2),
        batchSize: z.number().int().min(1).max(1000).default(500),
        offlineFallback: z.boolean().default(false).describe('When the API fails, continue with the offline database (a warning) instead of an error'),
      })
      .default({ enabled: false, url: 'https://api.osv.dev', timeoutSeconds: 30, retries: 2, batchSize: 500, offlineFallback: false })
      .describe('The OSV API (/v1/querybatch), queried in addition to the offline database'),
  })
  .default({
    failOnSeverity: 'low',
    unknownSeverity: 'high',
    ignoreAdvisories: [],
    denyPackages: [],
    requirePinned: true,
    requireHashes: false,
    unknownLicense: 'medium',
    scopes: ['runtime', 'development'],
    invalidAdvisories: 'error',
    condaAsPyPI: true,
    osvApi: { enabled: false, url: 'https://api.osv.dev', timeoutSeconds: 30, retries: 2, batchSize: 500, offlineFallback: false },
  })
  .describe('Dependency check: vulnerabilities, pinning, hashes and licenses');

export type DependencyConfig = z.output<typeof dependencyConfigSchema>;
