// Every rule the dependency check can emit; ids are stable (`dependency/<rule-name>`).
import type { RuleDef } from '../../src/check.js';

export const RULES = {
  vulnerable: {
    id: 'dependency/vulnerable-package',
    title: 'Dependency with a known vulnerability',
    severity: 'high',
    help: 'An installed version of a dependency is affected by an OSV advisory (ranges evaluated with the ecosystem ordering: PEP 440, SemVer). Severity comes from the advisory CVSS score.',
    remediation: 'Upgrade to the fixed version named in the finding (the smallest that clears every known advisory of the package), or ignore the advisory in the policy with a reason and an expiry date.',
  },
  scanner: {
    id: 'dependency/scanner-finding',
    title: 'Finding reported by a scanner',
    severity: 'high',
    help: 'A vulnerability, misconfiguration or secret reported by an external scanner (Trivy, Grype, osv-scanner, pip-audit, npm audit), with its severity mapped to the gate ladder.',
    remediation: 'Fix as the scanner suggests (upgrade to the fixed version), or ignore the advisory in the policy with a reason and an expiry date.',
  },
  unorderable: {
    id: 'dependency/version-not-comparable',
    title: 'Version cannot be compared with an advisory',
    severity: 'high',
    help: 'The installed version, or a version in an advisory range, is not valid in the ecosystem ordering (PEP 440, SemVer), so the check cannot tell whether the package is affected. The gate fails closed.',
    remediation: 'Pin a version that follows the ecosystem scheme, or review the advisory by hand and ignore it in the policy.',
  },
  denied: {
    id: 'dependency/denied-package',
    title: 'Denied package',
    severity: 'high',
    help: 'The policy denies this package (or these versions of it) in a release.',
    remediation: 'Remove the package or move to a version outside the denied range.',
  },
  unpinned: {
    id: 'dependency/unpinned',
    title: 'Dependency not pinned',
    severity: 'medium',
    help: 'A Python requirement without an exact `==` pin, or an npm/lockfile entry without a locked version: the release may install a different version than the one checked.',
    remediation: 'Pin the exact version (`name==1.2.3`) or use a lockfile (`pip-compile`, `uv lock`, `poetry lock`, `npm install`).',
  },
  hashes: {
    id: 'dependency/missing-hash',
    title: 'Dependency without an artifact hash',
    severity: 'medium',
    help: 'The policy requires hashes (`requireHashes`) and this package has none, so the downloaded artifact is not verified.',
    remediation: 'Generate hashes: `pip-compile --generate-hashes`, `uv pip compile --generate-hashes`; lockfiles of poetry, uv and npm record them.',
  },
  license: {
    id: 'dependency/license-not-allowed',
    title: 'License not allowed',
    severity: 'high',
    help: 'The package license (an SPDX expression) is not satisfied by the policy allowLicenses list.',
    remediation: 'Replace the package, obtain a different license, or add the license to allowLicenses after legal review.',
  },
  licenseUnknown: {
    id: 'dependency/license-unknown',
    title: 'License cannot be determined',
    severity: 'medium',
    help: 'allowLicenses is set but the package license is not recorded by its lockfile or SBOM, or is not a valid SPDX expression. Severity follows `unknownLicense`.',
    remediation: 'Provide an SBOM with licenses (CycloneDX or SPDX), or set unknownLicense to "ignore" after review.',
  },
  ignoreExpired: {
    id: 'dependency/ignore-expired',
    title: 'Ignored advisory past its expiry',
    severity: 'high',
    help: 'An ignoreAdvisories entry is past its expiry date: the advisory counts again.',
    remediation: 'Fix the vulnerability, or renew the entry with a new expiry date after review.',
  },
  ignoreUnused: {
    id: 'dependency/ignore-unused',
    title: 'Ignored advisory matched nothing',
    severity: 'info',
    help: 'An ignoreAdvisories entry matched no finding.',
    remediation: 'Remove the entry if the vulnerability is fixed.',
  },
  invalidAdvisory: {
    id: 'dependency/invalid-advisory',
    title: 'Advisory record skipped',
    severity: 'info',
    help: 'An OSV record in the offline database does not validate against the OSV schema and the policy says `invalidAdvisories: skip`, so it was not used for matching.',
    remediation: 'Report the record to the database maintainers, or correct the mirror; with `invalidAdvisories: error` the check refuses the database.',
  },
  noAdvisories: {
    id: 'dependency/no-advisory-source',
    title: 'No advisory source',
    severity: 'high',
    help: 'Dependencies are listed but neither an offline OSV database, the OSV API nor a scanner report is configured, so no vulnerability could be checked.',
    remediation: 'Set `dependencies.advisories.osvDatabase` in the manifest, enable `dependency.osvApi` in the policy, or list scanner reports.',
  },
} as const satisfies Record<string, RuleDef>;
