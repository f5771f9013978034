// Dockerfile rules (hadolint's rule ids as vocabulary: DL3002, DL3004, DL3006-8, DL3013, DL3016, DL3018,
// DL3020, DL3042; Docker's SecretsUsedInArgOrEnv). Each finding points at the instruction's line.
import type { Finding } from '../../../src/report/model.js';
import { parseImageReference, shownReference, type ImageReference } from '../reference.js';
import { glob, isRootUser, parsePortSpec, pipesDownloadToShell, portMatcher, secretEnv, secretLookingName, type SecretVerdict } from '../match.js';
import type { DockerfileFacts } from '../facts.js';
import { finding } from '../rules.js';
import { keyValues, splitWords, type Dockerfile, type Instruction } from './parse.js';

export interface DockerfileOptions {
  /** Workspace-relative path, for locations. */
  file: string;
  allowedEnv: readonly string[];
  allowRootUser: boolean;
  /** The policy's allowedPorts: the final stage's EXPOSE is checked against them. */
  allowedPorts: ReadonlyArray<string | number>;
}

const ARCHIVE = /\.(?:tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst)$/i;
const URL = /^[a-z][a-z0-9+.-]*:\/\//i;

export function checkDockerfile(df: Dockerfile, opts: DockerfileOptions): { findings: Finding[]; facts: DockerfileFacts } {
  const findings: Finding[] = [];
  const at = (i: Instruction) => ({ file: opts.file, line: i.line, ...(i.endLine > i.line ? { endLine: i.endLine } : {}) });
  const facts: DockerfileFacts = { stages: df.stages.length, baseImages: [], finalUser: null, healthcheck: false, exposedPorts: [] };

  // ARGs declared before the first FROM may be used in FROM lines.
  const globalArgs = new Map<string, string>();
  for (const i of df.instructions) {
    if (i.stage >= 0) break;
    for (const { key, value } of argPairs(i.args, df.escape)) globalArgs.set(key, value);
  }
  const stageNames = new Set<string>();
  const finalStage = df.stages.length - 1;
  let finalUser: { user: string; instr: Instruction } | undefined;
  let healthcheck: boolean | undefined;
  const pipNoCacheEnv = new Set<number>();
  const portAllowed = portMatcher(opts.allowedPorts);
  // Values of ARG defaults and ENV in the current stage (global ARGs included), for EXPOSE and USER.
  let vars = new Map(globalArgs);
  let envSet = new Set<string>();

  for (const i of df.instructions) {
    switch (i.keyword) {
      case 'FROM': {
        vars = new Map(globalArgs);
        envSet = new Set();
        const stage = df.stages[i.stage]!;
        const image = expand(stage.image, globalArgs);
        const stageRef = stageNames.has(image.toLowerCase());
        if (stage.name) stageNames.add(stage.name.toLowerCase());
        if (stageRef || image.toLowerCase() === 'scratch') {
          facts.baseImages.push({ image, line: i.line, pinned: true, stageRef });
          break;
        }
        let ref: ImageReference | undefined;
        try {
          ref = parseImageReference(image);
        } catch (e) {
          findings.push(finding('baseNotPinned', `FROM ${shownReference(stage.image)}: ${image.includes('$') ? 'the image depends on a variable without a default, so it cannot be verified' : (e as Error).message}`, { location: at(i), target: shownReference(stage.image) }));
          facts.baseImages.push({ image: shownReference(image), line: i.line, pinned: false, stageRef: false });
          break;
        }
        facts.baseImages.push({ image: ref.normalized, line: i.line, pinned: ref.pinned, stageRef: false });
        if (!ref.pinned) findings.push(finding('baseNotPinned', `base image ${image} is not pinned by digest`, { location: at(i), target: image }));
        if (ref.tag === 'latest' || ref.implicitLatest) {
          findings.push(finding('baseLatest', `base image ${image} uses ${ref.implicitLatest ? 'no tag (implicitly latest)' : 'the latest tag'}`, { location: at(i), target: image }));
        }
        break;
      }
      case 'USER':
        if (i.stage === finalStage) finalUser = { user: expand(splitWords(i.args, df.escape)[0] ?? '', vars), instr: i };
        break;
      case 'HEALTHCHECK':
        if (i.stage === finalStage) healthcheck = !/^NONE$/i.test(i.args.trim());
        break;
      case 'EXPOSE':
        // Only the final stage's ports reach the image.
        if (i.stage !== finalStage) break;
        for (const word of splitWords(i.args, df.escape)) {
          const port = expand(word, vars);
          facts.exposedPorts.push(port);
          if (parsePortSpec(port) === undefined) {
            const why = port.includes('$') ? 'depends on a variable without a value, so it cannot be checked' : 'is not a port, a range or port/protocol';
            findings.push(finding('exposedPort', `EXPOSE ${word} ${why}`, { location: at(i), target: `port ${port}` }));
          } else if (!portAllowed(port)) {
            findings.push(finding('exposedPort', `EXPOSE ${port}${port !== word ? ` (${word})` : ''}: not in allowedPorts`, { location: at(i), target: `port ${port}` }));
          }
        }
        break;
      case 'ADD':
        checkAdd(i, df.escape, at(i), findings);
        break;
      case 'ENV':
        for (const { key, value } of keyValues(i.args, df.escape)) {
          vars.set(key, expand(value, vars));
          envSet.add(key);
          if (key === 'PIP_NO_CACHE_DIR' && !/^(?:0|false|no|off)$/i.test(value)) pipNoCacheEnv.add(i.stage);
          const s = secretEnv(key, value, opts.allowedEnv);
          if (s) findings.push(secretFinding('ENV', key, s, at(i)));
        }
        break;
      case 'ARG':
        for (const { key, value, hasDefault } of argPairs(i.args, df.escape)) {
          if (hasDefault && !envSet.has(key)) vars.set(key, expand(value, vars)); // ENV wins over ARG
          // An ARG named like a secret leaks through the image history even without a default.
          const s = hasDefault ? secretEnv(key, value, opts.allowedEnv) : undefined;
          if (s) findings.push(secretFinding('ARG', key, s, at(i)));
          else if (secretLookingName(key) && !opts.allowedEnv.some((p) => glob(p, key, true))) findings.push(secretFinding('ARG', key, undefined, at(i)));
        }
        break;
      case 'RUN':
        checkRun(i, at(i), pipNoCacheEnv.has(i.stage), findings);
        break;
      default:
        break;
    }
  }

  facts.finalUser = finalUser?.user ?? null;
  facts.healthcheck = healthcheck ?? false;
  if (!opts.allowRootUser) {
    if (!finalUser) {
      const from = df.instructions.find((i) => i.keyword === 'FROM' && i.stage === finalStage)!;
      findings.push(finding('lastUserRoot', 'the final stage sets no USER: the container runs as the base image\'s user, usually root', { location: at(from), target: 'USER' }));
    } else if (isRootUser(finalUser.user)) {
      findings.push(finding('lastUserRoot', `the last USER of the final stage is ${finalUser.user || 'empty'} (root)`, { location: at(finalUser.instr), target: `USER ${finalUser.user}` }));
    }
  }
  return { findings, facts };
}

