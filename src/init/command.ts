// `modelgate init [DIR]` and `modelgate init --update [--check] [DIR]` (docs/cli.md#init).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { parseFlags } from '../cli-args.js';
import { ConfigError, errorMessage } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { assertYamlNesting } from '../io/yaml-nesting.js';
import { DEFAULT_MANIFEST } from '../manifest/load.js';
import { runnerText } from '../report/runner-text.js';
import { checkProjectFolder, detectProject } from './detect.js';
import { manifestText, type InitValues } from './manifest-writer.js';
import { refreshDigests } from './updater.js';

export interface InitOut {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const FLAGS = {
  update: { type: 'boolean' },
  check: { type: 'boolean' },
  force: { type: 'boolean' },
  manifest: { type: 'string' },
  name: { type: 'string' },
  version: { type: 'string' },
  owner: { type: 'string' },
  label: { type: 'string' },
  prediction: { type: 'string' },
  score: { type: 'string' },
  sensitive: { type: 'string' },
  'dataset-id': { type: 'string', multiple: true },
} as const;

export async function initCommand(args: string[], raw: InitOut): Promise<number> {
  // File names are printed: made inert for a workflow's log as every other line the CLI prints.
  const out = { stdout: (s: string) => raw.stdout(runnerText(s)), stderr: (s: string) => raw.stderr(runnerText(s)) };
  const { values, positionals } = parseFlags(args, FLAGS, true);
  if (positionals.length > 1) throw new ConfigError(`init takes one project folder, got ${positionals.length}`);
  const shown = positionals[0] ?? '.';
  const root = resolve(shown);
  checkProjectFolder(root, shown);
  const manifestRel = values.manifest ?? DEFAULT_MANIFEST;
  const manifestAbs = resolve(root, manifestRel);
  if (values.check && !values.update) throw new ConfigError('--check goes with --update (modelgate init --update --check)');
  if (values.update) return update(root, manifestAbs, relative(process.cwd(), manifestAbs) || manifestRel, values.check === true, out);
  if (values.manifest !== undefined && resolve(root, values.manifest, '..') !== root) throw new ConfigError('--manifest: init writes the manifest in the project folder; give a file name');
  if (existsSync(manifestAbs) && !values.force) throw new ConfigError(`${join(shown, manifestRel)} exists; modelgate init --update refreshes its digests, --force overwrites it`);
  const project = await detectProject(root, shown);
  const text = manifestText(project, initValues(values));
  writeFileAtomic(manifestAbs, text);
  for (const f of project.found) out.stdout(`found: ${f}\n`);
  for (const u of project.undecided) out.stdout(`not decided: ${u}\n`);
  const todo = text.split('\n').filter((l) => /: null\b/.test(l)).length;
  out.stdout(`wrote ${join(shown, manifestRel)}${todo ? `: ${todo} placeholder${todo === 1 ? '' : 's'} to fill (null, marked TODO)` : ''}\n`);
  return 0;
}

function initValues(v: { [k in 'name' | 'version' | 'owner' | 'label' | 'prediction' | 'score' | 'sensitive']?: string } & { 'dataset-id'?: string[] }): InitValues {
  if (v.prediction !== undefined && v.score !== undefined) throw new ConfigError('--prediction and --score: give one of them');
  const datasetIds: Record<string, string> = {};
  for (const pair of v['dataset-id'] ?? []) {
    const m = /^(.+)=(.+)$/.exec(pair);
    if (!m) throw new ConfigError(`--dataset-id: expected PATH=ID, got "${pair}"`);
    datasetIds[m[1]!.replace(/\\/g, '/').replace(/^\.\//, '')] = m[2]!;
  }
  const sensitive = v.sensitive?.split(',').map((s) => s.trim()).filter(Boolean);
  const chosen = { name: v.name, version: v.version, owner: v.owner, label: v.label, prediction: v.prediction, score: v.score, sensitive, datasetIds };
  return Object.fromEntries(Object.entries(chosen).filter(([, x]) => x !== undefined && x !== '')) as InitValues;
}

async function update(root: string, manifestAbs: string, shown: string, check: boolean, out: InitOut): Promise<number> {
  let source: string;
  try {
    source = readFileSync(manifestAbs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? `${shown}: no manifest to update; modelgate init writes one` : `${shown}: cannot read: ${errorMessage(e).replace(/^\w+: /, '')}`);
  }
  // The limits of every YAML file the gate reads (docs/manifest.md); aliases are never expanded here.
  if (source.length > 16 * 1024 * 1024) throw new ConfigError('file is larger than 16777216 bytes', { file: shown });
  assertYamlNesting(source, shown);
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const bad = doc.errors[0];
  if (bad) throw new ConfigError(`YAML syntax error: ${bad.message.split('\n')[0]}`, { file: shown, line: bad.linePos?.[0]?.line ?? 1 });
  const { text, changes } = await refreshDigests(source, doc, manifestAbs, shown, root);
  for (const c of changes) out.stdout(`${check ? 'stale' : 'changed'}: ${c.entry} ${c.path}: ${c.before ?? 'null'} -> ${c.after}\n`);
  if (check) {
    out.stdout(changes.length ? `${shown}: ${changes.length} digest${changes.length === 1 ? '' : 's'} stale; run modelgate init --update\n` : `${shown}: every digest is current\n`);
    return changes.length ? 1 : 0;
  }
  if (changes.length) writeFileAtomic(manifestAbs, text);
  out.stdout(changes.length ? `updated ${shown}: ${changes.length} digest${changes.length === 1 ? '' : 's'}\n` : `${shown}: every digest is current, nothing written\n`);
  return 0;
}
