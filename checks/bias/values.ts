// How raw cell values (CSV text, JSON and Parquet scalars) compare with the manifest's label values.

/** Canonical text of a label or prediction; undefined when missing. "1.0", 1 and 1n are all "1"; "True" and true are "true". */
export function canonicalLabel(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return Number.isNaN(v) ? undefined : String(v);
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  const s = String(v).trim();
  if (s === '') return undefined;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return String(Number(s));
  const lower = s.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower;
  if (lower === 'nan') return undefined;
  return s;
}

/** Group value of a sensitive feature; undefined when missing (empty, null, NaN). Text is kept as written. */
export function groupValue(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return Number.isNaN(v) ? undefined : String(v);
  if (typeof v === 'string') return v === '' || v.toLowerCase() === 'nan' ? undefined : v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** A number from a score or weight cell; undefined when it is not a finite number. */
export function numeric(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}