function secretFinding(kind: 'ENV' | 'ARG', key: string, s: SecretVerdict | undefined, location: Finding['location']): Finding {
  const message =
    s?.why === 'value'
      ? `${kind} ${key} holds a value that looks like a ${s.type} secret`
      : `${kind} ${key} has a secret-looking name${kind === 'ARG' ? ' (build arguments are recorded in the image history)' : ' and a value'}`;
  return finding('dockerfileSecret', message, { ...(location ? { location } : {}), target: `${kind} ${key}`, ...(s ? { evidence: s.masked } : {}) });
}

function argPairs(args: string, escape: string): Array<{ key: string; value: string; hasDefault: boolean }> {
  return splitWords(args, escape).map((w) => {
    const eq = w.indexOf('=');
    return eq < 0 ? { key: w, value: '', hasDefault: false } : { key: w.slice(0, eq), value: w.slice(eq + 1), hasDefault: true };
  });
}

/** $VAR, ${VAR}, ${VAR:-default}, ${VAR-default} with the given values; unknown variables stay as written. */
export function expand(s: string, vars: ReadonlyMap<string, string>): string {
  return s.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (whole, braced?: string, dflt?: string, bare?: string) => {
    const name = (braced ?? bare)!;
    const v = vars.get(name);
    if (v !== undefined && v !== '') return v;
    return dflt ?? whole;
  });
}

