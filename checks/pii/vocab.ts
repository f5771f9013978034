// Column-name hints and value vocabularies: GDPR special categories (Art. 9) are recognised without
// any pattern (a `race` column of "African-American", "Caucasian" is special-category data).
import type { Category, Sensitivity } from './detectors/types.js';
import type { Shape } from './shapes.js';
import { contextHit, nameHoldsWord } from '../../src/detect/engine.js';
import { phone } from './detectors/phone.js';
import { namesBusinessId } from './detectors/business-id-words.js';
import { REFERENCE_WORDS } from './detectors/reference-words.js';

export interface Hint {
  type: string;
  category: Category;
  sensitivity: Sensitivity;
  quasi?: boolean;
  /** Declared by the policy (`pii.columns`): the column holds this type, whatever its values look like. */
  declared?: boolean;
}

/**
 * A person's name: a name word (`first_name`, `surname`, `given_names`), `name` alone (or
 * `name_first`, `name_1`), or `name` after a word for a person (`customer_name`, `pax_name`,
 * `emergency_contact_name`, `display_name`, `user_name`); last in the column name (`last_name_hash`
 * is a hash); `first` and `last` as the whole name (COMPAS's name columns). Not `first`/`last` as
 * the first word of something else (`last_login`, `first_seen`), and not the name of a thing
 * (`file_name`, `host_name`, `product_name`, `company_name`, `bucket_name`, `name_server`).
 */
const PERSON_NAME = new RegExp(
  '^(?:\\w+_)?(?:' +
    [
      '(?:full|first|last|given|family|middle|maiden|legal|birth|married|preferred|sur|fore)_?names?',
      'fname|lname',
      '(?:customer|client|contact|person|pax|passenger|member|user|display|employee|staff|patient|guest|owner|holder|cardholder|account_holder|applicant|student|author|driver|recipient|sender|buyer|seller|beneficiary|payee|payer|subscriber|visitor|parent|father|mother|spouse|tenant|landlord|doctor|physician|nurse|next_of_kin|signatory|witness|traveller|traveler|insured|policyholder|respondent|participant|candidate|worker|teacher|child|kin|victim|suspect|defendant|plaintiff|borrower|guarantor|heir|donor|caller|addressee|shipper|consignee|real)_names?',
      'name_on_card|cardholder',
      // A Shopify order export's `Billing Name`/`Shipping Name`; a name written family then given (`family_given`).
      '(?:billing|shipping)_names?|family_given|given_family',
      // German: the holder of an account or a card.
      '(?:konto|karten)inhaber(?:in)?',
      // The word for a person's name, first or last name in other languages, as the column's last word
      // (diacritics folded by normColumn: `imię` → `imie`, `họ_tên` → `ho_ten`, `όνομα` → `ονομα`).
      'nombre(?:_completo|_y_apellidos?)?|apellidos?|nome(?:_completo|_cognome)?|cognome|nominativo|sobrenome',
      'nom(?:_complet|_de_famille)?|prenom|vorname|nachname|familienname|naam|voornaam|achternaam',
      'namn|fornamn|efternamn|navn|fornavn|etternavn|efternavn|nimi|etunimi|sukunimi',
      'imie(?:_i)?(?:_nazwisko)?|nazwisko|jmeno|prijmeni|meno|priezvisko|nev|vezeteknev|keresztnev|utonev|nume|prenume',
      'ad_soyad|adi_soyadi|soyadi?|isim|nama(?:_lengkap)?|ho_(?:va_)?ten|pangalan|jina',
      'ονομα|επωνυμο|ονοματεπωνυμο|имя|фамилия|фио|氏名|名前|姓名|이름|성명|الاسم|نام|שם(?:_מלא|_פרטי|_משפחה)?',
    ].join('|') +
    ')(?:_\\d+)?$|^name(?:_(?:first|last|full|given|family|middle|\\d+))?$|^(?:first|last)$',
);

const PERSON_HINT: Hint = { type: 'person', category: 'personal', sensitivity: 'moderate' };

/**
 * Names that are a person's name only beside another column of the same table: Turkish `Ad` (the given
 * name; `Adı`) beside `Soyad` (the family name) — alone, `ad` is as often an advertisement's column.
 */
const SIBLING_PERSON: ReadonlyArray<[self: RegExp, sibling: RegExp]> = [[/^(?:\w+_)?adi?$/, /^(?:\w+_)?soyadi?$/]];

/**
 * A credential: the secret word is the column name's last word (`client_secret`, `access_token`, `credential`
 * (singular: a record's `credentials` is an object of a provider's, an id, a recovery question),
 * `password_hash`), not a property of one (`password_changed_at`, `secret_name`, `api_key_id`), nor a
 * flag (`is_secret`). `token` alone or after a word for an authorisation (`access`, `refresh`, `csrf`
 * …): not `page_token` (a cursor), `token_type_ids` or `token_count` (a tokenizer's).
 */
