// Dependency matching: load the whole PyPI advisory database (../shared/osv/pypa-advisory-database,
// or BENCH_OSV_DB), then match a generated 2,000-package lockfile against it. Reports load time,
// match time and heap; the reference is the python3-packaging computation of the real-data suite
// (same ranges, evaluated in Python) when /usr/bin/python3 has packaging and yaml.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseRequirements } from '../checks/dependency/parsers/requirements.js';
import { ecosystemFor } from '../src/vuln/ecosystem.js';
import { matchPackage } from '../src/vuln/match.js';
import { loadOsvDatabase } from '../src/vuln/osv-db.js';

const root = process.env.BENCH_REPO_ROOT ?? process.cwd();
const dbPath = process.env.BENCH_OSV_DB ?? join(root, '..', 'shared', 'osv', 'pypa-advisory-database');
if (!existsSync(dbPath)) {
  console.log(`advisory database not found at ${dbPath}; set BENCH_OSV_DB`);
  process.exit(0);
}
const PACKAGES = 2000;
const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;

global.gc?.();
const heap0 = process.memoryUsage().heapUsed;
let t = performance.now();
let skipped = 0;
const db = loadOsvDatabase(dbPath, 'osv', { now: new Date(), onInvalid: () => skipped++ });
const loadMs = performance.now() - t;
const heapDb = process.memoryUsage().heapUsed - heap0;

// A lockfile of 2,000 pins: every package the database knows, at old versions taken from its own
// advisories (so many match), padded with names it does not know.
const names = readdirSync(join(dbPath, 'vulns'));
const versions = ['0.1', '1.0.0', '1.2.3', '2.0', '2.4.0rc1', '3.1.post1', '0.9.dev2', '1!1.0', '4.5.6', '10.0'];
const lines: string[] = [];
for (let i = 0; lines.length < PACKAGES; i++) {
  const name = i < names.length ? names[i]! : `unknown-package-${i}`;
  lines.push(`${name}==${versions[i % versions.length]} --hash=sha256:${'a'.repeat(64)}`);
}
t = performance.now();
const deps = parseRequirements(lines.join('\n'), 'requirements.txt', { scope: 'runtime' }).dependencies;
const parseMs = performance.now() - t;

const eco = ecosystemFor('PyPI')!;
t = performance.now();
let vulns = 0;
let vulnerable = 0;
for (const d of deps) {
  if (!d.version || !eco.valid(d.version)) continue;
  const m = matchPackage(db, { ecosystem: 'PyPI', name: d.name, version: d.version });
  vulns += m.vulnerabilities.length;
  if (m.vulnerabilities.length) vulnerable++;
}
const matchMs = performance.now() - t;
const heapAll = process.memoryUsage().heapUsed - heap0;

console.log(`OSV database ${db.records} records (${db.withdrawn} withdrawn, ${skipped} invalid skipped), ${db.packages} packages (Node ${process.version})`);
console.log(`  load + validate + index   ${loadMs.toFixed(0).padStart(6)} ms   heap +${mib(heapDb)}`);
console.log(`  parse ${PACKAGES} requirements  ${parseMs.toFixed(0).padStart(6)} ms`);
console.log(`  match ${PACKAGES} packages      ${matchMs.toFixed(0).padStart(6)} ms   ${vulnerable} vulnerable, ${vulns} vulnerabilities   (goal < 1000 ms)`);
console.log(`  heap after matching       +${mib(heapAll)}   rss ${mib(process.memoryUsage().rss)}`);

// Reference: the same matching in Python with packaging (load + match, one process).
const py = String.raw`
import os, sys, time, yaml
from packaging.version import Version, InvalidVersion
from packaging.utils import canonicalize_name
t = time.perf_counter(); idx = {}
for r, _, fs in os.walk(sys.argv[1]):
    for f in fs:
        if f.endswith('.yaml'):
            rec = yaml.safe_load(open(os.path.join(r, f)))
            if rec.get('withdrawn'): continue
            for a in rec.get('affected') or []:
                idx.setdefault(canonicalize_name(a['package']['name']), []).append(a)
load = time.perf_counter() - t
pins = [l.split(' ')[0].split('==') for l in sys.stdin.read().splitlines()]
t = time.perf_counter(); hits = 0
for n, v in pins:
    try: ver = Version(v)
    except InvalidVersion: continue
    for a in idx.get(canonicalize_name(n), []):
        if v in (a.get('versions') or []): hits += 1; continue
        for rg in a.get('ranges') or []:
            if rg['type'] == 'GIT': continue
            st = False
            try:
                for e in sorted(rg['events'], key=lambda e: (Version('0') if list(e.values())[0] == '0' else Version(list(e.values())[0]), 'introduced' not in e)):
                    k, x = list(e.items())[0]
                    x = Version('0') if x == '0' else Version(x)
                    if k == 'introduced' and ver >= x: st = True
                    elif k == 'fixed' and ver >= x: st = False
                    elif k == 'last_affected' and ver > x: st = False
            except InvalidVersion: pass
            if st: hits += 1; break
print(f'{load*1000:.0f} {(time.perf_counter()-t)*1000:.0f} {hits}')
`;
const r = spawnSync('/usr/bin/python3', ['-c', py, dbPath], { input: lines.join('\n'), encoding: 'utf8' });
if (r.status === 0) {
  const [pl, pm] = r.stdout.trim().split(' ').map(Number) as [number, number, number];
  console.log(`  python3-packaging reference: load ${pl} ms, match ${pm} ms`);
  console.log(`  ratio reference/ours: load ${(pl / loadMs).toFixed(2)}, match ${(pm / matchMs).toFixed(2)}`);
} else {
  console.log('  python3-packaging reference not available (apt-get install -y python3-packaging python3-yaml)');
}
