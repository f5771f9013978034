// Real-data suite: old pinned ML requirements matched against the PyPI advisory database
// (../shared/osv/pypa-advisory-database), compared with an independent computation in Python
// (Debian's python3-packaging evaluating the same OSV ranges). Both sets and their difference are printed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { dependency } from '../../checks/dependency/index.js';
import type { Check } from '../../src/check.js';
import { runGate } from '../../src/gate.js';
import { validateOsvRecord } from '../../src/vuln/osv-schema.js';
import { tempWorkspace } from '../helpers/workspace.js';

// The workspace holds a copy of the whole database: removing it afterwards can outlast the default
// 10 s hook timeout on a loaded machine.
vi.setConfig({ hookTimeout: 120_000 });

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared', 'osv');
const DB = join(SHARED, 'pypa-advisory-database');
const PYTHON = '/usr/bin/python3';
const hasPackaging = spawnSync(PYTHON, ['-c', 'import packaging.version, yaml'], { encoding: 'utf8' }).status === 0;

// Real releases of ML and serving packages, each old enough to have advisories.
const REQUIREMENTS: Record<string, string> = {
  'requirements-train.txt': 'tensorflow==2.4.0\nnumpy==1.16.0\nscikit-learn==0.20.0\nPillow==6.2.0\nscipy==1.5.0\njoblib==0.11\n',
  'requirements-serve.txt': 'mlflow==1.12.0\nDjango==2.2.0\nJinja2==2.10\nWerkzeug==0.15.0\nurllib3==1.24.1\nrequests==2.19.0\nPyYAML==5.1\n',
  'requirements-notebook.txt': 'tensorflow-gpu==1.15.0\nnotebook==5.7.0\nlxml==4.6.2\npillow==8.1.0\nnumpy==1.21.0\ntorch==1.13.0\npandas==1.0.0\n',
  'requirements-edge.txt': 'paddlepaddle==2.4.0\ngradio==3.0.0\nlangchain==0.0.171\ntransformers==4.30.0\ntensorflow==2.11.0rc1\n',
};

const REFERENCE_PY = String.raw`
import json, os, sys, yaml
from packaging.utils import canonicalize_name
from packaging.version import Version, InvalidVersion
db, wanted = sys.argv[1], json.load(sys.stdin)
by = {}
for p, v in wanted: by.setdefault(canonicalize_name(p), set()).add(v)
out, unorderable = set(), set()
for root, _, files in os.walk(db):
    for f in files:
        if not f.endswith(('.yaml', '.yml', '.json')): continue
        rec = yaml.safe_load(open(os.path.join(root, f)))
        if rec.get('withdrawn'): continue
        for a in rec.get('affected') or []:
            pkg = a.get('package') or {}
            if pkg.get('ecosystem') != 'PyPI': continue
            name = canonicalize_name(pkg['name'])
            for v in by.get(name, ()):
                if v in (a.get('versions') or []):
                    out.add((name, v, rec['id'])); continue
                try:
                    ver = Version(v)
                    hit = False
                    for r in a.get('ranges') or []:
                        if r['type'] == 'GIT': continue
                        ev = r['events']
                        lims = [e['limit'] for e in ev if 'limit' in e]
                        if lims and not any(l == '*' or ver < Version(l) for l in lims): continue
                        # Intervals [introduced, next fixed) or [introduced, last_affected].
                        pts = sorted(((Version('0') if e.get('introduced') == '0' else Version(list(e.values())[0])), 0 if 'introduced' in e else 1, k)
                                     for e in ev for k in e if k != 'limit')
                        state = False
                        for at, _, kind in pts:
                            if kind == 'introduced' and ver >= at: state = True
                            elif kind == 'fixed' and ver >= at: state = False
                            elif kind == 'last_affected' and ver > at: state = False
                        hit = hit or state
                    if hit: out.add((name, v, rec['id']))
                except InvalidVersion:
                    unorderable.add((name, v, rec['id']))
print(json.dumps({'matches': sorted(out), 'unorderable': sorted(unorderable)}))
`;