const SECRET_NAME = new RegExp(
  '^(?!(?:is|has)_)(?:\\w+_)?(?:' +
    [
      'password|passwd|passphrase|secret|credential|api_?key|access_?key(?:_id)?|private_?key|secret_?key',
      '(?:access|refresh|id|auth|api|bearer|session|csrf|xsrf|oauth|jwt|bot|personal_access|reset|verification|security|app|client|github|gitlab|slack|npm|pypi|webhook|sas|sso|login)_?token',
    ].join('|') +
    ')(?:_(?:hash|digest|salt|value|enc|encrypted|plain|plaintext|raw|\\d+))?$|^token$',
);

/**
 * Column-name patterns (tested against the lowercased name with separators normalised to "_", in
 * this order: the first that matches wins). A hint holds for the words it names, not for every name
 * that contains one of them: a word that also names other things counts only where the name says
 * it is that thing — as the name's last word (its head: `client_secret`, `access_token`), after the
 * qualifier that says so (`first_name`, `customer_name`), or alone (`union`, `name`). A column's
 * name hint decides before any value is read whether the column is protected as whole cells
 * (scan.ts), so a name that matches by accident (`last_login`, `file_name`, `token_type_ids`,
 * `image_orientation`) masks every value of a column that holds no personal data. The choices, word
 * by word, are listed in checks/pii/README.md ("Column names").
 */
export const NAME_HINTS: ReadonlyArray<[RegExp, Hint]> = [
  // Not `race_time`, `race_id` (a sports race): `race` alone, last (`patient_race`) or before a qualifier of ethnicity.
  [/(?:^|_)(?:race(?:_(?:ethnicity|cd|code|desc|description|group|origin|category|self_reported))?$|ethnicity|ethnic(?:_origin|_group)?|racial)(?:_|$)/, { type: 'racial-or-ethnic-origin', category: 'special-category', sensitivity: 'high' }],
  // `faith`/`belief` last only (`belief_state` is a model's); `denomination` alone is a banknote's.
  [/(?:^|_)(?:religion|religious)(?:_|$)|(?:^|_)(?:faith|beliefs?)$|(?:^|_)religious_denomination(?:_|$)/, { type: 'religion', category: 'special-category', sensitivity: 'high' }],
  // `condition` only as a medical one (`item_condition`, `weather_condition` are not); not a service's `health_check`.
  [/(?:^|_)(?:health(?!_(?:checks?|endpoint|url|uri|probe)(?:_|$))|diagnos[ie]s|disease|medical|(?:medical|health|chronic|pre_?existing|underlying)_conditions?|disability|icd(?:_?10)?|medication|hiv|pregnan\w*)(?:_|$)/, { type: 'health', category: 'special-category', sensitivity: 'high' }],
  // Not an image's or a screen's `orientation`.
  [/(?:^|_)(?:sexual_orientation|sex_life|sexuality)(?:_|$)/, { type: 'sex-life-or-orientation', category: 'special-category', sensitivity: 'high' }],
  // Not `third_party`, `party_size`, `party_id` (a booking's, a contract's party).
  [/(?:^|_)(?:political\w*|party_affiliation)(?:_|$)/, { type: 'political-opinion', category: 'special-category', sensitivity: 'high' }],
  // Not `union_id`, `union_type` (a set union, a GraphQL union): `union` alone.
  [/(?:^|_)(?:trade_union|(?:labou?r)_union|union_member\w*|union_affiliation)(?:_|$)|^union$/, { type: 'trade-union-membership', category: 'special-category', sensitivity: 'high' }],
  [/(?:^|_)(?:genetic|genome|genotype|dna)(?:_|$)/, { type: 'genetic', category: 'special-category', sensitivity: 'high' }],
  // A key's, a certificate's, a device's or a file's fingerprint is a hash, not a finger's.
  [/(?:^|_)(?:biometric|(?<!(?:ssh|key|host_key|public_key|cert|certificate|tls|ssl|ja3s?|browser|device|file|content|build|gpg|pgp|sha\d*|md5|server|client)_)fingerprint(?!_(?:sha\d*|md5|hash)(?:_|$))|finger_print|face_?(?:id|embedding)|iris_scan|voiceprint)(?:_|$)/, { type: 'biometric', category: 'special-category', sensitivity: 'high' }],
  // Not `born_in` (a place).
  [/(?:^|_)(?:dob|d_o_b|birth_?date|date_of_birth|birthday)(?:_|$)|(?:^|_)born(?:_on)?$/, { type: 'date-of-birth', category: 'personal', sensitivity: 'high', quasi: true }],
  [/(?:^|_)(?:e_?mail(?:_address)?)(?:_|$)/, { type: 'email', category: 'personal', sensitivity: 'moderate' }],
  // `cell` and `mobile` as a number only (not `cell_id`, `cell_type`, `mobile_app`); the same words of
  // national forms' columns: `telefon…` (`telefonszam`, `cep_telefonu`), `telefono`, `telefone`, `tlf`,
  // `puhelin`, Indonesian `no_hp`/`nomor_hp`; `mobil`, `movil`, `celular`, `cellulare`, `handy` as `mobile`.
  [/(?:^|_)(?:phone|telephone|fax|tel|telefon\w*|telefono|telefone|tlf|puhelin\w*|no_hp|nomor_hp)(?:_|$)|(?:^|_)(?:cell|mobile|mobil|movil|celular|cellulare|handy)(?:_(?:phone|no|nr|num|number|tel|nummer|numero))?$/, { type: 'phone', category: 'personal', sensitivity: 'moderate' }],
  [/(?:^|_)(?:ssn|social_security(?:_number)?)(?:_|$)/, { type: 'us-ssn', category: 'personal', sensitivity: 'high' }],
  // `pan` alone or a card's (not a camera's `pan_angle`, a network's `pan_id`).
  [/(?:^|_)(?:credit_?card|card_?number|cc_?num(?:ber)?|card_pan|primary_account_number)(?:_|$)|^pan$/, { type: 'credit-card', category: 'financial', sensitivity: 'high' }],
  [/(?:^|_)iban(?:_|$)/, { type: 'iban', category: 'financial', sensitivity: 'high' }],
  [/(?:^|_)(?:ip|ip_?addr(?:ess)?|client_ip|remote_addr|(?:remote|client|peer|source|src|dst|dest|destination)_addr(?:ess)?)(?:_|$)/, { type: 'ip-address', category: 'personal', sensitivity: 'moderate' }],
  // Before street addresses: a `mac_address` is a network card's.
  [/(?:^|_)(?:mac(?:_?addr(?:ess)?)?|hw_?addr(?:ess)?|ether(?:net)?_addr(?:ess)?|bssid)(?:_|$)/, { type: 'mac-address', category: 'personal', sensitivity: 'moderate' }],
  // Not a machine's address (`server_address`, `wallet_address`, `memory_address`).
  [/(?:^|_)(?:street|(?<!(?:server|host|wallet|contract|memory|mem|network|net|gateway|broadcast|link|web|bluetooth|bt|node|local|listen|bind|proxy)_)(?:address|addr)|address_line_?\d?)(?:_|$)/, { type: 'street-address', category: 'personal', sensitivity: 'moderate' }],
  [/(?:^|_)(?:zip|zip_?code|post_?code|postal_?code)(?:_|$)/, { type: 'postal-code', category: 'personal', sensitivity: 'low', quasi: true }],
  [PERSON_NAME, PERSON_HINT],
  [SECRET_NAME, { type: 'secret', category: 'credentials', sensitivity: 'high' }],
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
  // A name that ends in `id` (`user_id`, `eventId`, `id`) and hints no personal type: a record's key.
  // One 12-digit key in ten passes the Aadhaar check, one 11-digit key in a hundred the CPF's.
  [/(?:^|_)ids?$/, 'identifier'],
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

/**
 * A column name as the hints read it: words in lower case joined by `_` (camelCase split), accents and
 * the letters NFD leaves whole folded to ASCII (`jméno` → `jmeno`, `imię` → `imie`, `łączny` → `laczny`),
 * other scripts' letters kept (`имя`).
 */
export function normColumn(name: string): string {
  return name
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC') // Hangul syllables come apart under NFD
    .replace(FOLDED, (c) => FOLD[c]!)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_|_$/g, '');
}
const FOLD: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe' };
const FOLDED = /[łŁøØđĐıßæÆœŒ]/g;

