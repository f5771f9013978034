// A small Dockerfile parser with BuildKit's syntax: parser directives (syntax, escape, check) at the
// top, line continuations with the escape character (comment and blank lines inside a continuation
// are skipped), here-documents for RUN/COPY/ADD (<<EOF, <<-EOF, <<"EOF", several per line), JSON
// (exec) form, and `--flag=value` options. Every instruction keeps its first and last line.
// Syntax errors throw DockerfileSyntaxError with the line, like `docker build` rejects the file.

export const INSTRUCTIONS = [
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
] as const;
const KNOWN = new Set<string>(INSTRUCTIONS);
const HEREDOC_INSTRUCTIONS = new Set(['RUN', 'COPY', 'ADD']);
const DIRECTIVES = new Set(['syntax', 'escape', 'check']);

export interface Heredoc {
  name: string;
  /** Body lines joined with "\n" (leading tabs removed for <<-). */
  body: string;
  /** Line of the first body line (1-based). */
  line: number;
  /** <<"EOF" / <<'EOF': no variable expansion. */
  quoted: boolean;
}

export interface Instruction {
  keyword: string;
  /** Arguments after the flags: continuations joined (escape + newline removed), trimmed. */
  args: string;
  /** `--name=value` options before the arguments, as written (`--mount=type=cache,target=/x`). */
  flags: string[];
  /** Exec (JSON) form, when the arguments are a JSON array of strings. */
  json?: string[];
  heredocs: Heredoc[];
  /** 1-based first and last line (the last includes here-document bodies). */
  line: number;
  endLine: number;
  /** Index of the build stage (-1: before the first FROM, only ARG). */
  stage: number;
}

export interface Stage {
  index: number;
  /** `FROM image AS name`. */
  name?: string;
  /** The image as written (variables not expanded). */
  image: string;
  platform?: string;
  line: number;
}

export interface Dockerfile {
  directives: Record<string, string>;
  escape: string;
  instructions: Instruction[];
  stages: Stage[];
}

