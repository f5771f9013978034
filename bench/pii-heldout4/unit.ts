// One scored piece of text of set 4 (a document, a record's leaf field, a CSV cell) and the builder
// that writes it: literal text, gold values and hard negatives are appended in order, so a gold span
// and a hard negative never overlap and every offset is exact by construction.
import type { GoldSpan, NegativeSpan } from '../pii-heldout/records.js';

/** A hard negative of set 4: set 1's span with a kind of these formats (`hl7-timestamp`, `bic` …). */
export type Negative = Omit<NegativeSpan, 'kind'> & { kind: string };

/** Text with its gold values and hard negatives (offsets into `text`). */
export type Unit = { text: string; gold: GoldSpan[]; negatives: Negative[] };

/** A value to write: a gold type (`email`, `phone` …) or a hard negative kind, with its form. */
export interface Piece {
  text: string;
  /** Gold type; absent for a hard negative. */
  type?: string;
  /** Hard-negative kind; absent for a gold value. */
  kind?: string;
  form: string;
}

export const gold = (type: string, form: string, text: string): Piece => ({ type, form, text });
export const neg = (kind: string, form: string, text: string): Piece => ({ kind, form, text });

export class Doc {
  private text = '';
  private readonly golds: GoldSpan[] = [];
  private readonly negs: Negative[] = [];

  /** Appends literal text, or pieces (each a gold value or a hard negative) in order. */
  add(...parts: Array<string | Piece>): this {
    for (const p of parts) {
      if (typeof p === 'string') {
        this.text += p;
        continue;
      }
      const span = { start: this.text.length, end: this.text.length + p.text.length };
      if (p.type) this.golds.push({ type: p.type, form: p.form, ...span });
      else if (p.kind) this.negs.push({ kind: p.kind, form: p.form, ...span });
      this.text += p.text;
    }
    return this;
  }

  unit(): Unit {
    return { text: this.text, gold: [...this.golds], negatives: [...this.negs] };
  }
}

/** A unit of one piece or of plain text (a CSV cell, a record field). */
export function unitOf(...parts: Array<string | Piece>): Unit {
  return new Doc().add(...parts).unit();
}
