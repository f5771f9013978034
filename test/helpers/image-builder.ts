// Seeded image fixtures made by code: docker-save tarballs (legacy layout), OCI image layout folders
// and OCI tars, with chosen config, layers, file modes (setuid), credential files and secrets.
// Everything streams through temporary files, so the bench can build multi-GiB archives in flat memory.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';

export interface FileSpec {
  path: string;
  /** Literal content, or `size` bytes of seeded pseudo-random data. */
  content?: string | Uint8Array;
  size?: number;
  mode?: number;
  type?: 'file' | 'directory' | 'symlink';
  linkname?: string;
}

export interface LayerSpec {
  files: FileSpec[];
  compression?: 'none' | 'gzip';
}

export interface ImageSpec {
  seed?: number;
  layers: LayerSpec[];
  /** Merged into the config's `config` object (User, Env, ExposedPorts, Healthcheck…). */
  config?: Record<string, unknown>;
  created?: string;
  /** history[].created_by, one per line (default: one entry per layer). */
  history?: string[];
  repoTags?: string[];
  /** Replace the config document entirely (bad-input tests). */
  rawConfig?: string;
}

export interface BuildOptions {
  /** Member names (archive paths) to leave out. */
  omit?: string[];
  /** Member names whose content gets one byte flipped after the digests were computed. */
  corrupt?: string[];
  /** Extra members appended as written (e.g. "../evil"). */
  extra?: Array<{ name: string; content: string }>;
  /** Replace manifest.json / index.json content. */
  manifestJson?: string;
  /** docker-save: put manifest.json first instead of last. */
  manifestFirst?: boolean;
}

export interface BuiltImage {
  configDigest: string;
  manifestDigest?: string;
  diffIds: string[];
  layerDigests: string[];
  /** Archive path of each layer. */
  layerPaths: string[];
  configPath: string;
}

/** xorshift32 filling: fast, seeded, not cryptographic. */
export function seededBytes(seed: number, size: number, chunk = 1 << 20): AsyncIterable<Buffer> {
  let s = seed >>> 0 || 0x9e3779b9;
  return {
    async *[Symbol.asyncIterator]() {
      for (let left = size; left > 0; ) {
        const n = Math.min(left, chunk);
        const buf = Buffer.allocUnsafe(Math.ceil(n / 4) * 4);
        const u32 = new Uint32Array(buf.buffer, buf.byteOffset, buf.length / 4);
        for (let k = 0; k < u32.length; k++) {
          s ^= s << 13;
          s ^= s >>> 17;
          s ^= s << 5;
          u32[k] = s >>> 0;
        }
        left -= n;
        yield buf.subarray(0, n);
      }
    },
  };
}

function hashTap(hash: ReturnType<typeof createHash>): Transform {
  return new Transform({
    transform(chunk: Buffer, _e, cb: TransformCallback) {
      hash.update(chunk);
      cb(null, chunk);
    },
  });
}

async function writeEntry(pack: tar.Pack, header: tar.Header | { name: string; size?: number; mode?: number; type?: tar.Header['type']; linkname?: string }, body?: AsyncIterable<Buffer> | Buffer): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    if (body === undefined || Buffer.isBuffer(body)) {
      pack.entry(header as tar.Header, body ?? Buffer.alloc(0), (err) => (err ? reject(err) : resolve()));
      return;
    }
    const sink = pack.entry(header as tar.Header, (err) => (err ? reject(err) : resolve()));
    (async () => {
      for await (const c of body) if (!sink.write(c)) await new Promise<void>((r) => sink.once('drain', () => r()));
      sink.end(() => undefined);
    })().catch(reject);
  });
}

/** Writes one layer to `file`; returns its digests. */
async function writeLayer(file: string, layer: LayerSpec, seed: number): Promise<{ digest: string; diffId: string; size: number }> {
  const pack = tar.pack();
  const unc = createHash('sha256');
  const raw = createHash('sha256');
  const src = new PassThrough();
  (pack as unknown as NodeJS.ReadableStream).pipe(src);
  const done = pipeline(src, hashTap(unc), ...(layer.compression === 'gzip' ? [createGzip({ level: 1 })] : []), hashTap(raw), createWriteStream(file));
  let k = 0;
  for (const f of layer.files) {
    const mtime = new Date('2024-01-01T00:00:00Z');
    if (f.type === 'directory' || f.type === 'symlink') {
      await writeEntry(pack, { name: f.path, type: f.type, mode: f.mode ?? 0o755, linkname: f.linkname ?? '', size: 0, mtime } as tar.Header);
      continue;
    }
    const content = f.content !== undefined ? Buffer.from(f.content) : undefined;
    const size = content?.length ?? f.size ?? 0;
    await writeEntry(pack, { name: f.path, size, mode: f.mode ?? 0o644, type: 'file', mtime } as tar.Header, content ?? seededBytes(seed + k++, size));
  }
  pack.finalize();
  await done;
  return { digest: raw.digest('hex'), diffId: unc.digest('hex'), size: statSync(file).size };
}