function checkAdd(i: Instruction, escape: string, location: Finding['location'], findings: Finding[]): void {
  if (i.heredocs.length) return; // ADD <<EOF writes inline content
  const words = i.json ?? splitWords(i.args, escape);
  const sources = words.slice(0, -1);
  const checksum = i.flags.some((f) => f.startsWith('--checksum='));
  for (const src of sources) {
    if (URL.test(src) || src.startsWith('git@')) {
      if (!checksum) findings.push(finding('addUrl', `ADD downloads ${src} without --checksum`, { ...(location ? { location } : {}), target: src }));
    } else if (!ARCHIVE.test(src)) {
      findings.push(finding('addLocal', `ADD ${src}: use COPY for local files and folders`, { ...(location ? { location } : {}), target: src }));
    }
  }
}

/** The shell text of a RUN: its arguments, plus the bodies of its here-documents. */
export function runScript(i: Instruction): string {
  const head = i.json ? i.json.join(' ') : i.args;
  return [head, ...i.heredocs.map((h) => h.body)].join('\n');
}

/** Simple commands of a script: split on ; && || | & newlines and parentheses, then into words. */
export function simpleCommands(script: string): string[][] {
  const out: string[][] = [];
  // Join backslash-newline continuations inside here-document scripts.
  const text = script.replace(/\\\r?\n/g, ' ');
  for (const part of splitOutsideQuotes(text)) {
    const words = splitWords(part);
    // Leading VAR=value assignments, and wrappers that run the rest as a command.
    while (words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!)) words.shift();
    if (words.length) out.push(words);
  }
  return out;
}

function splitOutsideQuotes(s: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quote: string | undefined;
  for (let k = 0; k < s.length; k++) {
    const c = s[k]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') {
        cur += c + (s[k + 1] ?? '');
        k++;
        continue;
      }
      cur += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      cur += c;
      continue;
    }
    if (c === '\\') {
      cur += c + (s[k + 1] ?? '');
      k++;
      continue;
    }
    if (c === ';' || c === '|' || c === '&' || c === '\n' || c === '(' || c === ')' || c === '`' || (c === '$' && s[k + 1] === '(')) {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}

const APT = /^(?:.*\/)?(?:apt-get|apt|aptitude)$/;
const APK = /^(?:.*\/)?apk$/;
const PIP = /^(?:.*\/)?pip[0-9.]*$/;
const PYTHON = /^(?:.*\/)?python[0-9.]*$/;
const NPM = /^(?:.*\/)?npm$/;
const APK_VALUE_OPTS = new Set(['-X', '--repository', '-p', '--root', '--arch', '--keys-dir', '--repositories-file', '--cache-dir', '--cache-max-age', '--timeout', '-t', '--virtual']);
const APT_VALUE_OPTS = new Set(['-o', '-t', '-c', '--target-release', '--option', '--config-file']);
const PIP_VALUE_OPTS = new Set([
  '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-t', '--target', '--platform', '--python-version', '--implementation', '--abi', '--root', '--prefix', '--src',
  '--upgrade-strategy', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '--trusted-host', '--cache-dir', '--log', '--proxy', '--retries', '--timeout', '--exists-action',
  '--cert', '--client-cert', '--global-option', '--install-option', '-C', '--config-settings', '--progress-bar', '--only-binary', '--no-binary', '--report', '--python',
]);
const NPM_VALUE_OPTS = new Set(['--registry', '--prefix', '-w', '--workspace', '--cache', '--userconfig', '--tag', '--omit', '--include', '--install-strategy']);

