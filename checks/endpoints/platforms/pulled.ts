// The models a Kubernetes object makes its platform pull, each with the annotation that may declare its
// digest: `modelgate.dev/model-sha256.<model>` declares the model of that name (a KServe component, a
// Seldon graph node); `modelgate.dev/model-sha256` declares the one model of its scope (a component, a
// predictor, the object), and a scope that pulls several models declares none of them, since one value
// cannot name two artifacts.
import { formatLocation } from '../../../src/errors.js';
import type { ServedModel } from '../model.js';
import { copyModel, pulledModel, type Where } from '../modeluri.js';
import type { Doc } from '../read.js';
import { DIGEST_ANNOTATION, VERSION_ANNOTATION } from './common.js';
import { obj } from './util.js';

/** A field (or annotation) and, when asked, where it is: `spec.predictor.model.storageUri at deploy/x.yaml:12:7`. */
export function fieldAt(doc: Doc, path: ReadonlyArray<string | number>): Exclude<Where, string> {
  // Texts built only when asked: most pulls show one of them, or none (a declared digest shows the annotation's).
  // The closures hold the file and the locator, not the document: its data is garbage once it is read.
  const { file, locate } = doc;
  const field = () => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : /^[\w-]+$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`)).join('');
  return { field: () => `${field()} in ${file}`, at: () => `${field()} at ${formatLocation(locate(path))}` };
}

const whereText = (w: Where): string => (typeof w === 'string' ? w : w.at());

/** One model reference found in a definition, before its digest declaration is resolved. */
export interface Pull {
  name: string;
  /** The model's own name, for `modelgate.dev/model-sha256.<key>` (KServe component, Seldon graph node). */
  key: string;
  uri: string | null;
  /** Document path of the field the URI (or image) was read from. */
  path: ReadonlyArray<string | number>;
  format: string | null;
  /** Scopes whose annotations may declare this model's digest, innermost first (the object last). */
  scopes: ReadonlyArray<Scope>;
}

export interface Scope {
  /** Document path of the annotations map. */
  path: ReadonlyArray<string | number>;
  annotations: unknown;
}

/** Resolves each pull against its scopes' annotations: a scope declares only what names exactly one of its pulls. */
export function resolvePulls(doc: Doc, pulls: readonly Pull[]): ServedModel[] {
  // How many pulls each scope covers, and how many of them have each model key (one value cannot name several).
  const count = new Map<string, number>();
  const bump = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
  const keyOf = new Map<Scope, string>();
  const scopeKey = (s: Scope): string => {
    let k = keyOf.get(s);
    if (k === undefined) keyOf.set(s, (k = s.path.join('\u0000')));
    return k;
  };
  if (pulls.length > 1) {
    for (const p of pulls) {
      for (const s of p.scopes) {
        bump(scopeKey(s));
        bump(`${scopeKey(s)}\u0000${p.key}`);
      }
    }
  }
  return pulls.map((p) => {
    const uriSource = fieldAt(doc, p.path);
    let ambiguous: string | null = null;
    for (const s of p.scopes) {
      const a = obj(s.annotations);
      const named = `${DIGEST_ANNOTATION}.${p.key}`;
      const key = named in a ? named : DIGEST_ANNOTATION in a ? DIGEST_ANNOTATION : VERSION_ANNOTATION in a ? VERSION_ANNOTATION : null;
      if (!key) continue;
      const where = fieldAt(doc, [...s.path, key]);
      // A single pull is the only one its scopes cover.
      const shared = pulls.length === 1 ? 1 : (count.get(key === named ? `${scopeKey(s)}\u0000${p.key}` : scopeKey(s)) ?? 0);
      if (shared > 1) {
        // One value cannot name several artifacts: it declares none of them (an inner scope may still).
        ambiguous ??= `${whereText(where)} covers ${shared} models and declares none of them`;
        continue;
      }
      const declared = key === named ? { digest: a[named], source: where } : { digest: a[DIGEST_ANNOTATION], version: a[VERSION_ANNOTATION], source: where };
      return pulledModel(p.name, p.uri, uriSource, declared, p.format);
    }
    const m = pulledModel(p.name, p.uri, uriSource, null, p.format);
    return ambiguous && (!m.pinned || m.digest === null) ? copyModel(m, { pin: `${m.pin}; ${ambiguous}` }) : m;
  });
}
