// Databricks personal access tokens: `dapi` and 32 small hex digits (a `-2`-style suffix on some), the shape the
// workspace issues. The prefix makes it a token wherever it stands; the generic rule, which wants entropy after a
// key word, misses the hex bodies that repeat digits (one random body in five has under 3.5 bits a character).
import type { Detector } from '../types.js';

export const databricksToken: Detector = {
  type: 'databricks-token',
  // A random body holds a letter and a digit: `dapi` + 32 zeros is no token.
  pattern: /(?<![A-Za-z0-9_-])dapi(?=[0-9a-f]{0,31}[a-f])(?=[0-9a-f]{0,31}\d)[0-9a-f]{32}(?:-\d{1,2})?(?![A-Za-z0-9_-])/g,
  prefilter: ['dapi'],
  score: 0.9,
};