interface Prepared {
  tmp: string;
  layers: Array<{ file: string; digest: string; diffId: string; size: number; gzip: boolean }>;
  config: Buffer;
  configDigest: string;
}

async function prepare(spec: ImageSpec): Promise<Prepared> {
  const tmp = mkdtempSync(join(tmpdir(), 'modelgate-image-'));
  const seed = spec.seed ?? 1;
  const layers: Prepared['layers'] = [];
  for (const [i, l] of spec.layers.entries()) {
    const file = join(tmp, `layer-${i}`);
    layers.push({ file, ...(await writeLayer(file, l, seed * 1000 + i * 100)), gzip: l.compression === 'gzip' });
  }
  const created = spec.created ?? '2026-05-01T00:00:00Z';
  const config =
    spec.rawConfig ??
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      created,
      config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], ...spec.config },
      rootfs: { type: 'layers', diff_ids: layers.map((l) => `sha256:${l.diffId}`) },
      history: (spec.history ?? spec.layers.map((_, i) => `/bin/sh -c #(nop) COPY dir:${i} in / `)).map((c) => ({ created, created_by: c })),
    });
  const buf = Buffer.from(config);
  return { tmp, layers, config: buf, configDigest: createHash('sha256').update(buf).digest('hex') };
}

function maybeCorrupt(name: string, body: Buffer, opts: BuildOptions): Buffer {
  if (!opts.corrupt?.includes(name)) return body;
  const copy = Buffer.from(body);
  copy[copy.length >> 1] = (copy[copy.length >> 1] ?? 0) ^ 0xff;
  return copy;
}

async function* fileBody(name: string, file: string, opts: BuildOptions): AsyncIterable<Buffer> {
  let first = true;
  for await (const c of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    yield first && opts.corrupt?.includes(name) ? maybeCorrupt(name, c, opts) : c;
    first = false;
  }
}

async function packTo(path: string, members: Array<{ name: string; body: Buffer | { file: string } }>, opts: BuildOptions): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const pack = tar.pack();
  const src = new PassThrough();
  (pack as unknown as NodeJS.ReadableStream).pipe(src);
  const done = pipeline(src, createWriteStream(path));
  for (const m of members) {
    if (opts.omit?.includes(m.name)) continue;
    if (Buffer.isBuffer(m.body)) await writeEntry(pack, { name: m.name, size: m.body.length, mode: 0o644 }, maybeCorrupt(m.name, m.body, opts));
    else await writeEntry(pack, { name: m.name, size: statSync(m.body.file).size, mode: 0o644 }, fileBody(m.name, m.body.file, opts));
  }
  for (const e of opts.extra ?? []) await writeEntry(pack, { name: e.name, size: Buffer.byteLength(e.content), mode: 0o644 }, Buffer.from(e.content));
  pack.finalize();
  await done;
}

/** A `docker save` tarball in the legacy layout: <id>/layer.tar, <config sha256>.json, manifest.json, repositories. */
export async function writeDockerSave(path: string, spec: ImageSpec, opts: BuildOptions = {}): Promise<BuiltImage> {
  const p = await prepare(spec);
  try {
    const configPath = `${p.configDigest}.json`;
    const layerPaths = p.layers.map((l) => `${l.diffId}/layer.tar`);
    const repoTags = spec.repoTags ?? ['example.com/acme/model-server:1.0.0'];
    const manifest = Buffer.from(opts.manifestJson ?? JSON.stringify([{ Config: configPath, RepoTags: repoTags, Layers: layerPaths }]));
    const members: Array<{ name: string; body: Buffer | { file: string } }> = [];
    p.layers.forEach((l, i) => {
      members.push({ name: `${l.diffId}/VERSION`, body: Buffer.from('1.0') }, { name: layerPaths[i]!, body: { file: l.file } });
    });
    members.push({ name: configPath, body: p.config });
    const man = { name: 'manifest.json', body: manifest };
    if (opts.manifestFirst) members.unshift(man);
    else members.push(man);
    await packTo(path, members, opts);
    return { configDigest: p.configDigest, diffIds: p.layers.map((l) => l.diffId), layerDigests: p.layers.map((l) => l.digest), layerPaths, configPath };
  } finally {
    rmSync(p.tmp, { recursive: true, force: true });
  }
}

function ociDocs(p: Prepared, spec: ImageSpec, opts: BuildOptions) {
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: `sha256:${p.configDigest}`, size: p.config.length },
      layers: p.layers.map((l) => ({ mediaType: `application/vnd.oci.image.layer.v1.tar${l.gzip ? '+gzip' : ''}`, digest: `sha256:${l.digest}`, size: l.size })),
    }),
  );
  const manifestDigest = createHash('sha256').update(manifest).digest('hex');
  const index = Buffer.from(
    opts.manifestJson ??
      JSON.stringify({
        schemaVersion: 2,
        manifests: [
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: `sha256:${manifestDigest}`,
            size: manifest.length,
            annotations: { 'org.opencontainers.image.ref.name': spec.repoTags?.[0] ?? '1.0.0' },
          },
        ],
      }),
  );
  return { manifest, manifestDigest, index };
}

