// Facts of a check with one given text in every field its schema lets hold text: every free string,
// every record key, an entry in every list, every nullable field set. Walking the zod schema reaches
// each field a check's view can show, including those added after this helper was written.
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: z.ZodType;
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Variants of the filled facts: every boolean true or false, every enum its first or last value (so both branches show). */
export const FILL_VARIANTS = [0, 1, 2, 3] as const;

/** A value of `schema` holding `text` wherever a string goes, in one of the FILL_VARIANTS. */
export function filledFacts(schema: z.ZodType, text: string, variant = 0): unknown {
  const d = defOf(schema);
  const flag = variant % 2 === 0;
  switch (d.type) {
    case 'object':
      return Object.fromEntries(Object.entries(d.shape ?? {}).map(([k, v]) => [k, filledFacts(v, text, variant)]));
    case 'array':
      return [filledFacts(d.element!, text, variant)];
    case 'record': {
      const keys = defOf(d.keyType!).type === 'enum' ? Object.values(defOf(d.keyType!).entries ?? {}).map(String) : [text];
      return Object.fromEntries(keys.map((k) => [k, filledFacts(d.valueType!, text, variant)]));
    }
    case 'nullable':
    case 'optional':
    case 'default':
    case 'readonly':
      return filledFacts(d.innerType!, text, variant);
    case 'lazy':
      return filledFacts(d.getter!(), text, variant);
    case 'pipe':
      return filledFacts(d.in!, text, variant);
    case 'union': {
      // A string branch first: that is where the text goes.
      const options = d.options ?? [];
      return filledFacts(options.find((o) => defOf(o).type === 'string') ?? options[0]!, text, variant);
    }
    case 'string':
      return text;
    case 'number':
      return 1;
    case 'boolean':
      return flag;
    case 'enum':
      return Object.values(d.entries ?? {}).at(variant < 2 ? 0 : -1);
    case 'literal':
      return d.values?.[0];
    case 'null':
      return null;
    default:
      return {};
  }
}
