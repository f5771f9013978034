// Street addresses in free text: a house number, a street word and a locality together, e.g.
// "1668 Glyn St, Springfield", "14 Crown Street, London", "Via Franscini 71, Lugano".
import { NEED, type PiiDetector } from './types.js';

const STREET =
  '(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Square|Sq|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Crescent|Cres|Close|Gardens|Grove|Row|Alley|Trail|Trl|Plaza|Path|Walk|Mews|Hill|Park|Strasse|Straße|Str|Gasse|Weg|Platz|Rue|Calle|Via|Viale|Piazza|Rua|Avenida|Av|Katu|Tie|Vej|Gatan|Gata)';
const WORD = "\\p{Lu}[\\p{L}'’.-]{1,30}";
const LOCALITY = `(?:,?[ \\t]{1,3}(?:(?:Apt|Apartment|Suite|Unit|Flat)\\.?[ \\t]{0,2}\\d{1,5}\\w?,?[ \\t]{1,3})?${WORD}(?:[ \\t]${WORD}){0,2}(?:,?[ \\t]{1,3}\\p{Lu}{2})?(?:[ \\t]{1,3}\\d{4,5}(?:-\\d{4})?)?)`;

export const streetAddress: PiiDetector = {
  type: 'street-address',
  category: 'personal',
  sensitivity: 'moderate',
  label: '[ADDRESS]',
  needs: NEED.digit | NEED.upper,
  pattern: new RegExp(
    // number + 1–3 words + street word, or street word first (Via Roma 12, Rue X 3), then a locality
    `(?<![\\p{L}\\p{N}])(?:\\d{1,6}[A-Za-z]?[ \\t]{1,3}(?:${WORD}[ \\t]{1,3}){1,3}${STREET}\\.?|(?:Via|Viale|Piazza|Rue|Calle|Rua|Avenida|Strada)[ \\t](?:\\p{Ll}{1,4}[ \\t])?(?:${WORD}[ \\t]){1,3}\\d{1,5}[A-Za-z]?)${LOCALITY}`,
    'gu',
  ),
  score: 0.65,
  context: ['address', 'live', 'lives', 'located', 'ship', 'deliver', 'street', 'residence'],
  contextScore: 0.85,
};
