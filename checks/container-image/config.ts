// The manifest keys this check reads (section `container`) and its policy section `container-image`.
import { z } from 'zod';
import { SEVERITIES } from '../../src/report/model.js';
import { advisoryIgnoreSchema } from '../../src/vuln/ignore-schema.js';

const path = z.string().min(1).describe('Relative to the manifest folder');

export const REPORT_TOOLS = ['trivy', 'grype'] as const;

export const containerManifest = {
  container: {
    image: z.string().min(1).optional().describe('The image reference to deploy: registry/repository:tag@sha256:<64 hex>'),
    archive: path
      .optional()
      .describe('The built image: a `docker save` tarball, an OCI image layout folder, or a tar of one (gzip-compressed tars are read too)'),
    archiveImage: z
      .string()
      .min(1)
      .optional()
      .describe('Which image of a multi-image archive is released: a repo tag (ghcr.io/acme/server:1.0), an OCI ref name, an image id or manifest digest (sha256:…), or a platform (linux/amd64); absent: the image matching `image`, else every image'),
    dockerfile: path.optional().describe('The Dockerfile the image was built from'),
    reports: z
      .array(z.union([path, z.strictObject({ path, tool: z.enum(REPORT_TOOLS).optional().describe('Checked against the detected format') })]))
      .default([])
      .describe('Trivy (`--format json`) or Grype (`-o json`) reports of the image'),
  },
};

const severity = z.enum(SEVERITIES);

export const ignoreAdvisorySchema = advisoryIgnoreSchema({
  id: 'Vulnerability id or alias (CVE-…, GHSA-…), misconfiguration id (DS-0002) or secret rule id',
  package: 'Only for this package (name, or purl such as pkg:deb/debian/openssl); absent: every package',
});
export type IgnoreAdvisory = z.infer<typeof ignoreAdvisorySchema>;

const port = z.union([
  z.number().int().min(1).max(65535),
  z.string().regex(/^[0-9]{1,5}(-[0-9]{1,5})?(\/(tcp|udp|sctp))?$/, 'expected a port, a range "8000-8002", optionally with "/tcp", "/udp" or "/sctp"'),
]);

export const DEFAULT_ALLOWED_PORTS = [80, 443, 8000, 8080, 8443, 8500, 8501];
export const DEFAULT_ENV_ALLOWLIST = ['GPG_KEY', '*_GPG_KEY', '*_GPG_KEYS', '*_FILE'];

export const containerImageConfigSchema = z
  .strictObject({
    requireDigest: z.boolean().default(true).describe('The image reference must be pinned: @sha256: and 64 hexadecimal characters'),
    forbidLatest: z.boolean().default(true).describe('No `latest` tag, explicit or implied (no tag and no digest)'),
    allowedRegistries: z
      .array(z.string().min(1))
      .optional()
      .describe('Prefixes of the normalised reference (docker.io/library/, ghcr.io/acme); absent: any registry'),
    allowRootUser: z.boolean().default(false).describe('Accept an image (or final Dockerfile stage) that runs as root'),
    allowedEnv: z
      .array(z.string().min(1))
      .default(DEFAULT_ENV_ALLOWLIST)
      .describe('Environment variable names ("*" globs) never reported as secrets'),
    credentialFiles: z.array(z.string().min(1)).default([]).describe('Extra credential file patterns (globs on the path inside the image; no "/" matches the file name)'),
    allowedFiles: z.array(z.string().min(1)).default([]).describe('Paths inside the image ("*" globs) never reported as credential files'),
    allowedSetuid: z.array(z.string().min(1)).default([]).describe('Paths inside the image ("*" globs) allowed to be setuid or setgid'),
    allowedPorts: z.array(port).default(DEFAULT_ALLOWED_PORTS).describe('Ports the image may expose (a bare number is tcp)'),
    maxAgeDays: z.number().positive().default(90).describe('The image must have been created less than this many days ago'),
    requireHealthcheck: z.boolean().default(true).describe('The image config (or the Dockerfile) must declare a HEALTHCHECK'),
    failOnSeverity: severity
      .default('low')
      .describe('Scanner findings below this severity are reported at severity info (they do not block); the gate failOn still applies to the rest'),
    unknownSeverity: severity.default('high').describe('Severity of a scanner finding that carries no usable severity (fail closed)'),
    ignoreAdvisories: z.array(ignoreAdvisorySchema).default([]),
    maxLayerEntries: z
      .number()
      .int()
      .positive()
      .default(10_000_000)
      .describe('Stop with an error when a layer holds more entries than this (a tar bomb guard)'),
  })
  .default({
    requireDigest: true,
    forbidLatest: true,
    allowRootUser: false,
    allowedEnv: DEFAULT_ENV_ALLOWLIST,
    credentialFiles: [],
    allowedFiles: [],
    allowedSetuid: [],
    allowedPorts: DEFAULT_ALLOWED_PORTS,
    maxAgeDays: 90,
    requireHealthcheck: true,
    failOnSeverity: 'low',
    unknownSeverity: 'high',
    ignoreAdvisories: [],
    maxLayerEntries: 10_000_000,
  })
  .describe('Container image check: reference pinning, image inspection, Dockerfile rules, scanner reports');

export type ContainerImageConfig = z.output<typeof containerImageConfigSchema>;
