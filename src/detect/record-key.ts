// The key of a record right before a value (`"servedMSISDN":"`, `"customer_tax_id": "`, `build=`,
// `clientMac: `): its name says what the value is, as a column's name says what its cells are.

/**
 * Whether `start` follows a key's `:` or `=` (spaces and a quote between): the cheap test before the
 * key's patterns, which most values (after a word or a space) never reach.
 */
export function afterKey(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 4; i--) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 61) return true; // ":" "="
    if (c !== 32 && c !== 9 && c !== 34 && c !== 39) return false; // space, tab, quotes
  }
  return false;
}

/** A key of letters, digits, `_`, `.` and `-` (quoted or not), then `:` or `=`, blanks and the value's quote. */
const KEY_BEFORE = /(?:^|[^A-Za-z\d_.-])([A-Za-z][A-Za-z\d_.-]{0,40})["']?[ \t]*[:=][ \t]*["']?$/;

/**
 * The name of the key right before `start` (`customer_tax_id`), else undefined. A `value` field whose
 * object names it in a sibling field (`{"key": "userPassword", "value": "…"}`: see siblingKey) has
 * that name as its key.
 */
export function keyNameBefore(text: string, start: number): string | undefined {
  if (!afterKey(text, start)) return undefined;
  const key = KEY_BEFORE.exec(text.slice(Math.max(0, start - 48), start))?.[1];
  return key !== undefined && VALUE_FIELD.test(key) ? (siblingKey(text, start) ?? key) : key;
}

/**
 * Key/value pair objects: a list of settings written as objects of a name field and a value field —
 * Postman environments and Azure/Terraform settings (`{"key"|"name": "…", "value": "…"}`), Kubernetes
 * and ECS container env (`{"name": "DB_PASSWORD", "value": "…"}`), AWS tags (`{"Key": "…", "Value":
 * "…"}`). The value's key is the name field's value, written before the value or after it; in YAML
 * the item's `name`/`key` line right above its `value` line (YAML_PAIR).
 */
const VALUE_FIELD = /^(?:value|Value|VALUE)$/;
/** A value field's quoted key and the quote its string value opens with (group 2); its string starts after the match. */
const VALUE_FIELD_G = /(["'])(?:value|Value|VALUE)\1[ \t]*:[ \t]*(["'])/g;
/** A name field and its string value (group 4), within the same object. */
const NAME_FIELD = /(["'])(?:key|name|Key|Name|KEY|NAME)\1[ \t]*:[ \t]*(["'])([A-Za-z][\w.$-]{0,79})\2/g;
/** How far from the value its object's braces and the name field are looked for. */
const OBJECT_REACH = 240;

/**
 * The name field of the flat object (no object or array inside it) around the string value that starts
 * at `start` after its quote `quote` (default: the character before `start`), and the value's end.
 * Undefined unless there is exactly one name field, or none and the object is a key's value (parentKey).
 */
function siblingOf(text: string, start: number, quote = text[start - 1]): { key: string; end: number } | undefined {
  const one = onlyField(text, start, quote, NAME_FIELD);
  if (one === undefined) return undefined;
  const key = one.field ?? parentKey(text, one.open);
  return key === undefined ? undefined : { key, end: one.end };
}

/**
 * The flat object around the string value starting at `start` after its quote `quote`: its brace
 * `open`, the value's `end`, and the one field `pattern` finds there (its group 3), if any; undefined
 * when the value is not in such an object or `pattern` finds more than one field.
 */
function onlyField(text: string, start: number, quote: string | undefined, pattern: RegExp): { field?: string; open: number; end: number } | undefined {
  if (quote !== '"' && quote !== "'") return undefined;
  const end = text.indexOf(quote, start);
  if (end < 0 || end - start > 400) return undefined;
  const open = braceOf(text, start - 1, -1);
  const close = open < 0 ? -1 : braceOf(text, end + 1, 1);
  if (close < 0) return undefined;
  let field: string | undefined;
  for (const part of [text.slice(open, start), text.slice(end, close)]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(part); m !== null; m = pattern.exec(part)) {
      if (field !== undefined) return undefined;
      field = m[3]!;
    }
  }
  return { field, open, end };
}

/** A quoted key, its `:` and blanks, right before an object's brace (`"SPRING_DATASOURCE_PASSWORD":{`). */
const PARENT_KEY = /(["'])([A-Za-z][\w.$-]{0,79})\1[ \t]*:[ \t]*$/;

/**
 * The key whose value is the object opening at `open` — Spring Boot actuator's `/env` (`"spring.mail.password":
 * {"value": "…", "origin": "…"}`), Terraform outputs (`"db_password": {"sensitive": true, "value": "…"}`):
 * an object that names its value by no field is named by its key.
 */
function parentKey(text: string, open: number): string | undefined {
  return PARENT_KEY.exec(text.slice(Math.max(0, open - 90), open))?.[2];
}

/**
 * The flat object's brace found from `from` going `step` (-1: its "{", 1: its "}") within OBJECT_REACH,
 * else -1: any other brace or bracket on the way means the value is not in a flat object.
 */
function braceOf(text: string, from: number, step: -1 | 1): number {
  const want = step < 0 ? 123 : 125;
  for (let i = from; i >= 0 && i < text.length && Math.abs(i - from) < OBJECT_REACH; i += step) {
    const c = text.charCodeAt(i);
    if (c === want) return i;
    if (c === 123 || c === 125 || c === 91 || c === 93) return -1; // "{" "}" "[" "]"
  }
  return -1;
}

/** A field naming the kind of the object's value (`"kind": "BSN"`, `"type": "NIF"`, `"doc": "SIN"`): its string (group 3). */
const KIND_FIELD = /(["'])(?:kind|type|doc|document|docType|doc_type|documentType|document_type|idType|id_type|scheme)\1[ \t]*:[ \t]*(["'])([^"'\\{}[\]]{1,40})\2/g;

/**
 * The kind a sibling field gives the string value starting at `start` (after its quote) in a flat
 * object (`{"kind": "BSN", "value": "…"}`), else undefined; undefined unless exactly one such field.
 */
export function siblingKind(text: string, start: number): string | undefined {
  return onlyField(text, start, text[start - 1], KIND_FIELD)?.field;
}

/** The name a sibling field gives the value field right before `start` (`"value": "`), else undefined. */
export function siblingKeyBefore(text: string, start: number): string | undefined {
  if (!afterKey(text, start)) return undefined;
  const key = KEY_BEFORE.exec(text.slice(Math.max(0, start - 48), start))?.[1];
  return key !== undefined && VALUE_FIELD.test(key) ? siblingKey(text, start) : undefined;
}

/** The name a sibling field gives the value field's string starting at `start` (see VALUE_FIELD), else undefined. */
export function siblingKey(text: string, start: number): string | undefined {
  return siblingOf(text, start)?.key ?? yamlSiblingOf(text, start);
}

/**
 * The same pair as a YAML list item (Kubernetes container env, Helm values): `- name: K` (or `key`),
 * then on the next line, under it, `value: V`. Group 1: the item's indent, 2: the name, 3: the value's
 * quote, 4: the value (indices: the `d` flag).
 */
const YAML_PAIR = /^([ \t]*)- (?:name|key): ["']?([A-Za-z][\w.$-]{0,79})["']?[ \t]*\r?\n\1[ \t]{2}value:[ \t]*(["']?)([^\s"'][^\r\n"']*?)\3[ \t]*\r?$/dgm;
const YAML_NAME_LINE = /^([ \t]*)- (?:name|key): ["']?([A-Za-z][\w.$-]{0,79})["']?[ \t]*\r?$/;
const YAML_VALUE_HEAD = /^([ \t]*)value:[ \t]*["']?$/;

/** The name of the YAML item whose `value:` line has its value at `start` (see YAML_PAIR), else undefined. */
function yamlSiblingOf(text: string, start: number): string | undefined {
  const line = text.lastIndexOf('\n', start - 1) + 1;
  if (line < 2) return undefined;
  const head = YAML_VALUE_HEAD.exec(text.slice(line, start));
  if (head === null) return undefined;
  const prev = text.lastIndexOf('\n', line - 2) + 1;
  const item = YAML_NAME_LINE.exec(text.slice(prev, line - 1));
  return item !== null && item[1]!.length + 2 === head[1]!.length ? item[2] : undefined;
}

/**
 * The same pair as .NET's XML settings write it (appSettings, NuGet.config's packageSourceCredentials):
 * `<add key="ClearTextPassword" value="V" />`. Group 2: the key, 4: the value (indices: the `d` flag).
 */
const XML_ADD_PAIR = /<add[ \t]+key=(["'])([A-Za-z][\w.:$-]{0,79})\1[ \t]+value=(["'])([^"'<>\r\n]{1,200})\3/dg;

/** Every string value of a value field that a sibling name field names: the name, and where the string starts and ends. */
export function siblingKeyedValues(text: string): Array<{ key: string; start: number; end: number }> {
  const out: Array<{ key: string; start: number; end: number }> = [];
  VALUE_FIELD_G.lastIndex = 0;
  for (let m = VALUE_FIELD_G.exec(text); m !== null; m = VALUE_FIELD_G.exec(text)) {
    const start = m.index + m[0].length;
    const s = siblingOf(text, start, m[2]);
    if (s !== undefined && s.end > start) out.push({ key: s.key, start, end: s.end });
  }
  if (text.includes('value:')) pushPairs(text, YAML_PAIR, out);
  if (text.includes('<add')) pushPairs(text, XML_ADD_PAIR, out);
  return out;
}

/** Every match of a pair pattern whose group 2 is the key and group 4 the value (YAML_PAIR, XML_ADD_PAIR), onto `out`. */
function pushPairs(text: string, pattern: RegExp, out: Array<{ key: string; start: number; end: number }>): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const [start, end] = m.indices![4]!;
    out.push({ key: m[2]!, start, end });
  }
}

/** A key's words: split at `_`, `-`, `.` and lower-to-upper humps, lower-cased (`clientMac` → client, mac). */
export function keyWords(key: string): string[] {
  return key.replace(/([a-z\d])([A-Z])/g, '$1 $2').toLowerCase().split(/[ _.-]+/);
}
