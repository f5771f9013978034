// HL7 v2 segments (HL7 v2.5 §2.5): a segment is a line (segments end with a carriage return; files and
// logs often write a line feed) that starts with its three-character id, then fields split by the field
// separator MSH-1 declares (`|` almost always), the separator written again right after the id. A
// field's number says what it holds: PID-19 is "SSN Number - Patient", PID-13 and PID-14 the home and
// business phone numbers, PID-18 the patient account number, PID-20 the driver's licence.

/** How far back a segment's start is looked for (a PID segment is seldom longer). */
const MAX_SEGMENT = 1000;

/**
 * The number of the PID field that the text from `start` to `end` is the whole of (fields counted
 * from 1 after the segment id), or -1 when it is not a whole field of a PID segment.
 */
export function pidFieldOf(text: string, start: number, end: number): number {
  return segmentFieldOf(text, start, end, 'PID');
}

/**
 * A whole field that holds a phone number by its place: PID-13 (home), PID-14 (business), NK1-5 (the
 * next of kin's phone), NK1-6 (business phone). Its field number is its cue, as a phone word's would be;
 * the segment's last field too (a carriage return, not the separator, ends it).
 */
export function hl7PhoneField(text: string, start: number, end: number): boolean {
  if (!afterPipe(text, start)) return false;
  const pid = segmentFieldOf(text, start, end, 'PID');
  if (pid === 13 || pid === 14) return true;
  const nk1 = pid === -1 ? segmentFieldOf(text, start, end, 'NK1') : -1;
  return nk1 === 5 || nk1 === 6;
}

/**
 * A whole field of a PID segment other than its phone fields (PID-13 home, PID-14 business, PID-40
 * telecommunication information): an account number (PID-18), an SSN (PID-19), a licence (PID-20)…
 */
export function otherPidField(text: string, start: number, end: number): boolean {
  if (!afterPipe(text, start)) return false;
  const field = segmentFieldOf(text, start, end, 'PID');
  return field > 0 && field !== 13 && field !== 14 && field !== 40;
}

/** The text at `start` follows a "|", the field separator MSH-1 almost always declares, after a segment id's room. */
function afterPipe(text: string, start: number): boolean {
  return start >= 4 && text.charCodeAt(start - 1) === 124;
}

/** The number of the field of segment `id` that `start`–`end` is the whole of, or -1. */
function segmentFieldOf(text: string, start: number, end: number, id: string): number {
  if (start < 4) return -1;
  const sep = text.charCodeAt(start - 1);
  // The field separator: a printable non-alphanumeric character (`|`, or what MSH-1 chose).
  if (sep < 33 || sep > 126 || (sep >= 48 && sep <= 57) || ((sep | 32) >= 97 && (sep | 32) <= 122)) return -1;
  if (end < text.length) {
    const after = text.charCodeAt(end);
    if (after !== sep && after !== 13 && after !== 10) return -1;
  }
  let fields = 0;
  const stop = Math.max(0, start - MAX_SEGMENT);
  for (let i = start - 1; i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === sep) fields++;
    else if (c === 13 || c === 10) return segmentIs(text, i + 1, sep, id) ? fields : -1;
  }
  return stop === 0 && segmentIs(text, 0, sep, id) ? fields : -1;
}

/** The segment at `at` is segment `id` written with the separator `sep`. */
function segmentIs(text: string, at: number, sep: number, id: string): boolean {
  return text.startsWith(id, at) && text.charCodeAt(at + 3) === sep;
}
