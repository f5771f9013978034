// Column-name hints and value vocabularies: GDPR special categories (Art. 9) are recognised without
// any pattern (a `race` column of "African-American", "Caucasian" is special-category data).
import type { Category, Sensitivity } from './detectors/types.js';
import type { Shape } from './shapes.js';
import { contextHit, nameHoldsWord } from '../../src/detect/engine.js';
import { MEASURE_LAST_WORDS } from './detectors/measure-words.js';
import { phone } from './detectors/phone.js';
import { REFERENCE_WORDS } from './detectors/reference-words.js';

export interface Hint {
  type: string;
  category: Category;
  sensitivity: Sensitivity;
  quasi?: boolean;
  /** Declared by the policy (`pii.columns`): the column holds this type, whatever its values look like. */
  declared?: boolean;
}

/** Column-name patterns (tested against the lowercased name with separators normalised to "_"). */
export const NAME_HINTS: ReadonlyArray<[RegExp, Hint]> = [
  [/(?:^|_)(?:race|ethnicity|ethnic(?:_origin|_group)?|racial)(?:_|$)/, { type: 'racial-or-ethnic-origin', category: 'special-category', sensitivity: 'high' }],
  [/(?:^|_)(?:religion|religious|faith|belief|denomination)(?:_|$)/, { type: 'religion', category: 'special-category', sensitivity: 'high' }],
  [/(?:^|_)(?:health|diagnos[ie]s|disease|medical|condition|disability|icd(?:_?10)?|medication|hiv|pregnan\w*)(?:_|$)/, { type: 'health', category: 'special-category', sensitivity: 'high' }],
  [/(?:^|_)(?:sexual_orientation|orientation|sex_life|sexuality)(?:_|$)/, { type: 'sex-life-or-orientation', category: 'special-category', sensitivity: 'high' }],
  [/(?:^|_)(?:political\w*|party_affiliation|party)(?:_|$)/, { type: 'political-opinion', category: 'special-category', sensitivity: 'high' }],
  [/(?:^|_)(?:trade_union|union_member\w*|union)(?:_|$)/, { type: 'trade-union-membership', category: 'special-category', sensitivity: 'high' }],
  [/(?:^|_)(?:genetic|genome|genotype|dna)(?:_|$)/, { type: 'genetic', category: 'special-category', sensitivity: 'high' }],
  [/(?:^|_)(?:biometric|fingerprint|face_?(?:id|embedding)|iris_scan|voiceprint)(?:_|$)/, { type: 'biometric', category: 'special-category', sensitivity: 'high' }],
  [/(?:^|_)(?:dob|d_o_b|birth_?date|date_of_birth|birthday|born(?:_on)?)(?:_|$)/, { type: 'date-of-birth', category: 'personal', sensitivity: 'high', quasi: true }],
  [/(?:^|_)(?:e_?mail(?:_address)?)(?:_|$)/, { type: 'email', category: 'personal', sensitivity: 'moderate' }],
  [/(?:^|_)(?:phone|telephone|mobile|cell|fax|tel)(?:_|$)/, { type: 'phone', category: 'personal', sensitivity: 'moderate' }],
  [/(?:^|_)(?:ssn|social_security(?:_number)?)(?:_|$)/, { type: 'us-ssn', category: 'personal', sensitivity: 'high' }],
  [/(?:^|_)(?:credit_?card|card_?number|cc_?num(?:ber)?|pan)(?:_|$)/, { type: 'credit-card', category: 'financial', sensitivity: 'high' }],
  [/(?:^|_)iban(?:_|$)/, { type: 'iban', category: 'financial', sensitivity: 'high' }],
  [/(?:^|_)(?:ip|ip_?addr(?:ess)?|client_ip|remote_addr)(?:_|$)/, { type: 'ip-address', category: 'personal', sensitivity: 'moderate' }],
  [/(?:^|_)(?:street|address|addr|address_line_?\d?)(?:_|$)/, { type: 'street-address', category: 'personal', sensitivity: 'moderate' }],
  [/(?:^|_)(?:zip|zip_?code|post_?code|postal_?code)(?:_|$)/, { type: 'postal-code', category: 'personal', sensitivity: 'low', quasi: true }],
  // `first` and `last` alone or before `name` (`last_login`, `first_seen` name times, not persons).
  [/(?:^|_)(?:name|full_?name|first_?name|last_?name|surname|given_?name|family_?name|forename|middle_?name|maiden_?name)(?:_|$)|^(?:first|last)$/, { type: 'person', category: 'personal', sensitivity: 'moderate' }],
  [/(?:^|_)(?:password|passwd|secret|api_?key|token|access_?key|private_?key)(?:_|$)/, { type: 'secret', category: 'credentials', sensitivity: 'high' }],
  [/^(?:age|age_?years|age_at_\w+)$/, { type: 'age', category: 'personal', sensitivity: 'low', quasi: true }],
  [/^(?:sex|gender)$/, { type: 'sex', category: 'personal', sensitivity: 'low', quasi: true }],
];

/**
 * Column names that say the values are not personal data, with the shape the values must then share
 * (a majority of them: see ColumnProfile.classify). Tested like NAME_HINTS, after them.
 */
