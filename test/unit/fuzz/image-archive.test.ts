// Fuzz of the image-archive reader (container-image): docker save tarballs and OCI tars, plain or
// gzip-compressed, read in one pass and never extracted. Bad input is ArchiveError (the check turns
// it into a ConfigError naming the archive).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { ArchiveError, readArchive } from '../../../checks/container-image/archive/read.js';
import { mutatedBytes, mutatedText, token } from '../../helpers/fuzz-inputs.js';
import { fuzzReader } from '../../helpers/fuzz-property.js';
import { writeDockerSave, writeOciTar, type ImageSpec } from '../../helpers/image-builder.js';
import { tempWorkspace } from '../../helpers/workspace.js';

const ws = tempWorkspace();
const SPEC: ImageSpec = {
  seed: 7,
  layers: [
    { files: [{ path: 'app/serve.py', content: 'print(1)\n' }, { path: 'usr/bin/su', content: 'x', mode: 0o4755 }, { path: 'root/.aws/credentials', content: '[default]\n' }] },
    { files: [{ path: 'etc/link', type: 'symlink', linkname: '../app/serve.py' }], compression: 'gzip' },
  ],
  config: { User: '10001', Env: ['A=1'], ExposedPorts: { '8080/tcp': {} } },
  repoTags: ['ghcr.io/acme/m:1'],
};
const opts = { isCredential: (p: string) => p.includes('credentials'), isSetuidAllowed: () => false, maxEntries: 10_000 };
const seeds: Uint8Array[] = [];
let manifestJson = '';

beforeAll(async () => {
  await writeDockerSave(join(ws, 'save.tar'), SPEC);
  await writeOciTar(join(ws, 'oci.tar'), SPEC);
  seeds.push(readFileSync(join(ws, 'save.tar')), readFileSync(join(ws, 'oci.tar')));
  seeds.push(gzipSync(seeds[0]!));
  manifestJson = JSON.stringify(JSON.parse(readFileSync(join(ws, 'save.tar')).toString('latin1').match(/\[\{"Config"[^\0]*?\}\]/)?.[0] ?? '[]'));
});

async function readBytes(bytes: Uint8Array): Promise<unknown> {
  const path = join(ws, 'in.tar');
  writeFileSync(path, bytes);
  return readArchive(path, opts);
}

const expected = (e: unknown): boolean => e instanceof ArchiveError;

describe('fuzz: image archives', () => {
  it('mutated docker save and OCI tars, plain and gzip', async () => {
    // The seeds exist once beforeAll ran: the arbitrary is built inside the test.
    await fuzzReader(mutatedBytes(seeds), { reader: 'image archive', property: 'mutated bytes', share: 0.02, expected, call: readBytes });
  });
  it('valid tars with a mutated manifest.json, config or hostile member names', async () => {
    const arb = fc.record({
      manifest: fc.option(mutatedText([manifestJson]), { nil: undefined }),
      config: fc.option(mutatedText([JSON.stringify({ architecture: 'amd64', os: 'linux', config: SPEC.config, rootfs: { type: 'layers', diff_ids: [] } })]), { nil: undefined }),
      extra: fc.array(fc.record({ name: token.filter((t) => t.length > 0 && t.length < 90 && !t.includes('\0')), content: token }), { maxLength: 2 }),
      oci: fc.boolean(),
    });
    await fuzzReader(arb, {
      reader: 'image archive',
      property: 'mutated members',
      share: 0.02,
      expected,
      call: async (a) => {
        const path = join(ws, 'built.tar');
        const spec = { ...SPEC, ...(a.config !== undefined ? { rawConfig: a.config } : {}) };
        const build = { extra: a.extra, ...(a.manifest !== undefined ? { manifestJson: a.manifest } : {}) };
        await (a.oci ? writeOciTar(path, spec, build) : writeDockerSave(path, spec, build));
        return readArchive(path, opts);
      },
    });
  });
});
