// A regular expression made on first use, then the same object every time (its lastIndex kept). Made at
// a module's load, a pattern of many \p{…} classes costs every thread its parse (V8 parses it when it is
// made and again when first run) whether a scan ever runs it or not: a typed table's scan runs few of them.

/** The one RegExp of `source` and `flags`, made when the returned function is first called. */
export function lazyRegExp(source: string, flags: string): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= new RegExp(source, flags));
}
