// Offline OSV database: a folder or a zip of OSV records (JSON or YAML), validated and indexed by
// ecosystem + normalised package name so that matching a package is one map lookup.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
// The browser build: the node build imports createRequire and declares a top-level `require`,
// which collides with the require shim the bundlers add (scripts/build.mjs, scripts/bench.mjs).
import { unzipSync } from 'fflate/browser';
import { ConfigError, errorMessage } from '../errors.js';
import { parseYamlData, type SourceDoc } from '../io/yaml.js';
import { parseJsonText } from '../io/json-syntax.js';
import type { Location } from '../report/model.js';
import { ecosystemFor } from './ecosystem.js';
import { validateOsvRecord, type OsvAffected, type OsvRecord } from './osv-schema.js';

/** One affected package of one advisory. */
export interface AdvisoryEntry {
  record: OsvRecord;
  affected: OsvAffected;
  /** Where the record came from, for messages. */
  source: string;
}

export interface OsvDatabase {
  /** Entries for a package; `name` is normalised here. */
  lookup(ecosystem: string, name: string): readonly AdvisoryEntry[];
  records: number;
  withdrawn: number;
  packages: number;
}

const RECORD_FILE = /\.(json|ya?ml)$/i;

/** Index key: ecosystem without its `:suffix`, name normalised by the ecosystem's rule. */
export function packageKey(ecosystem: string, name: string): string {
  const eco = ecosystem.split(':')[0]!;
  return `${eco}\u0000${ecosystemFor(eco)?.normaliseName(name) ?? name}`;
}

/**
 * Builds a database from records already read (the API client and tests use this too). `now` is the
 * run's clock: a record is withdrawn once its `withdrawn` time has passed, not before.
 */
export function indexRecords(items: Iterable<{ record: OsvRecord; source: string }>, now: Date): OsvDatabase {
  // The same id may appear twice (a mirror, a zip and a folder): the most recently modified wins.
  const byId = new Map<string, { record: OsvRecord; source: string }>();
  let withdrawn = 0;
  for (const item of items) {
    const prev = byId.get(item.record.id);
    if (!prev || prev.record.modified < item.record.modified) byId.set(item.record.id, item);
  }
  const index = new Map<string, AdvisoryEntry[]>();
  for (const { record, source } of byId.values()) {
    if (isWithdrawn(record, now)) {
      withdrawn++;
      continue;
    }
    for (const affected of record.affected ?? []) {
      if (!affected.package) continue; // affects a commit range only: nothing to match a package against
      const key = packageKey(affected.package.ecosystem, affected.package.name);
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push({ record, affected, source });
    }
  }
  return {
    lookup: (ecosystem, name) => index.get(packageKey(ecosystem, name)) ?? [],
    records: byId.size - withdrawn,
    withdrawn,
    packages: index.size,
  };
}

/** Whether the record's withdrawal is in force at `now` (a date still to come does not hide an advisory in force). */
export function isWithdrawn(record: OsvRecord, now: Date): boolean {
  return record.withdrawn !== undefined && Date.parse(record.withdrawn) <= now.getTime();
}

/**
 * Loads every record under `absPath` (a folder, searched recursively, or a `.zip`). `display` is the
 * workspace-relative path for messages. An unreadable or invalid record is a ConfigError naming the
 * file (and line, for YAML): a partial advisory database would pass vulnerable packages. With
 * `onInvalid`, an invalid record is handed to it and skipped instead. `now`: the run's clock (withdrawals).
 */
export function loadOsvDatabase(absPath: string, display: string, opts: { now: Date; onInvalid?: (error: ConfigError) => void }): OsvDatabase {
  let isDir: boolean;
  try {
    isDir = statSync(absPath).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? `OSV database ${display} not found` : `cannot read OSV database ${display}: ${errorMessage(e)}`, { file: display });
  }
  const files = isDir ? readFolder(absPath, display) : readZip(absPath, display);
  const records: Array<{ record: OsvRecord; source: string }> = [];
  for (const { name, text } of files) {
    try {
      records.push({ record: parseRecord(text, name), source: name });
    } catch (e) {
      // Only when the caller chose to skip invalid records (and report each); otherwise fail closed.
      if (!(e instanceof ConfigError) || !opts.onInvalid) throw e;
      opts.onInvalid(e);
    }
  }
  if (records.length === 0) throw new ConfigError(`OSV database ${display} holds no records (*.json, *.yaml)`, { file: display });
  return indexRecords(records, opts.now);
}

function* readFolder(abs: string, display: string): Generator<{ name: string; text: string }> {
  const entries = readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && RECORD_FILE.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
  for (const file of entries) {
    const name = `${display}/${relative(abs, file).split(sep).join('/')}`;
    yield { name, text: readFileSync(file, 'utf8') };
  }
}

function* readZip(abs: string, display: string): Generator<{ name: string; text: string }> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(readFileSync(abs), { filter: (f) => RECORD_FILE.test(f.name) });
  } catch (e) {
    throw new ConfigError(`OSV database ${display} is neither a folder nor a readable zip: ${errorMessage(e)}`, { file: display });
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const name of Object.keys(entries).sort()) {
    let text: string;
    try {
      text = decoder.decode(entries[name]);
    } catch {
      throw new ConfigError(`record ${display}!${name} is not valid UTF-8`, { file: `${display}!${name}` });
    }
    yield { name: `${display}!${name}`, text };
  }
}

/**
 * Parses and validates one record. JSON is read with JSON.parse (the "invalid JSON" message names the
 * offset); YAML by parseYamlData (its fast path when it can; a syntax error is yaml's, at its line),
 * which also locates the failing node of either (JSON is YAML).
 */
export function parseRecord(text: string, file: string): OsvRecord {
  let source: SourceDoc | undefined;
  let data: unknown;
  if (/\.json$/i.test(file)) {
    data = parseJsonText(text, 'invalid JSON', file);
  } else {
    source = parseYamlData(text, file);
    data = source.data;
  }
  const v = validateOsvRecord(data);
  if (v.ok) return v.record;
  const location: Location = (source ?? parseYamlData(text, file)).locate(v.path);
  throw new ConfigError(`not a valid OSV record: ${v.error}`, location);
}