export const NON_PERSONAL_HINTS: ReadonlyArray<[RegExp, Shape]> = [
  [/(?:^|_)(?:version|ver|firmware|fw|build|release|semver)(?:_|$)/, 'version'],
  [/(?:^|_)(?:isbn(?:_?1[03])?)(?:_|$)/, 'isbn'],
  [/(?:^|_)(?:timestamp|ts|datetime|time|created(?:_at)?|updated(?:_at)?|modified(?:_at)?|logged(?:_at)?|epoch|event_time)(?:_|$)/, 'timestamp'],
  [/(?:^|_)(?:sku|order|order_?(?:no|nr|num|number|id)|part_?(?:no|nr|num|number)?|serial(?:_?(?:no|number))?|tracking(?:_?(?:no|number|id))?|barcode|ean|upc|gtin|invoice(?:_?(?:no|number|id))?|ref|reference|item_?(?:no|number|code)|product_?(?:code|id))(?:_|$)/, 'identifier'],
  [/(?:^|_)(?:price|amount|total|cost|fare|weight|score|rate|ratio)(?:_|$)/, 'decimal'],
];

/** Value vocabularies of the special categories (lowercased, separators normalised to a space). */
export const VOCABULARIES: ReadonlyArray<[Hint, ReadonlySet<string>]> = [
  [
    { type: 'racial-or-ethnic-origin', category: 'special-category', sensitivity: 'high' },
    new Set(
      'african american,african-american,black,white,caucasian,hispanic,latino,latina,latinx,asian,asian american,asian pac islander,asian-pac-islander,pacific islander,native american,amer indian eskimo,amer-indian-eskimo,american indian,alaska native,native hawaiian,middle eastern,arab,mixed,multiracial,biracial,indigenous,aboriginal,roma,south asian,east asian'
        .split(',')
        .map(norm),
    ),
  ],
  [
    { type: 'religion', category: 'special-category', sensitivity: 'high' },
    new Set('christian,catholic,protestant,orthodox,muslim,islam,jewish,judaism,hindu,buddhist,sikh,atheist,agnostic,mormon,jehovah s witness,evangelical,shia,sunni'.split(',').map(norm)),
  ],
  [
    { type: 'sex-life-or-orientation', category: 'special-category', sensitivity: 'high' },
    new Set('heterosexual,straight,homosexual,gay,lesbian,bisexual,asexual,pansexual,queer'.split(',').map(norm)),
  ],
  [
    { type: 'political-opinion', category: 'special-category', sensitivity: 'high' },
    new Set('democrat,democratic,republican,labour,conservative,liberal democrat,green party,libertarian,socialist,communist'.split(',').map(norm)),
  ],
  [
    { type: 'health', category: 'special-category', sensitivity: 'high' },
    new Set('diabetes,hiv,aids,cancer,asthma,depression,schizophrenia,hypertension,covid 19,hepatitis,dementia,epilepsy,bipolar disorder,pregnant'.split(',').map(norm)),
  ],
];

export function norm(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\s_\-./]+/g, ' ');
}

export function normColumn(name: string): string {
  return name
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

export function nameHint(column: string): Hint | undefined {
  const n = normColumn(column);
  const hint = NAME_HINTS.find(([re]) => re.test(n))?.[1];
  // A name's time, measure or identifier (`name_changed_at`, `name_length`, `name_id`) holds no person:
  // its cells would be protected whole as names (timestamps masked as [PERSON]).
  if (hint?.type === 'person' && MEASURE_LAST_WORDS.includes(n.slice(n.lastIndexOf('_') + 1))) return undefined;
  // The name of a thing (`product_name`, `merchant_name`, `host_name`): no person's.
  if (hint?.type === 'person' && namesAThing(n)) return undefined;
  return hint;
}

/** Things whose names export columns hold (`product_name`, `file_name`, `merchant_name`, `event_name`). */
const THINGS: ReadonlySet<string> = new Set(
  ('product item sku brand model category file app application device host server domain service endpoint queue job task event metric feature package repo branch ' +
    'project dataset table column field company org organisation organization merchant store shop vendor supplier bank campaign plan tier region zone cluster node ' +
    'bucket topic stream browser os platform channel source course school university hospital hotel venue airline airport station route vessel ship drug asset tag label team group')
    .split(' '),
);

/** Whether the word before `name` in a normalised column name is a thing (THINGS). */
function namesAThing(n: string): boolean {
  const words = n.split('_');
  const at = words.indexOf('name');
  return at > 0 && THINGS.has(words[at - 1]!);
}

/**
 * The non-personal shape a column's name announces (checked only when no NAME_HINTS entry matches):
 * NON_PERSONAL_HINTS, or `identifier` for a name holding a reference-number word (`case_no`,
 * `ticket_id`, `Aktenzeichen`, `numéro de dossier`: detectors/reference-words.ts) and no phone word
 * (`Kundentelefon` stays a phone column).
 */
export function shapeHint(column: string): Shape | undefined {
  const n = normColumn(column);
  const named = NON_PERSONAL_HINTS.find(([re]) => re.test(n))?.[1];
  if (named !== undefined) return named;
  return nameHoldsWord(column, REFERENCE_WORDS) && !contextHit(column, phone) ? 'identifier' : undefined;
}
