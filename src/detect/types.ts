// Declarative detectors, Presidio-style: a linear-time pattern (or a hand-written linear scan), a
// validator that rejects look-alikes (checksums, ranges, entropy), context words that raise the score.

export interface Detector {
  /** Stable type id, kebab-case: `email`, `aws-access-key-id`… */
  type: string;
  /**
   * Global regular expression. Patterns must stay linear-time: bounded quantifiers, no nested
   * repetition, no alternation whose branches can match the same text at the same position.
   */
  pattern?: RegExp;
  /** Capture group holding the value (default 0, the whole match). */
  group?: number;
  /** Alternative to `pattern`: a linear scan returning candidate spans. */
  scan?(text: string): Array<{ start: number; end: number }>;
  /**
   * A fast answer for a text that may be exactly one value of this type (a column's usual type):
   * the score `validate` gives (`score` without a validator) when the pattern's leftmost match, or
   * the scan's first span, covers the whole text and the validator accepts it; undefined when not
   * sure, and the engine then runs the pattern. One loop over the text where the pattern and the
   * validator take several; written for the common forms only, and proved against the pattern and
   * validator by a differential test (test/unit/checks/pii/recognise.test.ts).
   */
  recognise?(text: string): number | undefined;
  /**
   * Every match of `pattern` holds `literal` at most `within` characters after its start (an
   * e-mail address: "@" within 64): the search skips ahead to `within` characters before the next
   * `literal`, where the pattern would try and fail at every position of a long text.
   */
  anchor?: { literal: string; within: number };
  /** At least one of these substrings must occur in the text (case-sensitive) for the detector to run. */
  prefilter?: readonly string[];
  /**
   * Words of which a text holds one, in some case, wherever the detector finds anything (a superset of
   * what a case-insensitive search of the detector's own reads: its scan still searches). Only a gate:
   * runDetectorsOverTexts passes by a text whose summary of character pairs (text-summary.ts) shows none
   * of them, where the scan would have searched it for nothing; nothing else reads it.
   */
  textHolds?: readonly string[];
  /**
   * Every match of `pattern` holds this many ASCII digits (0-9) in a row (`\d{6} ?\d{5}`: 6). Only a
   * gate, and an exact one: runDetectorsOverTexts passes by a text whose longest run of digits
   * (measured with its summary) is shorter, and runDetectors too (measured when first asked), where
   * the pattern would have searched it for nothing, whatever its context or keys say. Proved against
   * the pattern's source and its matches on the corpora (test/unit/checks/pii/digit-run.test.ts); a
   * detector with a scan declares none.
   */
  digitRun?: number;
  /**
   * Every match of `pattern` holds this many ASCII digits and nowhere two other characters side by
   * side (`\d{3}([- .]?)\d{2}\1\d{4}`: 9; `\d{6} ?\d{5}`: 11): such a match lies in one stretch of
   * the text without two non-digits together, which then holds as many digits. A gate as digitRun
   * (the same pass measures the text's best stretch), proved as it is. A scan declares it when it
   * finds a span only in a text holding such a stretch (the card's runs), proved by its code and its spans.
   */
  digitGroup?: number;
  /**
   * Every match holds an ASCII letter right before an ASCII digit (an IBAN's `DE89`). A gate as
   * digitRun (the same pass finds the pair); for a scan, proved by the scan's code and its matches.
   */
  letterDigit?: boolean;
  /**
   * Rejects a candidate (false), or returns a score that replaces the base score. With `usesFloor`,
   * `floor` is the lowest score that can still survive (context and threshold already weighed): a
   * validator may reject a candidate whose score would fall below it without doing costly work.
   */
  validate?(value: string, text: string, start: number, end: number, floor?: number): boolean | number;
  /** The validator reads its `floor` argument (the engine weighs context before validating). */
  usesFloor?: boolean;
  /**
   * With `usesFloor`: true for a candidate that `validate` rejects whatever its floor, asked before the
   * context is weighed (the search for context words is then skipped). Never true where validate
   * could accept: it only answers sooner.
   */
  rejects?(value: string, text: string, start: number, end: number): boolean;
  /** Base score in [0, 1] of a candidate that passed validation. */
  score: number;
  /** The highest score `validate` may return, when above `score` (lets a scan rule a detector out). */
  maxScore?: number;
  /**
   * The most `validate` returns (below maxScore) for a candidate nothing labels: in a text without a
   * letter (an ASCII letter or any non-ASCII character: no key, label word, element code or context
   * word can stand there), in a column whose name holds no context word, at a threshold above
   * `threshold` (a lower floor reads as a cue). A whole-value match of a column's usual type that
   * scores more is then final for such a text (the detectors' rival check: checks/pii/detectors).
   */
  unlabelled?: { maxScore: number; threshold: number };
  /** Lowercase words that, near the match (or in the column name), raise the score to `contextScore`. */
  context?: readonly string[];
  contextScore?: number;
  /**
   * Words or phrases of a column name only (whole words, as nameHoldsPhrase reads a name: `document
   * number` in `documentNumber`, `tax id` in `tax_id`) that count as context words there, and in a
   * record's key right before the value (`"customer_tax_id":"…"`), but not elsewhere in the text, where
   * they label other numbers as often ("document 123456789" in a sentence).
   */
  columnContext?: readonly string[];
  /**
   * Context words count in the text only where a word starts (not after an ASCII letter or digit):
   * "tel" in "Tel." but not in "hotel" or "Bestellnummer", "tin" not in "meeting". The column name
   * is matched anywhere ("customerTel").
   */
  contextAtWordStart?: boolean;
  /**
   * A context word labels the number beside it: one before the match counts only when no other digit
   * stands between them, one after it only when no number follows it in the same sentence ("P/N
   * 3011-2860-20 Telefoon: 06…": the phone word is the label of the next number, not of the part number).
   */
  contextNearest?: boolean;
  /**
   * Words of a column name that say its values are something else ("isbn", "order_id",
   * "firmware_version"): no match there, unless a context word is in the name too. A word counts
   * where a word of the name starts ("order" in "orderId", not "ean" in "boolean"; a word under five
   * letters only alone or before a digit: "isbn13", not "party").
   */
  notContext?: readonly string[];
  /**
   * The last word of a column name when it names a measure or a time of what the words before it name
   * (`call_duration_ms`, `sms_count`, `phone_verified_at`): the values are that measure, no candidate
   * of the detector counts, whatever context word the name also holds (notContext yields to one), unless
   * a columnContext phrase names the detector's own type there (`caller id`: the caller's number).
   */
  notContextLast?: readonly string[];
  /**
   * Words of a column name that hold no context word inside them, as notContext's words do not ("sin"
   * in `numero_sinistre`, a claim number), without ruling the detector out of the column.
   */
  notCue?: readonly string[];
  /** Below this score a match is dropped (default: the engine's threshold). */
  minScore?: number;
}

export interface DetectorMatch {
  type: string;
  /** JavaScript string indices (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  score: number;
}

export interface DetectOptions {
  /** Matches scoring below this are dropped (default 0.5). */
  threshold?: number;
  /** Extra context, e.g. a column name: counts as context words for every match. */
  context?: string;
  /** Characters either side searched for context words (default 40). */
  window?: number;
}
