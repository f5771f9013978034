// `modelgate init` on a project of 10,000 files and 2 GiB (BENCH_INIT_FILES, BENCH_INIT_MIB): a Hugging
// Face folder of four large safetensors shards (sparse files: created at once, read as zeros from no disk,
// hashed at full cost) and a DVC-tracked image folder of small files (written), against `sha256sum` over
// the same files in the same run (one process, and one per CPU through xargs -P). Best of 3.
import { spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { directoryDigest, listDirectory } from '../src/io/artifact-digest.js';
import { initCommand } from '../src/init/command.js';

const MiB = 1024 * 1024;
const totalMiB = Number(process.env.BENCH_INIT_MIB ?? process.env.BENCH ?? 2048);
const fileCount = Number(process.env.BENCH_INIT_FILES ?? 10_000);
if (!(totalMiB > 0) || !(fileCount >= 10)) throw new Error('BENCH_INIT_MIB must be positive and BENCH_INIT_FILES at least 10');
const RUNS = 3;
const SHARDS = 4;

const dir = mkdtempSync(join(tmpdir(), 'modelgate-init-bench-'));
try {
  const model = join(dir, 'models/bert-ft');
  const images = join(dir, 'data/images');
  mkdirSync(model, { recursive: true });
  mkdirSync(images, { recursive: true });
  writeFileSync(join(model, 'config.json'), JSON.stringify({ architectures: ['BertForSequenceClassification'], model_type: 'bert' }));
  const small = fileCount - SHARDS - 3; // besides config.json, data/images.dvc and README.md: the images
  const imageBytes = 1024;
  const shardBytes = Math.floor((totalMiB * MiB - small * imageBytes) / SHARDS);
  for (let i = 1; i <= SHARDS; i++) {
    const fd = openSync(join(model, `model-0000${i}-of-0000${SHARDS}.safetensors`), 'w');
    ftruncateSync(fd, shardBytes);
    closeSync(fd);
  }
  const buf = Buffer.alloc(imageBytes);
  for (let i = 0; i < small; i++) writeFileSync(join(images, `${String(i).padStart(5, '0')}.png`), randomFillSync(buf));
  writeFileSync(join(dir, 'data/images.dvc'), 'outs:\n- md5: 00000000000000000000000000000000.dir\n  path: images\n');
  writeFileSync(join(dir, 'README.md'), '# bench\n');
  const hashed = SHARDS + 1 + small;
  const bytes = SHARDS * shardBytes + small * imageBytes;

  const sha256sum = (parallel: boolean): string => {
    const cmd = `find models data -type f ! -name '*.dvc' -print0 | xargs -0 ${parallel ? `-P ${availableParallelism()} -n 256` : ''} sha256sum`;
    const r = spawnSync('sh', ['-c', cmd], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * MiB });
    if (r.status !== 0) throw new Error(`sha256sum failed: ${r.stderr}`);
    return r.stdout;
  };
  sha256sum(false); // warm-up: the small files into the page cache
  const out = { stdout: () => {}, stderr: (s: string) => void process.stderr.write(s) };
  const best = { init: Infinity, sum: Infinity, sumN: Infinity };
  let cores = 0;
  let sumOut = '';
  for (let round = 0; round < RUNS; round++) {
    let t = performance.now();
    const cpu = process.cpuUsage();
    if ((await initCommand([dir, '--force'], out)) !== 0) throw new Error('init failed');
    const ms = performance.now() - t;
    const used = process.cpuUsage(cpu);
    if (ms < best.init) {
      best.init = ms;
      cores = (used.user + used.system) / 1000 / ms;
    }
    t = performance.now();
    sumOut = sha256sum(false);
    best.sum = Math.min(best.sum, performance.now() - t);
    t = performance.now();
    sha256sum(true);
    best.sumN = Math.min(best.sumN, performance.now() - t);
  }
  // The manifest's digests against sha256sum's, combined by the directory digest's definition.
  const byPath = new Map(sumOut.trim().split('\n').map((l) => [l.slice(66), l.slice(0, 64)] as const));
  const expected = async (rel: string): Promise<string> => directoryDigest((await listDirectory(join(dir, rel))).files.map((f) => byPath.get(`${rel}/${f.rel}`)!));
  const manifest = parse(readFileSync(join(dir, 'model-release.yaml'), 'utf8'));
  const agree = manifest.model.artifacts[0].sha256 === (await expected('models/bert-ft')) && manifest.data.training[0].sha256 === (await expected('data/images'));
  const rate = (ms: number): string => `${(bytes / MiB / (ms / 1000)).toFixed(0).padStart(6)} MiB/s  (${ms.toFixed(0)} ms)`;
  console.log(`modelgate init on ${fileCount} files (${hashed} hashed), ${(bytes / MiB).toFixed(0)} MiB, best of ${RUNS} (Node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  console.log(`  modelgate init                 ${rate(best.init)}   cores busy ${cores.toFixed(2)}`);
  console.log(`  sha256sum (1 process)          ${rate(best.sum)}`);
  console.log(`  sha256sum × ${availableParallelism()} (xargs -P)     ${rate(best.sumN)}`);
  console.log(`  ratio sha256sum time / init    ${(best.sum / best.init).toFixed(2)}   (parallel sha256sum: ${(best.sumN / best.init).toFixed(2)})`);
  console.log(`  digests agree                  ${agree ? 'yes' : 'NO'}`);
  if (!agree) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
