// Rules over an image read from its archive: the config (user, environment, ports, age, healthcheck,
// history) and the layers' file headers (credential files, setuid/setgid, `..` names).
import type { Finding, Location } from '../../src/report/model.js';
import type { ArchiveImage } from './archive/read.js';
import type { ContainerImageConfig } from './config.js';
import type { ImageFacts } from './facts.js';
import { isRootUser, pipesDownloadToShell, portMatcher, secretEnv } from './match.js';
import { finding } from './rules.js';

export type { ImageFacts } from './facts.js';

const DAY_MS = 86_400_000;

export function inspectImage(image: ArchiveImage, config: ContainerImageConfig, now: Date, location: Location, label: string, dockerfileHealthcheck: boolean): { findings: Finding[]; facts: ImageFacts } {
  const findings: Finding[] = [];
  const c = image.config.config ?? {};
  const at = { location };
  const user = (c.User ?? '').trim();
  const runsAsRoot = isRootUser(user);
  if (runsAsRoot && !config.allowRootUser) {
    findings.push(finding('rootUser', `${label} runs as root (config User is ${user === '' ? 'empty' : JSON.stringify(user)})`, { ...at, target: `${label} user` }));
  }

  for (const e of c.Env ?? []) {
    if (typeof e !== 'string') continue;
    const eq = e.indexOf('=');
    const name = eq < 0 ? e : e.slice(0, eq);
    const value = eq < 0 ? '' : e.slice(eq + 1);
    const s = secretEnv(name, value, config.allowedEnv);
    if (s) {
      const why = s.why === 'value' ? `holds a value that looks like a ${s.type} secret` : 'has a secret-looking name and a value';
      findings.push(finding('envSecret', `${label}: environment variable ${name} ${why}`, { ...at, target: `env ${name}`, evidence: s.masked }));
    }
  }

  const exposedPorts = Object.keys(c.ExposedPorts ?? {}).sort();
  const portAllowed = portMatcher(config.allowedPorts);
  for (const p of exposedPorts) {
    if (!portAllowed(p)) {
      findings.push(finding('exposedPort', `${label} exposes port ${p}, which is not in allowedPorts`, { ...at, target: `port ${p}` }));
    }
  }

  const createdMs = image.config.created ? Date.parse(image.config.created) : NaN;
  const ageDays = Number.isFinite(createdMs) ? Math.floor((now.getTime() - createdMs) / DAY_MS) : null;
  if (ageDays === null) {
    findings.push(finding('imageTooOld', `${label} has no valid creation date, so its age cannot be checked`, { ...at, target: `${label} created` }));
  } else if (ageDays >= config.maxAgeDays) {
    findings.push(finding('imageTooOld', `${label} was created ${ageDays} days ago (${image.config.created}); the policy allows less than ${config.maxAgeDays}`, { ...at, target: `${label} created` }));
  }

  const test = c.Healthcheck?.Test;
  const healthcheck = Array.isArray(test) && test.length > 0 && test[0] !== 'NONE';
  if (config.requireHealthcheck && !healthcheck && !dockerfileHealthcheck) {
    findings.push(finding('healthcheckMissing', `${label} declares no HEALTHCHECK`, { ...at, target: `${label} healthcheck` }));
  }

  for (const [k, h] of (image.config.history ?? []).entries()) {
    const cmd = typeof h?.created_by === 'string' ? h.created_by : '';
    if (cmd && pipesDownloadToShell(cmd)) {
      findings.push(finding('pipeToShell', `${label}: history step ${k + 1} pipes a download into a shell`, { ...at, target: `history[${k}]`, evidence: cmd.length > 160 ? `${cmd.slice(0, 157)}…` : cmd }));
    }
  }

  for (const [k, layer] of image.layers.entries()) {
    for (const hit of layer.hits) {
      const where = `/${hit.path} (layer ${k + 1}, sha256:${layer.diffId.slice(0, 12)}…)`;
      if (hit.kind === 'credential') findings.push(finding('credentialFile', `${label}: credential-looking file ${where}`, { ...at, target: `/${hit.path}` }));
      else if (hit.kind === 'escape') findings.push(finding('layerPathEscape', `${label}: layer ${k + 1} has an entry escaping the root: ${hit.path}`, { ...at, target: hit.path }));
      else findings.push(finding('setuidFile', `${label}: ${hit.kind} file ${where}, mode ${(hit.mode & 0o7777).toString(8).padStart(4, '0')}`, { ...at, target: `/${hit.path}` }));
    }
    if (layer.hitsDropped) {
      findings.push(finding('credentialFile', `${label}: layer ${k + 1} has ${layer.hitsDropped} more suspicious files than are listed`, { ...at, target: `layer ${k + 1}`, severity: 'high' }));
    }
  }

  const platform = image.config.os ? `${image.config.os}/${image.config.architecture ?? 'unknown'}` : null;
  return {
    findings,
    facts: {
      configDigest: `sha256:${image.configDigest}`,
      manifestDigest: image.manifestDigest ? `sha256:${image.manifestDigest}` : null,
      repoTags: image.repoTags,
      platform,
      user,
      runsAsRoot,
      exposedPorts,
      created: image.config.created ?? null,
      ageDays,
      healthcheck,
      layerCount: image.layers.length,
      layerBytes: image.layers.reduce((n, l) => n + l.size, 0),
      uncompressedBytes: image.layers.reduce((n, l) => n + l.uncompressedSize, 0),
      layerEntries: image.layers.reduce((n, l) => n + l.entries, 0),
    },
  };
}
