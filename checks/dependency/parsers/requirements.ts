// pip requirements files: the file syntax (continuations, comments, options, -r includes, --hash) is
// handled here; each requirement itself (name, extras, specifiers, markers: PEP 508) is parsed by
// pip-requirements-js. A line neither understands is an error at its line, never skipped.
import { parsePipRequirementsLine, type Requirement } from 'pip-requirements-js';
import { redactUrls } from '../../../src/detect/redact-url.js';
import { ConfigError, errorMessage } from '../../../src/errors.js';
import { markerText, parseMarker } from '../markers.js';
import type { Dependency, ParsedFile, Scope } from '../package.js';
import type { LockfileParser } from './formats.js';

export interface RequirementsOptions {
  scope: Scope;
  /** Reads a file named by `-r`/`-c`, relative to the including file; returns its text and display path. */
  include?: (relPath: string, from: { file: string; line: number }) => { text: string; file: string };
}

/** Options that apply to the whole file (index, build switches): accepted, they pin nothing. */
const GLOBAL_OPTIONS = new Set([
  '-i', '--index-url', '--extra-index-url', '--no-index', '-f', '--find-links', '--no-binary', '--only-binary',
  '--prefer-binary', '--require-hashes', '--pre', '--trusted-host', '--use-feature', '--progress-bar',
]);
const TAKES_VALUE = new Set(['-i', '--index-url', '--extra-index-url', '-f', '--find-links', '--no-binary', '--only-binary', '--trusted-host', '--use-feature', '--progress-bar']);
/** Options allowed after a requirement on its line. */
const PER_REQUIREMENT = new Set(['--hash', '--global-option', '--config-settings', '-C', '--install-option']);

interface LogicalLine {
  text: string;
  line: number;
}

export function parseRequirements(text: string, file: string, opts: RequirementsOptions, seen = new Set<string>()): ParsedFile {
  seen.add(file);
  const dependencies: Dependency[] = [];
  const includes: string[] = [];
  for (const { text: raw, line } of logicalLines(text)) {
    const content = stripComment(raw).trim();
    if (content === '') continue;
    const fail = (why: string): never => {
      // The line is quoted as the user wrote it, with URL credentials (an index URL, a token) masked.
      const shown = redactUrls(content);
      throw new ConfigError(`${redactUrls(why)}: ${JSON.stringify(shown.length > 120 ? `${shown.slice(0, 117)}…` : shown)}`, { file, line });
    };
    const tokens = content.split(/\s+/);

    if (tokens[0]!.startsWith('-') && !/^(-e|--editable)(=|$)/.test(tokens[0]!)) {
      const [opt, inlineValue] = splitOption(tokens[0]!);
      const value = inlineValue ?? tokens[1];
      if (opt === '-r' || opt === '--requirement' || opt === '-c' || opt === '--constraint') {
        if (!value) fail(`${opt} needs a file name`);
        if (!opts.include) fail(`${opt} is not supported here`);
        if (value!.includes('://')) fail(`${opt} names a URL; the gate reads included files from the workspace only`);
        const inc = opts.include!(value!, { file, line });
        if (seen.has(inc.file)) continue; // an include cycle: the file is already being read
        includes.push(inc.file);
        const sub = parseRequirements(inc.text, inc.file, opts, seen);
        includes.push(...(sub.includes ?? []));
        // A constraints file pins versions of packages *if* something requires them; it installs nothing.
        if (opt === '-r' || opt === '--requirement') dependencies.push(...sub.dependencies);
        continue;
      }
      if (GLOBAL_OPTIONS.has(opt)) {
        if (TAKES_VALUE.has(opt) && !value) fail(`${opt} needs a value`);
        continue;
      }
      fail(`unknown pip option ${opt}`);
    }

    // Split the requirement from its trailing per-requirement options (--hash=…).
    const optAt = tokens.findIndex((t, i) => i > 0 && t.startsWith('-') && PER_REQUIREMENT.has(splitOption(t)[0]));
    const reqTokens = optAt === -1 ? tokens : tokens.slice(0, optAt);
    const optTokens = optAt === -1 ? [] : tokens.slice(optAt);
    const hashes: string[] = [];
    for (let i = 0; i < optTokens.length; i++) {
      const [opt, inline] = splitOption(optTokens[i]!);
      if (!PER_REQUIREMENT.has(opt)) fail(`unknown option ${opt} after a requirement`);
      const value = inline ?? optTokens[++i];
      if (!value) fail(`${opt} needs a value`);
      if (opt === '--hash') {
        if (!/^(sha256|sha384|sha512):[0-9a-fA-F]+$/.test(value!)) fail(`--hash must be <algorithm>:<hex digest>, got ${value}`);
        hashes.push(value!.toLowerCase());
      }
    }
    dependencies.push(requirement(reqTokens.join(' '), { file, line, scope: opts.scope, hashes }, fail));
  }
  return { format: 'requirements', dependencies, includes };
}