describe.skipIf(!existsSync(DB))('PyPI advisory database, real data', () => {
  it.skipIf(!hasPackaging)('matches old ML requirements exactly like an independent python3-packaging computation', async () => {
    const manifest = `apiVersion: modelgate.dev/v1
kind: ModelRelease
metadata: { name: ml, version: 1.0.0, owner: ml@example.com }
dependencies:
  lockfiles: [${Object.keys(REQUIREMENTS).join(', ')}]
  advisories: { osvDatabase: osv }
`;
    const ws = tempWorkspace({ ...REQUIREMENTS, 'model-release.yaml': manifest, 'policy.yaml': 'dependency:\n  invalidAdvisories: skip\n' });
    // The workspace jail refuses links that leave it: the database is copied into the temporary workspace.
    cpSync(DB, join(ws, 'osv'), { recursive: true });
    const report = await runGate({ workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', logger: { info: console.log, warning: console.log, debug() {} }, registry: [dependency as Check] });
    const check = report.checks.find((c) => c.id === 'dependency')!;
    expect(check.status, JSON.stringify(check.findings[0])).not.toBe('error');
    const facts = check.facts as { vulnerable: Array<{ package: string; version: string; advisories: string[] }> };
    const norm = (n: string) => n.replace(/[-_.]+/g, '-').toLowerCase();
    const ours = new Set(facts.vulnerable.flatMap((v) => v.advisories.map((id) => `${norm(v.package)}@${v.version} ${id}`)));

    const wanted = Object.values(REQUIREMENTS).flatMap((t) => t.trim().split('\n').map((l) => l.split('==') as [string, string]));
    const py = spawnSync(PYTHON, ['-c', REFERENCE_PY, DB], { input: JSON.stringify(wanted), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(py.status, py.stderr).toBe(0);
    const ref = JSON.parse(py.stdout) as { matches: Array<[string, string, string]>; unorderable: Array<[string, string, string]> };
    const theirs = new Set(ref.matches.map(([n, v, id]) => `${n}@${v} ${id}`));

    const onlyOurs = [...ours].filter((x) => !theirs.has(x)).sort();
    const onlyTheirs = [...theirs].filter((x) => !ours.has(x)).sort();
    console.log(`modelgate: ${ours.size} (package, advisory) pairs\n  ${[...ours].sort().join('\n  ')}`);
    console.log(`python3-packaging reference: ${theirs.size} pairs`);
    console.log(`only modelgate: ${JSON.stringify(onlyOurs)}\nonly reference: ${JSON.stringify(onlyTheirs)}`);
    console.log(`reference could not order: ${JSON.stringify(ref.unorderable)}`);
    expect(ours.size).toBeGreaterThan(100);
    // 7 records of the snapshot fail the official schema (GIT events like "<sha>.patch"): skipped and reported.
    const skipped = check.findings.filter((f) => f.ruleId === 'dependency/invalid-advisory');
    console.log(`skipped invalid records: ${skipped.map((f) => `${f.location?.file}:${f.location?.line}`).join(', ')}`);
    expect(skipped.length).toBe(7);
    expect(onlyOurs).toEqual([]);
    expect(onlyTheirs).toEqual([]);
    // Every advisory the reference could not order is a fail-closed finding on our side.
    const unorderable = check.findings.filter((f) => f.ruleId === 'dependency/version-not-comparable').map((f) => f.message);
    for (const [n, v, id] of ref.unorderable) expect(unorderable.some((m) => norm(m).includes(`${n}@${v}`) && m.includes(id))).toBe(true);
  });

  it('our OSV schema accepts and rejects what the official JSON Schema does, on every record and on mutants', () => {
    const schema = JSON.parse(readFileSync(join(SHARED, 'osv-schema.json'), 'utf8')) as object;
    const ajv = new Ajv2020.default({ strict: false, allErrors: false });
    const official = ajv.compile(schema);
    const files = spawnSync('find', [DB, '-name', '*.yaml'], { encoding: 'utf8' }).stdout.trim().split('\n');
    const disagreements: string[] = [];
    const check = (label: string, data: unknown) => {
      const a = official(data);
      const b = validateOsvRecord(data).ok;
      if (a !== b) disagreements.push(`${label}: official ${a}, ours ${b}`);
    };
    let mutants = 0;
    for (const f of files) {
      const rec = parseYaml(readFileSync(f, 'utf8')) as Record<string, unknown>;
      check(f, rec);
      const clone = () => structuredClone(rec) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      const muts: Array<[string, Record<string, unknown>]> = [];
      let m = clone(); delete m.modified; muts.push(['no modified', m]);
      m = clone(); m.id = 'NOPE-1'; muts.push(['bad id', m]);
      m = clone(); m.extra = 1; muts.push(['extra key', m]);
      m = clone(); if (m.affected?.[0]?.ranges?.[0]) { m.affected[0].ranges[0].events = [{ fixed: '1.0' }]; muts.push(['no introduced', m]); }
      m = clone(); if (m.affected?.[0]?.ranges?.[0]) { m.affected[0].ranges[0].events.push({ last_affected: '9' }); muts.push(['fixed+last_affected', m]); }
      m = clone(); m.severity = [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:Q' }]; muts.push(['bad vector', m]);
      m = clone(); m.modified = 'yesterday'; muts.push(['bad timestamp', m]);
      for (const [label, data] of muts) {
        check(`${f} (${label})`, data);
        mutants++;
      }
    }
    console.log(`${files.length} records and ${mutants} mutants validated by both schemas; disagreements: ${disagreements.length}`);
    expect(files.length).toBe(2661);
    expect(disagreements.slice(0, 10)).toEqual([]);
  });
});