/** The column name's hint; `siblings`, the table's column names, for the names that need a sibling (SIBLING_PERSON). */
export function nameHint(column: string, siblings?: readonly string[]): Hint | undefined {
  const n = normColumn(column);
  const hint = NAME_HINTS.find(([re]) => re.test(n))?.[1];
  if (hint !== undefined || siblings === undefined) return hint;
  return SIBLING_PERSON.some(([self, sibling]) => self.test(n) && siblings.some((c) => sibling.test(normColumn(c)))) ? PERSON_HINT : undefined;
}

/**
 * The non-personal shape a column's name announces (checked only when no NAME_HINTS entry matches):
 * NON_PERSONAL_HINTS, or `identifier` for a name holding a reference-number word (`case_no`,
 * `ticket_id`, `Aktenzeichen`, `numéro de dossier`: detectors/reference-words.ts) or naming a business,
 * tax or bank identifier (`vat_number`, `PartitaIVA`, `abn`: detectors/business-id-words.ts), and no
 * phone word (`Kundentelefon` stays a phone column).
 */
export function shapeHint(column: string): Shape | undefined {
  const n = normColumn(column);
  const named = NON_PERSONAL_HINTS.find(([re]) => re.test(n))?.[1];
  if (named !== undefined) return named;
  return (nameHoldsWord(column, REFERENCE_WORDS) || namesBusinessId(column)) && !contextHit(column, phone) ? 'identifier' : undefined;
}
