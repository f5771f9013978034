// CloudFormation intrinsic functions, resolved as CloudFormation would at deploy time with every
// parameter at its Default: Ref, Fn::Sub (both forms), Fn::Join, Fn::Split, Fn::Select, Fn::FindInMap, Fn::If with
// the template's Conditions (Fn::Equals, Fn::Not, Fn::And, Fn::Or), Fn::GetAtt and AWS::NoValue. YAML
// short forms arrive as these long forms (src/io/cloudformation-tags.ts), so a YAML template and its
// JSON twin resolve alike. What only the deployment knows (AWS::StackName, AWS::Region, a parameter
// without Default, a resource's attribute, Fn::ImportValue) stays a Deferred value: present, text known
// in part, literal value unknown.
import { arr, isObj, obj, type Obj } from './util.js';

/** A value known only at deploy time. `logicalId` when it is a Ref / Fn::GetAtt of a resource in the template. */
export class Deferred {
  constructor(
    readonly text: string,
    readonly logicalId: string | null = null,
    readonly resourceType: string | null = null,
  ) {}
}

/** AWS::NoValue: the property is removed. */
const NO_VALUE = Symbol('AWS::NoValue');
type Value = unknown;

const MAX_DEPTH = 64;

export class Template {
  private readonly parameters: Obj;
  private readonly mappings: Obj;
  private readonly conditions: Obj;
  private readonly resources: Obj;
  private readonly conditionCache = new Map<string, boolean | null>();

  constructor(root: Obj) {
    this.parameters = obj(root.Parameters);
    this.mappings = obj(root.Mappings);
    this.conditions = obj(root.Conditions);
    this.resources = obj(root.Resources);
  }

  /** The value with every intrinsic function resolved (Deferred where only the deployment knows). */
  resolve(v: unknown): unknown {
    const r = this.value(v, 0);
    return r === NO_VALUE ? undefined : r;
  }

  private value(v: unknown, depth: number): Value {
    if (depth > MAX_DEPTH) return new Deferred('(nested too deep)');
    if (v instanceof Deferred) return v;
    if (Array.isArray(v)) return v.map((x) => this.value(x, depth + 1)).filter((x) => x !== NO_VALUE);
    if (!isObj(v)) return v;
    const keys = Object.keys(v);
    if (keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::') || keys[0] === 'Condition')) {
      return this.intrinsic(keys[0]!, v[keys[0]!], depth + 1);
    }
    const out: Obj = {};
    for (const k of keys) {
      const x = this.value(v[k], depth + 1);
      if (x !== NO_VALUE) out[k] = x;
    }
    return out;
  }

  private intrinsic(fn: string, arg: unknown, depth: number): Value {
    switch (fn) {
      case 'Ref':
        return typeof arg === 'string' ? this.ref(arg) : new Deferred('Ref');
      case 'Fn::GetAtt': {
        const [id, att] = typeof arg === 'string' ? [arg.split('.')[0]!, arg.split('.').slice(1).join('.')] : [arr(arg)[0], arr(arg)[1]];
        const logical = typeof id === 'string' ? id : null;
        return new Deferred(`${logical}.${typeof att === 'string' ? att : '?'}`, logical && this.resources[logical] ? logical : null, this.typeOf(logical));
      }
      case 'Fn::Sub':
        return this.sub(arg, depth);
      case 'Fn::Join': {
        const args = this.value(arg, depth);
        if (args instanceof Deferred) return args;
        const [sep, list] = arr(args);
        return list instanceof Deferred ? list : this.concat(arr(list), typeof sep === 'string' ? sep : '');
      }
      case 'Fn::Split': {
        const [sep, text] = arr(this.value(arg, depth));
        return typeof sep === 'string' && sep !== '' && typeof text === 'string' ? text.split(sep) : new Deferred('Fn::Split');
      }
      case 'Fn::Select': {
        const [i, list] = arr(this.value(arg, depth));
        const items = arr(list);
        return typeof i === 'number' || (typeof i === 'string' && /^\d+$/.test(i)) ? (items[Number(i)] ?? new Deferred('Fn::Select')) : new Deferred('Fn::Select');
      }
      case 'Fn::FindInMap': {
        const [m, k1, k2] = arr(this.value(arg, depth));
        const found = typeof m === 'string' && typeof k1 === 'string' && typeof k2 === 'string' ? obj(obj(this.mappings[m])[k1])[k2] : undefined;
        return found === undefined ? new Deferred('Fn::FindInMap') : this.value(found, depth);
      }
      case 'Fn::If': {
        const [name, yes, no] = arr(arg);
        const holds = typeof name === 'string' ? this.condition(name, depth) : null;
        return holds === null ? new Deferred(`Fn::If ${String(name)}`) : this.value(holds ? yes : no, depth);
      }
      case 'Condition':
      case 'Fn::Equals':
      case 'Fn::Not':
      case 'Fn::And':
      case 'Fn::Or': {
        const b = this.booleanOf({ [fn]: arg }, depth);
        return b === null ? new Deferred(fn) : b;
      }
      default:
        return new Deferred(fn); // Fn::ImportValue, Fn::Base64, Fn::GetAZs, Fn::Cidr …
    }
  }