/** An OCI image layout folder: oci-layout, index.json, blobs/sha256/<hex>. */
export async function writeOciLayout(dir: string, spec: ImageSpec, opts: BuildOptions = {}): Promise<BuiltImage> {
  const p = await prepare(spec);
  try {
    const { manifest, manifestDigest, index } = ociDocs(p, spec, opts);
    const put = (name: string, body: Buffer) => {
      if (opts.omit?.includes(name)) return;
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), maybeCorrupt(name, body, opts));
    };
    put('oci-layout', Buffer.from('{"imageLayoutVersion":"1.0.0"}'));
    put('index.json', index);
    put(`blobs/sha256/${manifestDigest}`, manifest);
    put(`blobs/sha256/${p.configDigest}`, p.config);
    for (const l of p.layers) {
      const name = `blobs/sha256/${l.digest}`;
      if (opts.omit?.includes(name)) continue;
      mkdirSync(join(dir, 'blobs/sha256'), { recursive: true });
      await pipeline(fileBody(name, l.file, opts), createWriteStream(join(dir, name)));
    }
    return { configDigest: p.configDigest, manifestDigest, diffIds: p.layers.map((l) => l.diffId), layerDigests: p.layers.map((l) => l.digest), layerPaths: p.layers.map((l) => `blobs/sha256/${l.digest}`), configPath: `blobs/sha256/${p.configDigest}` };
  } finally {
    rmSync(p.tmp, { recursive: true, force: true });
  }
}

/** An OCI image layout as one tar (what `docker save` writes since Docker 25, without manifest.json). */
export async function writeOciTar(path: string, spec: ImageSpec, opts: BuildOptions = {}): Promise<BuiltImage> {
  const p = await prepare(spec);
  try {
    const { manifest, manifestDigest, index } = ociDocs(p, spec, opts);
    const members: Array<{ name: string; body: Buffer | { file: string } }> = [
      { name: 'oci-layout', body: Buffer.from('{"imageLayoutVersion":"1.0.0"}') },
      { name: 'index.json', body: index },
      { name: `blobs/sha256/${manifestDigest}`, body: manifest },
      { name: `blobs/sha256/${p.configDigest}`, body: p.config },
      ...p.layers.map((l) => ({ name: `blobs/sha256/${l.digest}`, body: { file: l.file } })),
    ];
    await packTo(path, members, opts);
    return { configDigest: p.configDigest, manifestDigest, diffIds: p.layers.map((l) => l.diffId), layerDigests: p.layers.map((l) => l.digest), layerPaths: p.layers.map((l) => `blobs/sha256/${l.digest}`), configPath: `blobs/sha256/${p.configDigest}` };
  } finally {
    rmSync(p.tmp, { recursive: true, force: true });
  }
}

/** A `docker save` tarball of several images (`docker save a b`): one manifest.json entry per image. */
export async function writeDockerSaveMany(path: string, specs: ImageSpec[], opts: BuildOptions = {}): Promise<BuiltImage[]> {
  const prepared: Prepared[] = [];
  try {
    for (const [k, spec] of specs.entries()) prepared.push(await prepare({ ...spec, seed: spec.seed ?? k + 1 }));
    const members: Array<{ name: string; body: Buffer | { file: string } }> = [];
    const entries: Array<{ Config: string; RepoTags: string[]; Layers: string[] }> = [];
    const built: BuiltImage[] = [];
    const seen = new Set<string>();
    prepared.forEach((p, k) => {
      const configPath = `${p.configDigest}.json`;
      const layerPaths = p.layers.map((l) => `${l.diffId}/layer.tar`);
      p.layers.forEach((l, i) => {
        if (seen.has(layerPaths[i]!)) return; // a layer shared by two images is stored once
        seen.add(layerPaths[i]!);
        members.push({ name: `${l.diffId}/VERSION`, body: Buffer.from('1.0') }, { name: layerPaths[i]!, body: { file: l.file } });
      });
      members.push({ name: configPath, body: p.config });
      entries.push({ Config: configPath, RepoTags: specs[k]!.repoTags ?? [`example.com/acme/image-${k + 1}:1.0.0`], Layers: layerPaths });
      built.push({ configDigest: p.configDigest, diffIds: p.layers.map((l) => l.diffId), layerDigests: p.layers.map((l) => l.digest), layerPaths, configPath });
    });
    members.push({ name: 'manifest.json', body: Buffer.from(opts.manifestJson ?? JSON.stringify(entries)) });
    await packTo(path, members, opts);
    return built;
  } finally {
    for (const p of prepared) rmSync(p.tmp, { recursive: true, force: true });
  }
}
