// The container-image check's part of the ML-BOM: the serving image as a `container` component by
// digest (with whether the archive's blobs were verified against it), its pinned base images, and the
// vulnerabilities scanner reports listed, with the VEX analysis a waiver implies.
import { bomHashOf } from '../../src/bom/purl.js';
import type { BomComponentPart, BomHash, BomPart, BomVulnerabilityPart } from '../../src/bom/part.js';
import type { CheckReport } from '../../src/report/model.js';
import type { ContainerImageFacts } from './facts.js';
import { RULES } from './rules.js';

/** registry/repository[:tag][@sha256:…] → the parts a component names, or undefined when it is not pinned. */
function pinnedImage(ref: string): { name: string; tag?: string; digest: string } | undefined {
  const m = /^(.+?)(?::([\w][\w.-]{0,127}))?@(sha256:[0-9a-f]{64})$/.exec(ref);
  return m ? { name: m[1]!, ...(m[2] ? { tag: m[2] } : {}), digest: m[3]! } : undefined;
}

/** purl of an OCI image (purl-spec `oci` type): the last path segment, the digest as version, the repository as a qualifier. */
function ociPurl(name: string, digest: string, tag?: string): string {
  const last = name.slice(name.lastIndexOf('/') + 1);
  const q = [`repository_url=${encodeURIComponent(name)}`, ...(tag ? [`tag=${encodeURIComponent(tag)}`] : [])].join('&');
  return `pkg:oci/${encodeURIComponent(last)}@${encodeURIComponent(digest)}?${q}`;
}

function imageComponent(name: string, digest: string, tag: string | undefined, extra: Partial<BomComponentPart>): BomComponentPart {
  const hash = bomHashOf(digest);
  return {
    ref: `image:${digest}`,
    type: 'container',
    name,
    version: tag ?? digest,
    purl: ociPurl(name, digest, tag),
    ...(hash ? { hashes: [hash as BomHash] } : {}),
    ...extra,
  };
}

function vulnerabilities(check: CheckReport, affects: string): BomVulnerabilityPart[] {
  return check.findings
    .filter((f) => f.ruleId === RULES.vulnerability.id && f.target)
    .map((f) => {
      const [id, pkg] = f.target!.split(' ');
      return {
        id: id!,
        ratings: [{ severity: f.severity, source: 'scanner report' }],
        affects: [affects],
        ...(pkg ? { description: `In the image's package ${pkg}.` } : {}),
        ...(f.waiver ? { analysis: { decision: 'waived' as const, reason: f.waiver.reason, responder: f.waiver.owner, expires: f.waiver.expires } } : {}),
      };
    });
}

export function containerImageBom(facts: ContainerImageFacts, check: CheckReport): BomPart {
  const ref = facts.reference;
  const digest = facts.digest && /^sha256:[0-9a-f]{64}$/.test(facts.digest) ? facts.digest : undefined;
  if (!digest) return {};
  const images = facts.archive?.images ?? [];
  const verified = images.some((i) => i.manifestDigest === digest);
  const bases = (facts.dockerfile?.baseImages ?? []).flatMap((b) => {
    const p = b.stageRef ? undefined : pinnedImage(b.image);
    return p ? [imageComponent(p.name, p.digest, p.tag, { description: 'Base image named by the Dockerfile (FROM), pinned by digest; not part of the verified archive.' })] : [];
  });
  const name = ref ? `${ref.registry}/${ref.repository}` : (images[0]?.repoTags[0]?.replace(/:[^:/]*$/, '') ?? 'image');
  const image = imageComponent(name, digest, ref?.tag ?? undefined, {
    description: 'The image that serves the model.',
    properties: [
      { name: 'modelgate:image:archive-verified', value: String(verified) },
      ...(facts.imageId ? [{ name: 'modelgate:image:config-digest', value: facts.imageId }] : []),
      ...(facts.user !== null ? [{ name: 'modelgate:image:user', value: facts.user }] : []),
      ...(facts.runsAsRoot !== null ? [{ name: 'modelgate:image:runs-as-root', value: String(facts.runsAsRoot) }] : []),
    ],
    ...(bases.length ? { dependsOn: bases.map((b) => b.ref) } : {}),
  });
  return { components: [image, ...bases], vulnerabilities: vulnerabilities(check, image.ref) };
}