function requirement(spec: string, at: { file: string; line: number; scope: Scope; hashes: string[] }, fail: (why: string) => never): Dependency {
  const base = { ecosystem: 'PyPI', hashes: at.hashes, scope: at.scope, file: at.file, line: at.line };
  const editable = /^(-e|--editable)(=|\s+)/.exec(spec);
  const target = editable ? spec.slice(editable[0].length).trim() : spec;
  if (editable || /^(\.{0,2}\/|[a-z][a-z0-9+.-]*:\/\/|git\+|file:)/i.test(target)) {
    // A path or URL: installed from source, so no version to match and not pinned. Shown with its credentials masked.
    const shown = redactUrls(target);
    return { ...base, name: nameFromUrl(shown), specifier: shown, pinned: false };
  }
  // The common lockfile line `name==1.2.3` needs no grammar (the PEP 508 parser costs ~0.6 ms a line).
  const simple = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*==\s*([A-Za-z0-9][A-Za-z0-9.!+_-]*)$/.exec(target);
  if (simple) return { ...base, name: simple[1]!, version: simple[2]!, pinned: true };
  // pip-requirements-js does not know `===` (arbitrary equality): read it as `==` and remember.
  const arbitrary = /===/.test(target); // still an exact pin: string equality of the version
  // `name @ url ; marker` is PEP 508, but pip-requirements-js stops at the ";": parse the two parts apart.
  const urlMarker = /^([^@;]+@\s*\S+)\s+;\s*(\S.*)$/.exec(target);
  if (urlMarker) {
    try {
      parseMarker(urlMarker[2]!);
    } catch (e) {
      return fail(errorMessage(e));
    }
    return { ...requirement(urlMarker[1]!, at, fail), marker: urlMarker[2]!.trim() };
  }
  let req: Requirement | null;
  try {
    req = parsePipRequirementsLine(arbitrary ? target.replace('===', '==') : target);
  } catch (e) {
    return fail(`cannot parse requirement (${errorMessage(e).replace(/^Failed to parse requirements line\. /, '')})`);
  }
  if (!req || (req.type !== 'ProjectName' && req.type !== 'ProjectURL')) return fail('not a requirement');
  if (req.type === 'ProjectURL') {
    const marker = req.environmentMarkerTree ? markerText(target) : undefined;
    return { ...base, name: req.name, specifier: redactUrls(req.url), pinned: false, ...(marker ? { marker } : {}) };
  }
  const specs = req.versionSpec ?? [];
  const exact = specs.length === 1 && specs[0]!.operator === '==' && !specs[0]!.version.includes('*') ? specs[0]!.version : undefined;
  const specifier = specs.map((s) => `${s.operator}${s.version}`).join(',');
  const dep: Dependency = { ...base, name: req.name, pinned: exact !== undefined };
  if (req.environmentMarkerTree) {
    const marker = markerText(target);
    if (marker) dep.marker = marker;
  }
  if (exact !== undefined) dep.version = exact;
  else if (specifier) dep.specifier = arbitrary ? specifier.replace('==', '===') : specifier;
  return dep;
}

/** `#egg=name`, else the wheel/sdist file name's project part, else the last path segment. */
function nameFromUrl(target: string): string {
  const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(target);
  if (egg) return egg[1]!;
  const last = target.split(/[?#]/)[0]!.replace(/\/+$/, '').split('/').pop() ?? target;
  return last.replace(/-\d.*$/, '').replace(/\.(whl|tar\.gz|zip)$/, '') || target;
}

/** Joins `\`-continued lines; each logical line keeps the number of its first physical line. */
export function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let buf: string | undefined;
  let start = 0;
  lines.forEach((l, i) => {
    if (buf === undefined) start = i + 1;
    // A comment line ends a continuation (pip strips comments before joining lines).
    const continued = /(^|[^\\])\\$/.test(l) && !/^\s*#/.test(l);
    const piece = continued ? l.slice(0, -1) : l;
    buf = buf === undefined ? piece : `${buf} ${piece}`;
    if (!continued) {
      out.push({ text: buf, line: start });
      buf = undefined;
    }
  });
  if (buf !== undefined) out.push({ text: buf, line: start });
  return out;
}

/** pip's rule: `#` starts a comment at the line start or after whitespace. */
function stripComment(line: string): string {
  return line.replace(/(^|\s)#.*$/, '');
}

function splitOption(token: string): [string, string | undefined] {
  const eq = token.indexOf('=');
  return eq === -1 ? [token, undefined] : [token.slice(0, eq), token.slice(eq + 1)];
}

export const requirements: LockfileParser = {
  format: 'requirements',
  matches: (base) => /^requirements.*\.(txt|in)$|\.requirements\.txt$|^constraints.*\.txt$/.test(base),
  parse: (text, file, { scope, include }) => parseRequirements(text, file, include ? { scope, include } : { scope }),
};
