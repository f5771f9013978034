// Every rule the container-image check can emit. Vocabulary from Dockle (CIS-DI-*), hadolint (DL*; its
// rule ids are cited, its GPL code is not used) and Trivy (DS-*); the implementations are our own.
import type { RuleDef } from '../../src/check.js';
import { redactUrls } from '../../src/detect/redact-url.js';
import type { Finding, Location, RuleTopic, Severity } from '../../src/report/model.js';

const r = (id: string, title: string, severity: Severity, topic: RuleTopic, help: string, remediation: string): RuleDef => ({
  id: `container-image/${id}`,
  title,
  severity,
  topic,
  help,
  remediation,
});

export const RULES = {
  // Reference
  referenceNotPinned: r(
    'reference-not-pinned',
    'Image reference not pinned by digest',
    'high', 'supply-chain',
    'The image to deploy is named by a tag only (or by a digest that is not sha256 with 64 hexadecimal characters). A tag can be moved to another image after the gate ran.',
    'Deploy by digest: `registry/repository:tag@sha256:<64 hex>` (`docker buildx imagetools inspect <ref>` prints it).',
  ),
  referenceLatest: r('reference-latest', 'Image reference uses latest', 'medium', 'supply-chain', 'The image reference uses the `latest` tag, written or implied (no tag and no digest): it says nothing about what is deployed.', 'Tag releases with a version and deploy by digest.'),
  registryNotAllowed: r(
    'registry-not-allowed',
    'Image registry not allowed',
    'high', 'supply-chain',
    'The normalised image reference starts with none of the policy `allowedRegistries` prefixes.',
    'Push the image to an allowed registry, or add its registry to `container-image.allowedRegistries` after review.',
  ),
  // Image config and layers (Dockle CIS-DI-*)
  rootUser: r('root-user', 'Image runs as root', 'high', 'security', 'The image config has no user, or a user that is root (`root`, `0`, `0:0`, `root:group`, `0:group`) — Dockle CIS-DI-0001.', 'Create an unprivileged user and end the Dockerfile with `USER <uid>:<gid>` (numeric ids work without /etc/passwd lookups).'),
  envSecret: r(
    'env-secret',
    'Secret in an environment variable',
    'high', 'security',
    'An environment variable baked into the image has a secret-looking name (PASSWORD, SECRET, TOKEN, KEY, ACCESS, CREDENTIAL…) and a value, or a value a secret detector recognises. Anyone who can pull the image can read it — Dockle CIS-DI-0010.',
    'Remove the variable from the image; pass secrets at run time (orchestrator secrets, mounted files). Rotate the secret: it has been published with the image.',
  ),
  credentialFile: r(
    'credential-file',
    'Credential file in an image layer',
    'high', 'security',
    'A layer contains a file that usually holds credentials (SSH private keys, .env, credentials.json, .netrc, .git-credentials, cloud CLI credentials…). A file deleted in a later layer is still in the earlier layer — Dockle CIS-DI-0010.',
    'Keep credentials out of the build context (.dockerignore) and use `RUN --mount=type=secret`; rotate any secret that was in the image.',
  ),
  setuidFile: r(
    'setuid-file',
    'setuid or setgid file',
    'medium', 'security',
    'A file in a layer has the setuid or setgid bit: it runs with its owner\'s or group\'s privileges and is a privilege-escalation path — Dockle CIS-DI-0008.',
    'Remove the bit (`RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +`) or list the path under `container-image.allowedSetuid`.',
  ),
  layerPathEscape: r('layer-path-escape', 'Layer entry escapes the root', 'high', 'security', 'A layer has an entry whose name contains `..`: extracting it would write outside the image root. Image builders never produce one.', 'Rebuild the image with a standard builder; do not deploy an image whose layers were crafted by hand.'),
  exposedPort: r('exposed-port', 'Exposed port not allowed', 'medium', 'security', 'The image exposes a port outside the policy `allowedPorts`.', 'Remove the `EXPOSE`, or add the port to `container-image.allowedPorts` after review.'),
  imageTooOld: r('image-too-old', 'Image too old', 'medium', 'supply-chain', 'The image was created more than `maxAgeDays` ago (or its creation date is missing): it has missed the security updates published since.', 'Rebuild the image on an up-to-date base and redeploy.'),
  healthcheckMissing: r('healthcheck-missing', 'No HEALTHCHECK', 'low', 'compliance', 'Neither the image config nor the Dockerfile declares a HEALTHCHECK (or it is `NONE`) — Dockle CIS-DI-0006.', 'Add `HEALTHCHECK CMD …` to the Dockerfile, or set `container-image.requireHealthcheck: false` when the orchestrator probes the service.'),
  pipeToShell: r(
    'download-piped-to-shell',
    'Download piped into a shell',
    'high', 'supply-chain',
    'A build step downloads a script and runs it unread (`curl … | sh`, `wget -O- … | bash`, `sh -c "$(curl …)"`): whatever the server returned at build time is in the image.',
    'Download to a file, verify its checksum or signature, then run it; or install from a package manager with pinned versions.',
  ),
  // Dockerfile (hadolint DL* vocabulary)
  baseNotPinned: r('dockerfile-base-not-pinned', 'Base image not pinned by digest', 'high', 'supply-chain', 'A `FROM` names its image by tag only: the base can change under the same Dockerfile (hadolint DL3006/DL3007 territory, stricter).', 'Pin the base: `FROM python:3.12-slim@sha256:<64 hex>`; let a bot (Renovate, Dependabot) update the digest.'),
  baseLatest: r('dockerfile-base-latest', 'Base image uses latest', 'medium', 'supply-chain', 'A `FROM` uses the `latest` tag, written or implied — hadolint DL3007.', 'Name a version tag (and a digest).'),
  lastUserRoot: r('dockerfile-user-root', 'Final stage runs as root', 'high', 'security', 'The last `USER` of the final stage is root, or the final stage sets no `USER` — hadolint DL3002, Trivy DS-0002.', 'End the final stage with `USER <non-root uid>`.'),
  addLocal: r('dockerfile-add-local', 'ADD used for local files', 'low', 'compliance', '`ADD` copies local files and folders that are not archives: `COPY` does the same without ADD\'s implicit extraction and URL fetching — hadolint DL3020.', 'Use `COPY`.'),
  addUrl: r('dockerfile-add-url', 'ADD fetches a URL', 'medium', 'supply-chain', '`ADD <url>` downloads at build time without verifying what it received (unless `--checksum` is given).', 'Use `ADD --checksum=sha256:<hex> <url>`, or download with curl and verify the checksum in a `RUN`.'),
  aptUnpinned: r('dockerfile-apt-unpinned', 'apt package version not pinned', 'medium', 'supply-chain', '`apt-get install` names a package without `=version` — hadolint DL3008.', 'Pin versions: `apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5`.'),
  apkUnpinned: r('dockerfile-apk-unpinned', 'apk package version not pinned', 'medium', 'supply-chain', '`apk add` names a package without `=version` — hadolint DL3018.', 'Pin versions: `apk add --no-cache curl=8.5.0-r0`.'),
  pipUnpinned: r('dockerfile-pip-unpinned', 'pip package version not pinned', 'medium', 'supply-chain', '`pip install` names a package without `==version` — hadolint DL3013.', 'Pin versions (`pip install flask==3.0.3`) or install from a locked requirements file with `-r` (ideally with `--require-hashes`).'),
  npmUnpinned: r('dockerfile-npm-unpinned', 'npm package version not pinned', 'medium', 'supply-chain', '`npm install` names a package without `@version` — hadolint DL3016.', 'Pin versions (`npm install express@4.19.2`) or use `npm ci` with a lockfile.'),
  pipCache: r('dockerfile-pip-cache', 'pip install keeps its cache', 'low', 'compliance', '`pip install` without `--no-cache-dir` leaves the download cache in the layer — hadolint DL3042.', 'Add `--no-cache-dir`, set `ENV PIP_NO_CACHE_DIR=1`, or use `RUN --mount=type=cache,target=/root/.cache/pip`.'),
  sudo: r('dockerfile-sudo', 'sudo in a RUN', 'medium', 'security', '`sudo` in a build step: unpredictable TTY and signal behaviour, and it usually means sudo is installed in the image — hadolint DL3004.', 'Run the step as root (`USER root` before, `USER app` after) and do not install sudo.'),
  dockerfileSecret: r(
    'dockerfile-secret',
    'Secret in ENV or ARG',
    'high', 'security',
    '`ENV` or `ARG` carries a secret-looking name or value: ENV values are stored in the image config and ARG values in its history — Docker build check SecretsUsedInArgOrEnv.',
    'Use `RUN --mount=type=secret,id=…` (BuildKit secrets) and pass secrets at run time; rotate any secret that was committed.',
  ),
  // Scanner reports
  vulnerability: r('vulnerability', 'Vulnerability reported by a scanner', 'high', 'security', 'Trivy or Grype reported a vulnerability in a package of the image; the finding carries the scanner\'s severity on the shared ladder.', 'Rebuild on a patched base or upgrade the package to a fixed version; ignore an advisory only with `ignoreAdvisories` (reason, expiry).'),
  misconfiguration: r('misconfiguration', 'Misconfiguration reported by a scanner', 'medium', 'security', 'Trivy reported a failed misconfiguration check (Dockerfile or image config).', 'Fix the configuration the scanner names; ignore it only with `ignoreAdvisories` (reason, expiry).'),
  scannerSecret: r('scanner-secret', 'Secret reported by a scanner', 'critical', 'security', 'Trivy reported a secret in the image or its files; the secret itself is never copied into the report.', 'Remove the secret from the image and rotate it.'),
  reportDigestMismatch: r(
    'report-digest-mismatch',
    'Scanner report is about another image',
    'high', 'supply-chain',
    'The image digest recorded in a scanner report differs from the image being released (the manifest `image` digest, or the archive\'s image id): the report scanned something else. An image report that records no digest cannot be tied to the image either.',
    'Scan the exact image by digest (`trivy image <ref>@sha256:…`, `grype <ref>@sha256:…`) and attach that report.',
  ),
  ignoreExpired: r('ignore-expired', 'Ignored advisory expired', 'high', 'compliance', 'An `ignoreAdvisories` entry is past its expiry date: the advisory counts again and the entry needs review.', 'Fix the finding, or renew the entry with a new expiry date after review.'),
  ignoreUnused: r('ignore-unused', 'Ignored advisory matched nothing', 'info', 'compliance', 'An `ignoreAdvisories` entry matched no scanner finding.', 'Remove the entry.'),
} as const satisfies Record<string, RuleDef>;

export type RuleKey = keyof typeof RULES;

/** Every finding of this check: a Dockerfile line or an image reference it quotes has its URL credentials masked. */
export function finding(key: RuleKey, message: string, extra: { location?: Location; target?: string; evidence?: string; severity?: Severity } = {}): Finding {
  const rule = RULES[key];
  const f: Finding = { ruleId: rule.id, severity: extra.severity ?? rule.severity, message: redactUrls(message), remediation: rule.remediation };
  if (extra.location) f.location = extra.location;
  if (extra.target !== undefined) f.target = redactUrls(extra.target);
  if (extra.evidence !== undefined) f.evidence = redactUrls(extra.evidence);
  return f;
}
