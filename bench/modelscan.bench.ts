// Pickle-scanning throughput of the model-file scanner (checks/lineage/modelfiles) on a large generated
// checkpoint, against Python's stdlib `pickletools.genops` walking the same pickle in the same run
// (a static walk as well: nothing is unpickled).
//   BENCH_MODELSCAN_MIB      size of the torch-style zip checkpoint (default 1024)
//   BENCH_MODELSCAN_PKL_MIB  size of its data.pkl, opcode-dense like a large state_dict (default 64)
// Files go to the OS temp folder and are deleted afterwards; they are in the page cache for every run.
import { spawnSync } from 'node:child_process';
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanModelFile } from '../checks/lineage/modelfiles/index.js';

const MiB = 1024 * 1024;
const zipMiB = Number(process.env.BENCH_MODELSCAN_MIB ?? 1024);
const pklMiB = Number(process.env.BENCH_MODELSCAN_PKL_MIB ?? 64);
for (const [k, v] of [['BENCH_MODELSCAN_MIB', zipMiB], ['BENCH_MODELSCAN_PKL_MIB', pklMiB]] as const) {
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${k} must be a positive number`);
}
const RUNS = 3; // best of, for our scanner; the Python reference runs once per file (it is the slow side)

// ---- a data.pkl shaped like torch.save of a big state_dict (protocol 2, BINPUT memo, persistent ids) ----

const CRC_TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(crc: number, b: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

class Out {
  private buf = Buffer.alloc(4 * MiB);
  private n = 0;
  written = 0;
  crc = 0;
  constructor(private readonly fd: number) {}
  bytes(...parts: Array<number | Buffer>): void {
    for (const p of parts) {
      const b = typeof p === 'number' ? Buffer.from([p]) : p;
      if (this.n + b.length > this.buf.length) this.flush();
      if (b.length > this.buf.length) {
        this.crc = crc32(this.crc, b);
        writeSync(this.fd, b);
        this.written += b.length;
        continue;
      }
      b.copy(this.buf, this.n);
      this.n += b.length;
    }
  }
  flush(): void {
    const chunk = this.buf.subarray(0, this.n);
    this.crc = crc32(this.crc, chunk);
    writeSync(this.fd, chunk);
    this.written += this.n;
    this.n = 0;
  }
}

const u32 = (v: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v);
  return b;
};
const binunicode = (s: string): Buffer => Buffer.concat([Buffer.from([0x58]), u32(Buffer.byteLength(s)), Buffer.from(s)]);
const global = (m: string, n: string): Buffer => Buffer.from(`c${m}\n${n}\n`);

/** Writes an opcode-dense pickle of about `target` bytes; returns the number of tensors in it. */
function writeStateDictPickle(out: Out, target: number): number {
  let memo = 0;
  const put = (): Buffer => (memo < 256 ? Buffer.from([0x71, memo++]) : Buffer.concat([Buffer.from([0x72]), u32(memo++)]));
  out.bytes(0x80, 2, global('collections', 'OrderedDict'), put(), 0x29, 0x52, put());
  const rebuild = memo;
  out.bytes(global('torch._utils', '_rebuild_tensor_v2'), put(), 0x30);
  const storage = memo;
  out.bytes(global('torch', 'FloatStorage'), put(), 0x30);
  const getm = (i: number): Buffer => (i < 256 ? Buffer.from([0x68, i]) : Buffer.concat([Buffer.from([0x6a]), u32(i)]));
  const float = Buffer.alloc(9);
  float[0] = 0x47;
  let tensors = 0;
  while (out.written < target) {
    out.bytes(0x28); // MARK for SETITEMS
    for (let k = 0; k < 100; k++, tensors++) {
      // key, _rebuild_tensor_v2((persistent storage id), offset, size, stride, requires_grad, OrderedDict())
      out.bytes(binunicode(`model.layers.${tensors}.mlp.weight`), put(), getm(rebuild), 0x28);
      out.bytes(0x28, binunicode('storage'), getm(storage), binunicode(String(tensors)), put(), binunicode('cpu'), put(), 0x4a, u32(4096), 0x74, put(), 0x51);
      out.bytes(0x4b, 0, 0x4d, 0x40, 0x00, 0x4d, 0x40, 0x00, 0x86, put(), 0x4d, 0x40, 0x00, 0x4b, 1, 0x86, put(), 0x89, getm(0), 0x29, 0x52, put(), 0x74, put(), 0x52, put());
      // and a list of floats (optimizer-state-like), APPENDS in one batch
      out.bytes(binunicode(`model.layers.${tensors}.scale`), put(), 0x5d, put(), 0x28);
      for (let f = 0; f < 32; f++) {
        float.writeDoubleBE(f / 7, 1);
        out.bytes(float);
      }
      out.bytes(0x65);
    }
    out.bytes(0x75); // SETITEMS
  }
  out.bytes(0x2e);
  out.flush();
  return tensors;
}

// ---- a torch-style zip (stored members, like torch.save) -------------------------------------

interface Member { name: string; offset: number; size: number; crc: number }

function localHeader(name: string, size: number, crc: number): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt32LE(crc, 14);
  h.writeUInt32LE(size, 18);
  h.writeUInt32LE(size, 22);
  h.writeUInt16LE(Buffer.byteLength(name), 26);
  return Buffer.concat([h, Buffer.from(name)]);
}

function writeTorchZip(path: string, pklPath: string | undefined, totalBytes: number): { pklBytes: number; tensors: number } {
  const fd = openSync(path, 'w');
  const members: Member[] = [];
  let pos = 0;
  const write = (b: Buffer): void => {
    writeSync(fd, b);
    pos += b.length;
  };
  // data.pkl: written after a placeholder header, patched once size and crc are known.
  const name = 'archive/data.pkl';
  const headerAt = pos;
  write(localHeader(name, 0, 0));
  const out = new Out(fd);
  const tensors = writeStateDictPickle(out, pklMiB * MiB);
  const pklBytes = out.written;
  writeSync(fd, localHeader(name, pklBytes, out.crc), 0, 30 + Buffer.byteLength(name), headerAt);
  members.push({ name, offset: headerAt, size: pklBytes, crc: out.crc });
  pos += pklBytes;
  // The same pickle as a standalone file, for the plain-pickle measurement.
  if (pklPath) {
    const pfd = openSync(pklPath, 'w');
    writeStateDictPickle(new Out(pfd), pklMiB * MiB);
    fsyncSync(pfd);
    closeSync(pfd);
  }
  // Tensor storages up to the target size.
  const blob = Buffer.alloc(64 * MiB);
  for (let i = 0; i < blob.length; i += 4) blob.writeUInt32LE((i * 2654435761) >>> 0, i);
  const blobCrc = crc32(0, blob);
  for (let i = 0; pos + blob.length < totalBytes; i++) {
    const n = `archive/data/${i}`;
    members.push({ name: n, offset: pos, size: blob.length, crc: blobCrc });
    write(localHeader(n, blob.length, blobCrc));
    write(blob);
  }
  const v = Buffer.from('3\n');
  members.push({ name: 'archive/version', offset: pos, size: v.length, crc: crc32(0, v) });
  write(localHeader('archive/version', v.length, crc32(0, v)));
  write(v);
  const cdStart = pos;
  for (const m of members) {
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt32LE(m.crc, 16);
    c.writeUInt32LE(m.size, 20);
    c.writeUInt32LE(m.size, 24);
    c.writeUInt16LE(Buffer.byteLength(m.name), 28);
    c.writeUInt32LE(m.offset, 42);
    write(Buffer.concat([c, Buffer.from(m.name)]));
  }
  const e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0);
  e.writeUInt16LE(members.length, 8);
  e.writeUInt16LE(members.length, 10);
  e.writeUInt32LE(pos - cdStart, 12);
  e.writeUInt32LE(cdStart, 16);
  write(e);
  fsyncSync(fd);
  closeSync(fd);
  return { pklBytes, tensors };
}

// ---- reference -------------------------------------------------------------------------------

const PY = `
import sys, time, pickletools, zipfile
path, member = sys.argv[1], sys.argv[2]
t = time.perf_counter(); n = 0
if member:
    with zipfile.ZipFile(path) as z, z.open(member) as f:
        for _ in pickletools.genops(f): n += 1
else:
    with open(path, 'rb') as f:
        for _ in pickletools.genops(f): n += 1
print(n, time.perf_counter() - t)
`;

function python(path: string, member: string): { ops: number; ms: number } | undefined {
  const r = spawnSync('python3', ['-c', PY, path, member], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.error || r.status !== 0) return undefined;
  const [ops, secs] = r.stdout.trim().split(' ');
  return { ops: Number(ops), ms: Number(secs) * 1000 };
}

async function best(path: string, display: string): Promise<{ ms: number; pickles: number; globals: string[] }> {
  let ms = Infinity;
  let last = { pickles: 0, globals: [] as string[] };
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const s = await scanModelFile(path, { display });
    ms = Math.min(ms, performance.now() - t);
    if (s.findings.length > 0) throw new Error(`${display}: unexpected findings ${JSON.stringify(s.findings)}`);
    last = { pickles: s.pickles, globals: s.globals.map((g) => g.global) };
  }
  return { ms, ...last };
}

const dir = mkdtempSync(join(tmpdir(), 'modelgate-modelscan-bench-'));
try {
  const zipPath = join(dir, 'model.pt');
  const pklPath = join(dir, 'data.pkl');
  const t0 = performance.now();
  const { pklBytes, tensors } = writeTorchZip(zipPath, pklPath, zipMiB * MiB);
  console.log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${zipMiB} MiB torch-style zip, data.pkl ${(pklBytes / MiB).toFixed(0)} MiB (${tensors} tensors, protocol 2, BINPUT memo)`);

  const mibps = (bytes: number, ms: number): string => `${(bytes / MiB / (ms / 1000)).toFixed(0).padStart(5)} MiB/s`;
  const zipRun = await best(zipPath, 'model.pt');
  const pklRun = await best(pklPath, 'data.pkl');
  const pyZip = python(zipPath, 'archive/data.pkl');
  const pyPkl = python(pklPath, '');

  console.log(`pickle scanning, best of ${RUNS} (Node ${process.version}); reference: python3 pickletools.genops, one run`);
  console.log(`  torch zip checkpoint (${zipMiB} MiB; storages listed, not read):`);
  console.log(`    modelgate scanModelFile   ${mibps(pklBytes, zipRun.ms)} of pickle  (${zipRun.ms.toFixed(0)} ms; ${mibps(zipMiB * MiB, zipRun.ms)} of file)`);
  if (pyZip) {
    console.log(`    zipfile + genops          ${mibps(pklBytes, pyZip.ms)} of pickle  (${pyZip.ms.toFixed(0)} ms, ${pyZip.ops} opcodes)`);
    console.log(`    ratio ours/python         ${(pyZip.ms / zipRun.ms).toFixed(1)}x`);
  }
  console.log(`  plain pickle file (${(pklBytes / MiB).toFixed(0)} MiB):`);
  console.log(`    modelgate scanModelFile   ${mibps(pklBytes, pklRun.ms)}  (${pklRun.ms.toFixed(0)} ms)`);
  if (pyPkl) {
    console.log(`    pickletools.genops        ${mibps(pklBytes, pyPkl.ms)}  (${pyPkl.ms.toFixed(0)} ms, ${pyPkl.ops} opcodes)`);
    console.log(`    ratio ours/python         ${(pyPkl.ms / pklRun.ms).toFixed(1)}x`);
  } else {
    console.log('    python3 not available on PATH (reference skipped)');
  }
  console.log(`  globals found: ${zipRun.globals.join(', ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
