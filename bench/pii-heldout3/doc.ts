// A text being written with its gold beside it: literal pieces, personal values (type and written
// form) and hard negatives (kind) are appended in order, so every span is known by construction and
// no value is searched for afterwards. The scorer (set 1's score.ts) reads `type`, `form`, `kind`,
// `start` and `end`.

export interface Gold3 {
  type: string;
  form: string;
  start: number;
  end: number;
}

export interface Negative3 {
  kind: string;
  /** The scorer's record of a negative's form: here the kind again (kinds are the unit reported). */
  form: string;
  start: number;
  end: number;
}

/** One scored unit: a document, a JSON Lines field or a CSV cell. */
export interface Unit {
  text: string;
  gold: Gold3[];
  negatives: Negative3[];
}

/** A personal value as generated: its text, gold type and form (`DE:national`, `quoted-local`). */
export interface Value {
  text: string;
  type: string;
  form: string;
}

// A bracketed upper-case word would read as a mask placeholder to the aligner: never written.
const PLACEHOLDER_LIKE = /\[[A-Z][A-Z0-9_]*(?::[a-p]{20})?\]/;

export class Doc {
  private text = '';
  private readonly gold: Gold3[] = [];
  private readonly negatives: Negative3[] = [];

  /** Literal text (labels, punctuation, prose). Returns this for chaining. */
  t(s: string): this {
    this.text += s;
    return this;
  }
  /** A personal value. */
  v(value: Value): this {
    this.gold.push({ type: value.type, form: value.form, start: this.text.length, end: this.text.length + value.text.length });
    this.text += value.text;
    return this;
  }
  /** A hard negative of `kind`. */
  n(kind: string, s: string): this {
    this.negatives.push({ kind, form: kind, start: this.text.length, end: this.text.length + s.length });
    this.text += s;
    return this;
  }
  /** Appends another unit's text and spans (a line built elsewhere). */
  add(u: Unit): this {
    const at = this.text.length;
    for (const g of u.gold) this.gold.push({ ...g, start: g.start + at, end: g.end + at });
    for (const x of u.negatives) this.negatives.push({ ...x, start: x.start + at, end: x.end + at });
    this.text += u.text;
    return this;
  }
  get length(): number {
    return this.text.length;
  }
  done(): Unit {
    if (PLACEHOLDER_LIKE.test(this.text)) throw new Error('generator wrote a placeholder-like token');
    return { text: this.text, gold: [...this.gold], negatives: [...this.negatives] };
  }
}

/** A unit holding exactly one value (a CSV cell or JSON field). */
export function valueUnit(v: Value): Unit {
  return new Doc().v(v).done();
}

/** A unit holding exactly one hard negative. */
export function negativeUnit(kind: string, s: string): Unit {
  return new Doc().n(kind, s).done();
}
