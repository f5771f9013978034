// The facts the container-image check reports (custom policy rules read them as facts['container-image']).
// The schema is the reference: strict objects, so a field added in run.ts, inspect.ts, reports.ts or
// dockerfile/rules.ts without one here fails its tests.
import { z } from 'zod';

// Built on first use: every facts module is imported with the registry at start-up, and a run needs
// the schemas only of the checks that ran, when it reports. z.lazy calls `define` once, on first parse.
function define() {
  const count = z.number().int().nonnegative();
  const digest = z.string().describe('sha256:<64 hex>');

  const dockerfileFactsSchema = z.strictObject({
    stages: count,
    baseImages: z.array(
      z.strictObject({
        image: z.string().describe('The FROM image, normalised (registry/repository[:tag][@digest]) when it parses; else as written with global ARGs substituted'),
        line: z.number().int().positive(),
        pinned: z.boolean().describe('Pinned by a sha256 digest (true for scratch and build stages)'),
        stageRef: z.boolean().describe('Names an earlier build stage, not an image'),
      }),
    ),
    finalUser: z.string().nullable().describe('USER of the final stage; null when it sets none'),
    healthcheck: z.boolean().describe('The final stage declares a HEALTHCHECK (not NONE)'),
    exposedPorts: z.array(z.string()).describe('EXPOSE of the final stage, as port/protocol'),
  });

  const imageFactsSchema = z.strictObject({
    configDigest: digest.describe('The image id: digest of its config'),
    manifestDigest: digest.nullable().describe('Digest of its manifest; null when the archive has none (docker save)'),
    repoTags: z.array(z.string()),
    platform: z.string().nullable().describe('os/architecture; null when the config names no os'),
    user: z.string().describe('Config User as written; empty means root'),
    runsAsRoot: z.boolean(),
    exposedPorts: z.array(z.string()).describe('port/protocol, sorted'),
    created: z.string().nullable().describe('Config creation date as written'),
    ageDays: z.number().int().nullable().describe('Whole days from created to the run; null when created is missing or invalid'),
    healthcheck: z.boolean(),
    layerCount: count,
    layerBytes: count.describe('Stored (possibly compressed) bytes of all layers'),
    uncompressedBytes: count.describe('Uncompressed bytes of all layers'),
    layerEntries: count.describe('Entries (files, links, folders) in all layers'),
  });

  const reportFactsSchema = z.strictObject({
    path: z.string(),
    tool: z.enum(['trivy', 'grype']),
    image: z.boolean().describe('Image report (Trivy ArtifactType container_image, Grype source.type image)'),
    artifact: z.string().nullable().describe('What the report says it scanned, as the tool names it'),
    digests: z.array(digest).describe('Digests the report records for what it scanned'),
    digestMatches: z.boolean().nullable().describe("Compared with the release's digests; null when there was nothing to compare"),
    findings: z.strictObject({ vulnerability: count, misconfiguration: count, secret: count }).describe('Findings in the report per kind, ignored ones included'),
    ignored: count.describe('Findings hidden by ignoreAdvisories'),
  });

  const archiveFactsSchema = z.strictObject({
    path: z.string(),
    format: z.enum(['docker-save', 'oci-layout', 'oci-tar']),
    images: z.array(imageFactsSchema).describe('The images checked'),
    verifiedBlobs: count.describe('Blobs whose sha256 was verified against their name'),
    imageCount: count.describe('Images in the archive'),
    selectedBy: z.enum(['only image', 'archiveImage', 'image reference', 'all images']).describe('How the checked images were chosen'),
    available: z
      .array(z.strictObject({ imageId: digest, manifestDigest: digest.nullable(), tags: z.array(z.string()), platform: z.string().nullable(), selected: z.boolean() }))
      .optional()
      .describe('Every image of the archive, when it holds several'),
  });

  const referenceFactsSchema = z.strictObject({
    raw: z.string().describe('As written in the manifest'),
    normalized: z.string().describe('registry/repository[:tag][@digest]'),
    registry: z.string(),
    repository: z.string(),
    tag: z.string().nullable(),
    digest: z.string().nullable().describe('algorithm:hex as written'),
    pinned: z.boolean().describe('The digest is sha256 with 64 lowercase hexadecimal characters'),
  });

  const containerImageFactsSchema = z
    .strictObject({
      reference: referenceFactsSchema.nullable().describe('The manifest `image`; null when absent'),
      digest: z.string().nullable().describe("The reference's digest, else the first checked image's manifest digest"),
      imageId: digest.nullable().describe('Config digest of the first checked image'),
      user: z.string().nullable().describe("The first checked image's User, else the Dockerfile's final USER"),
      runsAsRoot: z.boolean().nullable().describe('Of the first checked image; null without an archive'),
      exposedPorts: z.array(z.string()).describe("The first checked image's, else the Dockerfile's"),
      created: z.string().nullable(),
      ageDays: z.number().int().nullable(),
      layerCount: count.nullable(),
      layerBytes: count.nullable(),
      uncompressedBytes: count.nullable(),
      archive: archiveFactsSchema.nullable(),
      dockerfile: z.strictObject({ path: z.string(), ...dockerfileFactsSchema.shape }).nullable(),
      reports: z.array(reportFactsSchema),
      findingsPerRule: z.record(z.string(), count).describe('Findings of this check per rule id'),
    })
    .describe('created, ageDays and the layer figures are those of the first checked image of the archive; null without one');
  return { archiveFactsSchema, dockerfileFactsSchema, imageFactsSchema, reportFactsSchema, containerImageFactsSchema };
}

type Defined = ReturnType<typeof define>;

export const containerImageFactsSchema = z.lazy(() => define().containerImageFactsSchema);

export type DockerfileFacts = z.infer<Defined['dockerfileFactsSchema']>;
export type ImageFacts = z.infer<Defined['imageFactsSchema']>;
export type ReportFacts = z.infer<Defined['reportFactsSchema']>;
export type ArchiveFacts = z.infer<Defined['archiveFactsSchema']>;
export type ContainerImageFacts = z.infer<Defined['containerImageFactsSchema']>;
