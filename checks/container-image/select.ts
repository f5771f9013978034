// Which images of an archive are the release: a `docker save` of several images or a multi-platform
// OCI index holds more than one. The manifest's `archiveImage` names it (tag, OCI ref name, digest or
// platform); without it, the images that match the deployed reference (digest, or name and tag) are
// chosen; when none does, every image is checked (fail closed: nothing is left out unseen).
import type { ArchiveImage } from './archive/read.js';
import { parseImageReference, type ImageReference } from './reference.js';

export interface Selection {
  images: ArchiveImage[];
  /** How they were chosen. */
  by: 'only image' | 'archiveImage' | 'image reference' | 'all images';
}

/** Platform as `os/architecture[/variant]`. */
export function platformOf(image: ArchiveImage): string | null {
  const c = image.config as { os?: string; architecture?: string; variant?: string };
  return c.os ? `${c.os}/${c.architecture ?? 'unknown'}${c.variant ? `/${c.variant}` : ''}` : null;
}

/** The names an image answers to: its tags (as written and normalised), its digests, its platform. */
export function imageNames(image: ArchiveImage): string[] {
  const names = new Set<string>([`sha256:${image.configDigest}`]);
  if (image.manifestDigest) names.add(`sha256:${image.manifestDigest}`);
  for (const t of image.repoTags) {
    names.add(t);
    const n = normalise(t);
    if (n) names.add(n);
  }
  const platform = platformOf(image);
  if (platform) names.add(platform);
  return [...names];
}

function normalise(s: string): string | undefined {
  try {
    const r = parseImageReference(s);
    return `${r.name}${r.tag !== undefined ? `:${r.tag}` : ''}${r.digest !== undefined ? `@${r.digest}` : ''}`;
  } catch {
    return undefined;
  }
}

/** Chooses the released images; throws an Error (the caller adds the manifest line) when `archiveImage` matches none. */
export function selectImages(images: readonly ArchiveImage[], archiveImage: string | undefined, ref: ImageReference | undefined): Selection {
  if (archiveImage !== undefined) {
    const want = new Set([archiveImage.trim(), normalise(archiveImage) ?? archiveImage.trim()]);
    const hit = images.filter((im) => imageNames(im).some((n) => want.has(n)));
    if (hit.length === 0) {
      const list = images.map((im, k) => `${k + 1}: ${[...im.repoTags, `sha256:${im.configDigest.slice(0, 12)}…`, platformOf(im) ?? ''].filter(Boolean).join(' ')}`).join('; ');
      throw new Error(`archiveImage ${JSON.stringify(archiveImage)} matches none of the ${images.length} image(s) in the archive (${list})`);
    }
    return { images: hit, by: 'archiveImage' };
  }
  if (images.length === 1) return { images: [...images], by: 'only image' };
  if (ref) {
    const digest = ref.pinned ? ref.digest : undefined;
    const nameTag = ref.tag !== undefined ? `${ref.name}:${ref.tag}` : undefined;
    const hit = images.filter((im) => {
      const names = imageNames(im);
      if (digest !== undefined && names.includes(digest)) return true;
      // An OCI ref name is often the tag alone.
      return nameTag !== undefined && (names.includes(nameTag) || im.repoTags.includes(ref.tag!));
    });
    if (hit.length) return { images: hit, by: 'image reference' };
  }
  return { images: [...images], by: 'all images' };
}
