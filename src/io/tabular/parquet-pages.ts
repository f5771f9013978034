// The page headers of a Parquet column chunk, checked before hyparquet decodes it. hyparquet trusts
// them: a corrupt version-2 data page header without its level lengths sets its reader's offset to
// NaN, and its level decoder then reads byte 0 forever (a hang no time budget can stop, since the
// loop never yields). This walks the chunk's headers (Thrift compact protocol) and refuses any whose
// sizes are missing, negative or run past the chunk, so that hyparquet only ever reads sound frames.

/** Thrift compact field types. */
const T = { True: 1, False: 2, Byte: 3, I16: 4, I32: 5, I64: 6, Double: 7, Binary: 8, List: 9, Set: 10, Map: 11, Struct: 12 } as const;

/** Nesting deeper than this in a page header is corrupt (real headers nest two levels). */
const MAX_DEPTH = 16;

type Fields = Map<number, number | Fields>;

class Compact {
  constructor(
    private readonly bytes: Uint8Array,
    public at: number,
  ) {}

  byte(): number {
    if (this.at >= this.bytes.length) throw new Error('past the end');
    return this.bytes[this.at++]!;
  }

  varint(): number {
    let result = 0;
    for (let shift = 0; shift < 64; shift += 7) {
      const b = this.byte();
      if (shift < 53) result += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return result;
    }
    throw new Error('varint too long');
  }

  zigzag(): number {
    const n = this.varint();
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
  }

  skip(n: number): void {
    if (n < 0 || this.at + n > this.bytes.length) throw new Error('past the end');
    this.at += n;
  }

  /** A struct's integer and struct fields by id (others skipped). */
  struct(depth = 0): Fields {
    if (depth > MAX_DEPTH) throw new Error('too deep');
    const fields: Fields = new Map();
    let id = 0;
    for (;;) {
      const head = this.byte();
      if (head === 0) return fields;
      const type = head & 0x0f;
      id = head >> 4 === 0 ? this.zigzag() : id + (head >> 4);
      const value = this.value(type, depth);
      if (value !== undefined) fields.set(id, value);
    }
  }

  private value(type: number, depth: number): number | Fields | undefined {
    switch (type) {
      case T.True:
      case T.False:
        return undefined;
      case T.Byte:
        this.skip(1);
        return undefined;
      case T.I16:
      case T.I32:
      case T.I64:
        return this.zigzag();
      case T.Double:
        this.skip(8);
        return undefined;
      case T.Binary:
        this.skip(this.varint());
        return undefined;
      case T.List:
      case T.Set: {
        const head = this.byte();
        const size = head >> 4 === 15 ? this.varint() : head >> 4;
        const elem = head & 0x0f;
        for (let i = 0; i < size; i++) {
          if (elem === T.True || elem === T.False) this.skip(1);
          else this.value(elem, depth + 1);
        }
        return undefined;
      }
      case T.Map: {
        const size = this.varint();
        if (size === 0) return undefined;
        const kinds = this.byte();
        for (let i = 0; i < size; i++) {
          this.value(kinds >> 4, depth + 1);
          this.value(kinds & 0x0f, depth + 1);
        }
        return undefined;
      }
      case T.Struct:
        return this.struct(depth + 1);
      default:
        throw new Error(`unknown field type ${type}`);
    }
  }
}

const int = (f: Fields | undefined, id: number): number | undefined => {
  const v = f?.get(id);
  return typeof v === 'number' ? v : undefined;
};

/**
 * What is wrong with the page headers of a column chunk (its bytes), or undefined when every
 * page frame is sound: a known page type, sizes present and not negative, each page inside the
 * chunk, and a version-2 data page's level lengths present and inside its page.
 */
export function pageHeaderProblem(chunk: Uint8Array): string | undefined {
  const reader = new Compact(chunk, 0);
  while (reader.at < chunk.length) {
    let header: Fields;
    try {
      header = reader.struct();
    } catch {
      return 'a page header is corrupt';
    }
    const type = int(header, 1);
    const size = int(header, 3);
    if (type === undefined || type < 0 || type > 3) return 'a page has an unknown type';
    if (size === undefined || size < 0 || reader.at + size > chunk.length) return 'a page size runs past its column chunk';
    if (type === 3) {
      const v2 = header.get(8);
      const levels = typeof v2 === 'object' ? [int(v2, 5), int(v2, 6)] : [];
      if (levels.length !== 2 || levels.some((n) => n === undefined || n < 0) || levels[0]! + levels[1]! > size) return 'a data page has no valid level lengths';
    }
    reader.at += size;
  }
  return undefined;
}
