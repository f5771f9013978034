// Digits and ASCII written in other forms, read as ASCII (issue 17): Japanese and Chinese text writes
// phone numbers and addresses in full-width forms (`０９０－１２３４－５６７８`, `ｔａｒｏ＠…`), Arabic,
// Persian and Indian text in their own digits (`٠٥٠…`, `۰۹۱…`, `९८७६५…`). Each such code unit stands for
// one ASCII character, so the folded text has the same length and every offset found in it is the
// original's: the detectors read the folded copy, the mask is applied to the original.

/** The zero of each block of decimal digits folded: every Unicode Nd block up to Myanmar, and full-width. */
const DIGIT_ZEROS = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic (Persian, Urdu)
  0x07c0, // NKo
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0a66, // Gurmukhi
  0x0ae6, // Gujarati
  0x0b66, // Oriya
  0x0be6, // Tamil
  0x0c66, // Telugu
  0x0ce6, // Kannada
  0x0d66, // Malayalam
  0x0de6, // Sinhala Lith
  0x0e50, // Thai
  0x0ed0, // Lao
  0x0f20, // Tibetan
  0x1040, // Myanmar
  0xff10, // Full-width (inside the full-width ASCII block below, listed for completeness)
];

/** The ASCII character each foldable code unit stands for (0: not folded). */
const FOLD = new Uint8Array(65536);
for (let c = 0xff01; c <= 0xff5e; c++) FOLD[c] = c - 0xfee0; // full-width ASCII: ！ … ～
FOLD[0x3000] = 32; // ideographic space
for (const zero of DIGIT_ZEROS) for (let d = 0; d < 10; d++) FOLD[zero + d] = 48 + d;

/** Whether the code unit is folded (types.ts marks such texts in their features: CELL_FOLD). */
export function folds(c: number): boolean {
  return FOLD[c] !== 0;
}

/** The text with every foldable code unit replaced by its ASCII character (same length). */
export function foldWidth(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const a = FOLD[text.charCodeAt(i)]!;
    if (a === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(a);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