export class DockerfileSyntaxError extends Error {
  override name = 'DockerfileSyntaxError';
  constructor(
    readonly detail: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${detail}`);
  }
}

export function parseDockerfile(text: string): Dockerfile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const directives: Record<string, string> = {};
  let i = 0;
  // Parser directives: only at the very top; the first other line (comment, blank, instruction) ends them.
  for (; i < lines.length; i++) {
    const m = /^#\s*([A-Za-z][A-Za-z0-9]*)\s*=\s*(.*?)\s*$/.exec(lines[i]!);
    if (!m) break;
    const name = m[1]!.toLowerCase();
    if (!DIRECTIVES.has(name)) break; // an unknown directive is a comment, and ends the directives
    if (name in directives) throw new DockerfileSyntaxError(`only one "${name}" parser directive can be used`, i + 1);
    directives[name] = m[2]!;
  }
  const escape = directives.escape ?? '\\';
  if (escape !== '\\' && escape !== '`') throw new DockerfileSyntaxError(`invalid escape directive "${escape}": it must be \\ or \``, 1);

  const instructions: Instruction[] = [];
  const stages: Stage[] = [];
  const isComment = (l: string) => /^\s*#/.test(l);
  const isBlank = (l: string) => /^\s*$/.test(l);
  // BuildKit: the escape character, then only blanks, at the end of a line continues the instruction.
  const continues = (l: string) => l.replace(/[ \t]+$/, '').endsWith(escape);

  while (i < lines.length) {
    const first = lines[i]!;
    if (isBlank(first) || isComment(first)) {
      i++;
      continue;
    }
    const startLine = i + 1;
    let logical = '';
    let line = first;
    for (;;) {
      if (continues(line)) {
        const t = line.replace(/[ \t]+$/, '');
        logical += t.slice(0, -escape.length);
        i++;
        while (i < lines.length && (isComment(lines[i]!) || isBlank(lines[i]!))) i++;
        if (i >= lines.length) break; // a trailing continuation at end of file ends the instruction
        line = lines[i]!;
        continue;
      }
      logical += line;
      i++;
      break;
    }
    let endLine = i;
    const m = /^\s*(\S+)(?:\s+([\s\S]*))?$/.exec(logical);
    if (!m) throw new DockerfileSyntaxError('cannot parse the instruction', startLine);
    const keyword = m[1]!.toUpperCase();
    // A misspelt keyword is quoted; a line that is no keyword at all (a pasted token, a URL) is not.
    if (!KNOWN.has(keyword)) throw new DockerfileSyntaxError(/^[A-Za-z]{1,20}$/.test(m[1]!) ? `unknown instruction: ${m[1]}` : 'unknown instruction: the line does not start with a keyword', startLine);
    let rest = (m[2] ?? '').trim();

    // Here-documents: bodies follow the instruction line(s), in the order their markers appear.
    const heredocs: Heredoc[] = [];
    if (HEREDOC_INSTRUCTIONS.has(keyword)) {
      for (const h of heredocMarkers(rest)) {
        const bodyStart = i + 1;
        const body: string[] = [];
        let closed = false;
        while (i < lines.length) {
          const raw = lines[i]!;
          i++;
          const cmp = h.chomp ? raw.replace(/^\t+/, '') : raw;
          if (cmp === h.name) {
            closed = true;
            break;
          }
          body.push(cmp);
        }
        if (!closed) throw new DockerfileSyntaxError(`here-document <<${h.name} is not terminated (no line "${h.name}" follows)`, startLine);
        heredocs.push({ name: h.name, body: body.join('\n'), line: bodyStart, quoted: h.quoted });
        endLine = i;
      }
    }

    const flags: string[] = [];
    for (;;) {
      const f = /^(--[A-Za-z][A-Za-z0-9-]*(?:=(?:"[^"]*"|'[^']*'|\S)*)?)(?:\s+|$)/.exec(rest);
      if (!f) break;
      flags.push(f[1]!);
      rest = rest.slice(f[0].length);
    }
    const instr: Instruction = { keyword, args: rest, flags, heredocs, line: startLine, endLine, stage: stages.length - 1 };
    if (rest.startsWith('[')) {
      try {
        const parsed: unknown = JSON.parse(rest);
        if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) instr.json = parsed;
      } catch {
        // Not JSON: BuildKit runs it in shell form.
      }
    }
    if (rest === '' && heredocs.length === 0) throw new DockerfileSyntaxError(`${keyword} requires at least one argument`, startLine);

    if (keyword === 'FROM') {
      const words = splitWords(rest, escape);
      const platform = flags.find((f) => f.startsWith('--platform='))?.slice('--platform='.length);
      if (words.length === 1 || (words.length === 3 && words[1]!.toLowerCase() === 'as')) {
        const stage: Stage = { index: stages.length, image: words[0]!, line: startLine };
        if (words.length === 3) stage.name = words[2]!;
        if (platform) stage.platform = platform;
        stages.push(stage);
        instr.stage = stage.index;
      } else {
        throw new DockerfileSyntaxError('FROM requires either one or three arguments: FROM <image> [AS <name>]', startLine);
      }
    } else if (stages.length === 0 && keyword !== 'ARG') {
      throw new DockerfileSyntaxError(`${keyword} before the first FROM: no build stage in the current context`, startLine);
    }
    instructions.push(instr);
  }
  if (stages.length === 0) throw new DockerfileSyntaxError('the Dockerfile has no FROM instruction', Math.max(1, lines.length));
  return { directives, escape, instructions, stages };
}

/** Here-document markers of an instruction line: <<EOF, <<-EOF, <<"EOF", <<'EOF'. */
export function heredocMarkers(s: string): Array<{ name: string; chomp: boolean; quoted: boolean }> {
  const out: Array<{ name: string; chomp: boolean; quoted: boolean }> = [];
  const re = /<<(-?)(?:"([A-Za-z_][A-Za-z0-9_]*)"|'([A-Za-z_][A-Za-z0-9_]*)'|([A-Za-z_][A-Za-z0-9_]*))/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    // `<<<` is a here-string, not a here-document.
    if (s[m.index - 1] === '<') continue;
    out.push({ name: (m[2] ?? m[3] ?? m[4])!, chomp: m[1] === '-', quoted: m[2] !== undefined || m[3] !== undefined });
  }
  return out;
}

/**
 * Shell-like words: white space separates, single quotes are literal, double quotes group and
 * honour the escape character, the escape character outside quotes escapes the next character.
 */
export function splitWords(s: string, escape = '\\'): string[] {
  const words: string[] = [];
  let cur = '';
  let has = false;
  let quote: '"' | "'" | undefined;
  for (let k = 0; k < s.length; k++) {
    const c = s[k]!;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else cur += c;
      continue;
    }
    if (c === escape && k + 1 < s.length) {
      const n = s[k + 1]!;
      if (quote === '"' && n !== '"' && n !== escape && n !== '$') cur += c;
      cur += n;
      has = true;
      k++;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = undefined;
      else cur += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      has = true;
      continue;
    }
    if (/\s/.test(c)) {
      if (has) words.push(cur);
      cur = '';
      has = false;
      continue;
    }
    cur += c;
    has = true;
  }
  if (has) words.push(cur);
  return words;
}

/** `ENV`/`LABEL` pairs: `k=v k2="v 2"`, or the legacy `ENV k v w` (one pair, the rest is the value). */
export function keyValues(args: string, escape = '\\'): Array<{ key: string; value: string }> {
  const words = splitWords(args, escape);
  if (words.length && !words[0]!.includes('=')) {
    const first = /^\s*(\S+)\s*([\s\S]*)$/.exec(args);
    return [{ key: first?.[1] ?? '', value: splitWords(first?.[2] ?? '', escape).join(' ') }];
  }
  return words.map((w) => {
    const eq = w.indexOf('=');
    return eq < 0 ? { key: w, value: '' } : { key: w.slice(0, eq), value: w.slice(eq + 1) };
  });
}
