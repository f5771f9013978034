// Where a JSON text stops being valid. Node 20's JSON.parse does not always say ("Unexpected token
// '}', ... is not valid JSON"), so a small recursive-descent scan finds the offset for the message.
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  try {
    value();
    ws();
    return i < text.length ? i : undefined;
  } catch (at) {
    return typeof at === 'number' ? Math.min(at, text.length) : undefined;
  }
}

/** Line and column (1-based) of the first JSON syntax error. */
export function jsonErrorPosition(text: string): { line?: number; column?: number } {
  const at = jsonErrorOffset(text.replace(/^\uFEFF/, ''));
  if (at === undefined) return {};
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

/**
 * Why a text is not JSON, in the tool's words. The engine's own message is not used: it quotes the text
 * around the error (a secret or a personal value in a damaged file would reach every output) and reads
 * as a JavaScript error. The position goes in the error's location (jsonErrorPosition).
 */
export function jsonSyntaxDetail(text: string): string {
  const t = text.replace(/^\uFEFF/, '');
  if (t.trim() === '') return 'the file is empty';
  const at = jsonErrorOffset(t);
  if (at === undefined) return 'the document breaks a rule of JSON (an escape, a number\'s form, or nesting too deep)';
  if (at >= t.length) return 'the text ends inside a value (a truncated file?)';
  return `unexpected ${characterName(t.codePointAt(at)!)}`;
}

/** A character as a message may show it: JSON punctuation as itself, anything else by its kind and code. */
function characterName(cp: number): string {
  if ('{}[]:,"'.includes(String.fromCodePoint(cp))) return `"${String.fromCodePoint(cp)}"`;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (cp < 0x20 || cp === 0x7f) return `control character ${code}`;
  if (cp === 0xfffd) return 'byte that is not UTF-8';
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(cp)) ? 'letter or digit (a value without quotes?)' : `character ${code}`;
}