function checkRun(i: Instruction, location: Finding['location'], pipNoCacheEnv: boolean, findings: Finding[]): void {
  const loc = location ? { location } : {};
  const script = runScript(i);
  if (pipesDownloadToShell(script)) findings.push(finding('pipeToShell', 'RUN pipes a download into a shell', { ...loc, target: `RUN (line ${i.line})` }));
  const cacheMount = i.flags.some((f) => f.startsWith('--mount=') && /type=cache/.test(f));
  let sudoSeen = false;
  for (let words of simpleCommands(script)) {
    if (words[0] === 'sudo') {
      if (!sudoSeen) findings.push(finding('sudo', 'RUN uses sudo', { ...loc, target: `RUN (line ${i.line})` }));
      sudoSeen = true;
      words = words.slice(1);
      while (words.length && words[0]!.startsWith('-')) words = words.slice(/^-[ugCDhpRrTt]$/.test(words[0]!) ? 2 : 1);
    }
    const cmd = words[0] ?? '';
    if (APT.test(cmd)) {
      const k = words.indexOf('install');
      if (k < 0) continue;
      for (const p of operands(words.slice(k + 1), APT_VALUE_OPTS)) {
        if (p.includes('=') || p.endsWith('.deb') || p.includes('$')) continue;
        findings.push(finding('aptUnpinned', `apt package ${p} is installed without a pinned version`, { ...loc, target: p }));
      }
    } else if (APK.test(cmd)) {
      // apk [global options] add [options] pkg=version; `-t/--virtual NAME` names a group, not a package. Only `=` pins: `~` and `<`/`>` are ranges.
      const k = words.findIndex((w, n) => n > 0 && w === 'add');
      if (k < 0) continue;
      for (const p of operands(words.slice(k + 1), APK_VALUE_OPTS)) {
        if (/^[^=<>~]+=[^=<>~]/.test(p) || p.endsWith('.apk') || p.includes('$') || p.includes('/')) continue;
        findings.push(finding('apkUnpinned', `apk package ${p} is installed without a pinned version (=version)`, { ...loc, target: p }));
      }
    } else if (PIP.test(cmd) || (PYTHON.test(cmd) && words[1] === '-m' && PIP.test(words[2] ?? ''))) {
      const rest = PIP.test(cmd) ? words.slice(1) : words.slice(3);
      const k = rest.indexOf('install');
      if (k < 0) continue;
      const args = rest.slice(k + 1);
      for (const p of operands(args, PIP_VALUE_OPTS)) {
        if (/==|===|\s@\s|@\s*[a-z]+:/.test(p) || URL.test(p) || /^(?:git|hg|svn|bzr)\+/.test(p) || p.includes('/') || p.startsWith('.') || /\.(?:whl|tar\.gz|zip)$/.test(p) || p.includes('$')) continue;
        findings.push(finding('pipUnpinned', `pip package ${p} is installed without a pinned version (==)`, { ...loc, target: p }));
      }
      if (!args.includes('--no-cache-dir') && !pipNoCacheEnv && !cacheMount && !/\bPIP_NO_CACHE_DIR=(?!0|false|no|off)/i.test(script)) {
        findings.push(finding('pipCache', 'pip install without --no-cache-dir', { ...loc, target: `RUN (line ${i.line})` }));
      }
    } else if (NPM.test(cmd)) {
      const sub = words[1];
      if (sub !== 'install' && sub !== 'i' && sub !== 'add' && sub !== 'isntall') continue;
      for (const p of operands(words.slice(2), NPM_VALUE_OPTS)) {
        if (URL.test(p) || p.startsWith('.') || p.startsWith('/') || p.endsWith('.tgz') || p.includes('$') || /^(?:git|github|gitlab|bitbucket|file):/.test(p)) continue;
        const versioned = /^(?:@[^/@]+\/)?[^@]+@(.+)$/.exec(p);
        if (versioned && !/^(?:latest|next|\*|x)$/i.test(versioned[1]!)) continue;
        findings.push(finding('npmUnpinned', `npm package ${p} is installed without a pinned version (@version)`, { ...loc, target: p }));
      }
    }
  }
}

/** Non-option words; options in `valued` consume the next word unless written --opt=value. */
function operands(words: string[], valued: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w === '--') {
      out.push(...words.slice(k + 1));
      break;
    }
    if (w.startsWith('-')) {
      if (valued.has(w)) k++;
      continue;
    }
    if (w === '\\' || w === '') continue;
    out.push(w);
  }
  return out;
}
