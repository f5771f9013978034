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
 * What is wrong with an invalid JSON text, in the tool's words, and where. JSON.parse's own message
 * quotes the text around the error (`"{"email": ann@exam"... is not valid JSON`), which may be a
 * personal value or a secret, so it is never shown: only the kind of character found and its position.
 */
export function jsonSyntaxError(text: string): { detail: string; line?: number; column?: number } {
  const body = text.replace(/^\uFEFF/, '');
  const at = jsonErrorOffset(body);
  const pos = jsonErrorPosition(text);
  if (at === undefined) return { detail: 'not valid JSON', ...pos };
  if (at >= body.length) return { detail: 'the JSON text ends too early', ...pos };
  return { detail: `unexpected ${characterKind(body[at]!)}`, ...pos };
}

/** A structural character is named (it is syntax, not data); anything else only by its kind. */
function characterKind(c: string): string {
  if ('{}[]:,"'.includes(c)) return `"${c}"`;
  if (/\p{L}/u.test(c)) return 'letter';
  if (/[0-9]/.test(c)) return 'digit';
  if (c.charCodeAt(0) < 0x20) return 'control character';
  return 'character';
}
