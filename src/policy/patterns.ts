// Policy values that are regular expressions (signer identities, endpoint names…).
import { z } from 'zod';

/** A regular expression that must match the whole value: written with ^ and $. */
export const anchoredPattern = z
  .string()
  .min(2)
  .refine((s) => s.startsWith('^') && s.endsWith('$'), 'expected an anchored pattern: a regular expression starting with ^ and ending with $')
  .refine((s) => {
    try {
      new RegExp(s, 'u');
      return true;
    } catch {
      return false;
    }
  }, 'expected a valid regular expression');
