// Text bound for a step's log, made inert. The runner executes `::command::` at the start of a line and
// `##[command]` anywhere in one; column names, file names, package names and manifest strings reach the
// log, so each line is neutralised where it is written: a line that would start a command gets a zero-
// width joiner between its colons, `##[` is broken the same way, and control characters (ANSI escapes
// included) are shown as their visible pictures (␛, ␍, …) instead of acting on the terminal.
const ZWJ = '\u200d';

/** Control pictures (U+2400…) for C0 controls and DEL; tab and line feed are kept. */
function visibleControls(s: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => (c === '\u007f' ? '\u2421' : String.fromCharCode(0x2400 + c.charCodeAt(0))));
}

export function runnerText(s: string): string {
  return visibleControls(s)
    .split('\n')
    .map((line) => line.replace(/^(\s*):(?=:)/, `$1:${ZWJ}`).replace(/##\[/g, `#${ZWJ}#[`))
    .join('\n');
}

/**
 * JSON bound for a step's log (ECS lines, `--format json`): `##[` can only stand inside a JSON string,
 * where `#\u0023[` reads back as the same value; a JSON line never starts with `::`.
 */
export function jsonRunnerText(json: string): string {
  return json.replace(/##\[/g, '#\\u0023[');
}
