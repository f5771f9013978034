// Recovers what the CLI masked: the masked text is the original with some spans replaced by a
// placeholder (`[EMAIL]`, `[PHONE]`, or `[EMAIL:<20 letters a–p>]` with the hash strategy), so
// aligning the two gives each masked span's place in the original and its label. The held-out
// generator never writes a bracketed upper-case word itself, so every such token is a placeholder.

export interface MaskedSpan {
  /** The placeholder's type, lower case with dashes (`[CREDIT_CARD]` → `credit-card`). */
  label: string;
  start: number;
  end: number;
}

const PLACEHOLDER = /\[([A-Z][A-Z0-9_]*)(?::[a-p]{20})?\]/g;

/**
 * How unlikely `text` is as one masked value: the changes between tokens with digits and tokens
 * without (a card number followed by a name). Where two placeholders are separated by a space that
 * also occurs inside a value, the alignment with the fewest such changes is taken.
 */
function mixedTokens(text: string): number {
  let changes = 0;
  let last: boolean | undefined;
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    const digits = /\d/.test(token);
    if (last !== undefined && digits !== last) changes++;
    last = digits;
  }
  return changes;
}

/**
 * The spans of `original` replaced in `masked`, or undefined when the two cannot be aligned (the
 * output changed the text in some other way). The literal pieces between placeholders must appear
 * in order; each placeholder stands for at least one character. Among several alignments the one
 * whose spans mix digit and letter tokens least is taken, then the one with the shortest spans first
 * (memoised search over the places of each literal).
 */
export function maskedSpans(original: string, masked: string): MaskedSpan[] | undefined {
  if (original === masked) return [];
  const labels: string[] = [];
  const literals: string[] = [];
  let at = 0;
  for (const m of masked.matchAll(PLACEHOLDER)) {
    literals.push(masked.slice(at, m.index));
    labels.push(m[1]!.toLowerCase().replace(/_/g, '-'));
    at = m.index + m[0].length;
  }
  literals.push(masked.slice(at));
  if (labels.length === 0 || !original.startsWith(literals[0]!)) return undefined;
  const last = literals[literals.length - 1]!;
  if (!original.endsWith(last)) return undefined;
  const tailStart = original.length - last.length;
  type Best = { cost: number; ends: number[] } | null;
  const memo = new Map<string, Best>();

  // Placeholder i starts at `pos`: the cheapest ends of placeholders i, i+1, … (null: none fits).
  const best = (i: number, pos: number): Best => {
    if (i === labels.length - 1) return tailStart > pos ? { cost: mixedTokens(original.slice(pos, tailStart)), ends: [tailStart] } : null;
    const key = `${i}:${pos}`;
    if (memo.has(key)) return memo.get(key)!;
    const lit = literals[i + 1]!;
    let found: Best = null;
    for (let next = original.indexOf(lit, pos + 1); next !== -1 && next + lit.length <= tailStart; next = original.indexOf(lit, next + 1)) {
      const rest = best(i + 1, next + lit.length);
      if (rest) {
        const cost = mixedTokens(original.slice(pos, next)) + rest.cost;
        if (!found || cost < found.cost) found = { cost, ends: [next, ...rest.ends] };
      }
      if (lit.length === 0) break; // an empty literal: every split is equivalent, the first is as good
    }
    memo.set(key, found);
    return found;
  };
  const b = best(0, literals[0]!.length);
  if (!b) return undefined;
  let pos = literals[0]!.length;
  return b.ends.map((end, i) => {
    const span = { label: labels[i]!, start: pos, end };
    pos = end + literals[i + 1]!.length;
    return span;
  });
}
