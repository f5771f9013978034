// Small readers over untyped definition data.
export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const obj = (v: unknown): Obj => (isObj(v) ? v : {});
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : typeof v === 'number' ? String(v) : null);
export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null);
export const truthy = (v: unknown): boolean => v === true || (typeof v === 'string' && /^(true|yes|on|1)$/i.test(v.trim()));

/** String values of a map (labels, annotations); non-string values are written as JSON. */
export function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObj(v)) return out;
  // Own keys in Object.entries' order, without its list of pairs (labels are read several times per endpoint).
  for (const k in v) {
    if (!Object.hasOwn(v, k)) continue;
    const x = v[k];
    out[k] = typeof x === 'string' ? x : JSON.stringify(x);
  }
  return out;
}

/** Kubernetes resource quantity present? */
export const quantity = (v: unknown): string | null => (typeof v === 'number' ? String(v) : typeof v === 'string' && v.trim() ? v.trim() : null);

/** Annotations, without kubectl's copy of the whole applied object (large, and not a property of the endpoint). */
export function annotationMap(v: unknown): Record<string, string> {
  const m = stringMap(v);
  delete m['kubectl.kubernetes.io/last-applied-configuration'];
  return m;
}