  private ref(name: string): Value {
    if (name === 'AWS::NoValue') return NO_VALUE;
    if (name.startsWith('AWS::')) return new Deferred(`\${${name}}`);
    if (name in this.parameters) {
      const p = obj(this.parameters[name]);
      return 'Default' in p && (typeof p.Default === 'string' || typeof p.Default === 'number') ? String(p.Default) : new Deferred(`\${${name}}`);
    }
    return new Deferred(name, this.resources[name] ? name : null, this.typeOf(name));
  }

  private typeOf(id: string | null): string | null {
    const t = id ? obj(this.resources[id]).Type : null;
    return typeof t === 'string' ? t : null;
  }

  /** Fn::Sub "text ${Name} …" or [text, { Name: value }]: every ${Name} replaced; ${!Literal} stays ${Literal}. */
  private sub(arg: unknown, depth: number): Value {
    const map = typeof arg === 'string' ? {} : this.value(arr(arg)[1], depth);
    const [text, vars] = [typeof arg === 'string' ? arg : arr(arg)[0], map instanceof Deferred ? {} : obj(map)];
    if (typeof text !== 'string') return new Deferred('Fn::Sub');
    const parts: Value[] = [];
    let last = 0;
    for (const m of text.matchAll(/\$\{([^}]*)\}/g)) {
      parts.push(text.slice(last, m.index));
      const name = m[1]!.trim();
      if (name.startsWith('!')) parts.push(`\${${name.slice(1)}}`);
      else if (name in vars) parts.push(vars[name]);
      else if (name.includes('.')) parts.push(this.intrinsic('Fn::GetAtt', name, depth));
      else parts.push(this.ref(name));
      last = m.index + m[0].length;
    }
    parts.push(text.slice(last));
    return this.concat(parts, '');
  }

  /** Strings joined; any Deferred part makes the whole Deferred, its text showing the known parts. */
  private concat(parts: readonly Value[], sep: string): Value {
    const texts = parts.map((p) => (p instanceof Deferred ? `\${${p.text.replace(/^\$\{(.*)\}$/, '$1')}}` : typeof p === 'string' || typeof p === 'number' ? String(p) : null));
    if (texts.some((t) => t === null)) return new Deferred('(a list or map in a string)');
    const joined = texts.join(sep);
    return parts.some((p) => p instanceof Deferred) ? new Deferred(joined) : joined;
  }

  /** Whether a resource with `Condition: name` is created: false when the condition is false at the defaults. */
  creates(name: string): boolean {
    return this.condition(name, 0) !== false;
  }

  /** A condition's truth, or null when it depends on what only the deployment knows. */
  private condition(name: string, depth: number): boolean | null {
    const cached = this.conditionCache.get(name);
    if (cached !== undefined) return cached;
    this.conditionCache.set(name, null); // a condition that refers to itself is unknown
    const b = name in this.conditions ? this.booleanOf(this.conditions[name], depth + 1) : null;
    this.conditionCache.set(name, b);
    return b;
  }

  private booleanOf(c: unknown, depth: number): boolean | null {
    if (depth > MAX_DEPTH) return null;
    if (typeof c === 'boolean') return c;
    const o = obj(c);
    if (typeof o.Condition === 'string') return this.condition(o.Condition, depth + 1);
    const args = arr(o['Fn::Equals'] ?? o['Fn::Not'] ?? o['Fn::And'] ?? o['Fn::Or']);
    if ('Fn::Equals' in o) {
      const [a, b] = args.map((x) => this.value(x, depth + 1));
      if (a instanceof Deferred || b instanceof Deferred) return null;
      return JSON.stringify(a) === JSON.stringify(b) || String(a) === String(b);
    }
    const bs = args.map((x) => this.booleanOf(x, depth + 1));
    if ('Fn::Not' in o) return bs[0] === null || bs[0] === undefined ? null : !bs[0];
    if ('Fn::And' in o) return bs.includes(false) ? false : bs.includes(null) ? null : true;
    if ('Fn::Or' in o) return bs.includes(true) ? true : bs.includes(null) ? null : false;
    return null;
  }
}
