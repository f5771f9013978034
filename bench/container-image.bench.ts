// Inspecting a generated image archive (the container-image check's reader: every member hashed,
// every layer tar parsed, diff_ids verified) against `tar -tvf` over the same file, same run; with
// `sha256sum` as a second reference (reading and hashing every byte once). Two sizes show that peak
// memory does not grow with the image. Wall time and peak RSS come from /usr/bin/time for every side.
// BENCH_CONTAINER_MIB sets the large size (default 2048 MiB); the small one is a quarter of it.
// Archives go to the OS temp folder and are deleted afterwards.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArchive } from '../checks/container-image/archive/read.js';
import { credentialMatcher, pathMatcher } from '../checks/container-image/match.js';
import { writeDockerSave, type LayerSpec } from '../test/helpers/image-builder.js';

const MiB = 1024 * 1024;

async function inspectOnly(file: string): Promise<void> {
  const t = performance.now();
  const info = await readArchive(file, { isCredential: credentialMatcher([], []), isSetuidAllowed: pathMatcher([]), maxEntries: 10_000_000 });
  const layers = info.images[0]!.layers;
  const out = {
    ms: performance.now() - t,
    layers: layers.length,
    entries: layers.reduce((n, l) => n + l.entries, 0),
    hits: layers.reduce((n, l) => n + l.hits.length, 0),
    maxRssKiB: process.resourceUsage().maxRSS,
  };
  console.log(JSON.stringify(out));
}

function timed(cmd: string, args: string[]): { s: number; rssMiB: number; stdout: string } {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  const m = /TIME ([0-9.]+) ([0-9]+)/.exec(r.stderr);
  if (!m) throw new Error(`no /usr/bin/time output from ${cmd}: ${r.stderr}`);
  return { s: Number(m[1]), rssMiB: Number(m[2]) / 1024, stdout: r.stdout };
}

async function main(): Promise<void> {
  if (process.argv[2] === 'inspect') return inspectOnly(process.argv[3]!);
  const bigMiB = Number(process.env.BENCH_CONTAINER_MIB ?? 2048);
  if (!Number.isFinite(bigMiB) || bigMiB < 8) throw new Error(`BENCH_CONTAINER_MIB must be a number ≥ 8, got "${process.env.BENCH_CONTAINER_MIB}"`);
  const hasTime = spawnSync('/usr/bin/time', ['-f', '%e', 'true']).status === 0;
  if (!hasTime) {
    console.log('/usr/bin/time not available: benchmark skipped');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-image-bench-'));
  try {
    console.log(`image archive inspection (docker save, uncompressed layers of 1 MiB files), Node ${process.version}`);
    console.log('  size       ours: time  peak RSS  | tar -tvf: time  peak RSS | sha256sum: time | ours/tar  ours/sha256sum');
    for (const sizeMiB of [Math.round(bigMiB / 4), bigMiB]) {
      const file = join(dir, `image-${sizeMiB}.tar`);
      // Layers of up to 256 MiB, each of 1 MiB seeded files, plus a few files the rules look at.
      const layers: LayerSpec[] = [];
      for (let left = sizeMiB; left > 0; left -= 256) {
        const n = Math.min(256, left);
        layers.push({ files: Array.from({ length: n }, (_, k) => ({ path: `opt/model/shard-${layers.length}-${k}.bin`, size: MiB })) });
      }
      layers[0]!.files.push({ path: 'usr/bin/passwd', content: 'elf', mode: 0o4755 }, { path: 'root/.ssh/id_rsa', content: 'x' });
      await writeDockerSave(file, { seed: 7, layers, config: { User: '10001' } });
      const bytes = statSync(file).size;
      // Warm the page cache so every side measures work, not the disk.
      timed('sha256sum', [file]);
      const ours = timed(process.execPath, [process.argv[1]!, 'inspect', file]);
      const r = JSON.parse(ours.stdout.trim().split('\n').at(-1)!) as { ms: number; layers: number; entries: number; hits: number };
      const tarList = timed('tar', ['-tvf', file]);
      const sum = timed('sha256sum', [file]);
      const members = tarList.stdout.trim().split('\n').length;
      console.log(
        `  ${(bytes / MiB).toFixed(0).padStart(5)} MiB   ${ours.s.toFixed(2).padStart(6)} s ${ours.rssMiB.toFixed(0).padStart(5)} MiB  |  ${tarList.s.toFixed(2).padStart(6)} s ${tarList.rssMiB.toFixed(0).padStart(5)} MiB  |  ${sum.s.toFixed(2).padStart(6)} s     | ${(tarList.s < 0.01 ? `>${(ours.s / 0.01).toFixed(0)}` : (ours.s / tarList.s).toFixed(1)).padStart(6)}×  ${(ours.s / Math.max(sum.s, 0.01)).toFixed(2).padStart(6)}×`,
      );
      console.log(`             ${r.layers} layers, ${r.entries} layer entries, ${r.hits} flagged files, ${members} archive members listed by tar (in-process ${(r.ms / 1000).toFixed(2)} s)`);
      rmSync(file, { force: true });
    }
    console.log('  tar -tvf lists the outer archive only (it seeks past member data); ours reads, hashes and parses every layer.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
