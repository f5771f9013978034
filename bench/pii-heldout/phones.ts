// Phone numbers as people write them: national numbering plans of 30 regions (ITU-T E.164 country
// codes, national significant numbers in ranges the regulators allocate, including the ranges they
// reserve for drama and documentation) in their national written forms (trunk prefixes, area codes in
// parentheses, slashes, dots, dashes, non-breaking and narrow spaces) and international forms; five
// more regions in international form only. Written from the numbering plans, not from any detector.
import type { Rng } from './prng.js';

/** National written forms. */
type NationalStyle = 'space' | 'dash' | 'dot' | 'slash' | 'paren' | 'compact' | 'nbsp' | 'nnbsp' | 'se' | 'us' | 'us1' | 'paren-dash' | 'no-trunk';
type IntlStyle = 'intl-space' | 'intl-dash' | 'intl-00' | 'intl-paren0' | 'intl-compact';

interface Plan {
  region: string;
  cc: string;
  /** National trunk prefix written before the area code in national forms ('' where there is none). */
  trunk: string;
  nsn: (r: Rng) => string;
  groupings: number[][];
  national: NationalStyle[];
}


function plan(region: string, cc: string, trunk: string, national: NationalStyle[], ...parts: Array<[(r: Rng) => string, number[][]]>): Plan[] {
  return parts.map(([nsn, groupings]) => ({ region, cc, trunk, nsn, groupings, national }));
}

function nanp(areas: string[]): (r: Rng) => string {
  return (r) => {
    let exch = '';
    // Central office codes: 2–9 first, never an N11 service code, 555 only in its 01xx fictional block.
    do exch = String(r.int(2, 9)) + r.digits(2);
    while (exch.slice(1) === '11' || exch === '555' || exch === '950' || exch === '958' || exch === '959' || exch === '976');
    return r.pick(areas) + exch + r.digits(4);
  };
}

const P: Plan[] = [
  ...plan('US', '1', '', ['us', 'us1', 'dash', 'dot', 'space'], [nanp(['212', '213', '305', '312', '404', '415', '503', '512', '617', '702', '206', '303']), [[3, 3, 4]]], [(r) => r.pick(['212', '312', '415']) + '55501' + r.digits(2), [[3, 3, 4]]]),
  ...plan('CA', '1', '', ['us', 'dash', 'dot', 'space'], [nanp(['416', '604', '514', '613', '403', '780', '902', '647']), [[3, 3, 4]]]),
  ...plan('GB', '44', '0', ['space', 'paren', 'compact', 'nbsp'],
    [(r) => '20' + r.pick(['7', '8', '3']) + r.digits(7), [[2, 4, 4]]],
    [(r) => '7' + r.pick(['4', '5', '7', '8', '9']) + r.digits(8), [[4, 6], [4, 3, 3]]],
    [(r) => r.pick(['114', '161', '113', '117', '131']) + '4960' + r.digits(3), [[3, 3, 4]]],
    [(r) => '114' + r.pick(['2', '3']) + r.digits(6), [[3, 3, 4]]]),
  ...plan('DE', '49', '0', ['space', 'slash', 'dash', 'paren', 'compact'],
    [(r) => r.pick(['30', '40', '89', '69']) + r.number(8), [[2, 8], [2, 4, 4]]],
    [(r) => r.pick(['221', '211', '711']) + r.number(7), [[3, 7], [3, 3, 4]]],
    [(r) => r.pick(['151', '152', '157', '176']) + r.digits(8), [[3, 8], [3, 4, 4]]],
    [(r) => r.pick(['160', '170', '171', '175']) + r.digits(7), [[3, 7], [3, 3, 4]]]),
  ...plan('FR', '33', '0', ['space', 'dot', 'nbsp', 'nnbsp', 'compact'],
    [(r) => r.pick(['1', '2', '3', '4', '5']) + r.int(1, 5) + r.digits(7), [[1, 2, 2, 2, 2]]],
    [(r) => (r.chance(0.7) ? '6' + r.pick(['0', '1', '2', '4', '5', '6', '7', '8']) + r.digits(7) : '7' + r.int(3, 8) + r.digits(7)), [[1, 2, 2, 2, 2]]]),
  ...plan('ES', '34', '', ['space', 'compact', 'dot'],
    [(r) => r.pick(['91', '93', '95', '96']) + r.number(7), [[3, 3, 3], [2, 3, 2, 2]]],
    [(r) => '6' + r.digits(8), [[3, 3, 3], [3, 2, 2, 2]]]),
  ...plan('IT', '39', '', ['space', 'slash', 'compact', 'dash'],
    [(r) => r.pick(['06', '02']) + r.number(8), [[2, 4, 4], [2, 8]]],
    [(r) => '011' + r.number(7), [[3, 3, 4], [3, 7]]],
    [(r) => '3' + r.pick(['20', '28', '33', '35', '38', '40', '45', '47', '49', '66', '80', '88', '89', '91', '92', '93']) + r.digits(7), [[3, 3, 4], [3, 7]]]),
  ...plan('NL', '31', '0', ['space', 'dash', 'compact'],
    [(r) => r.pick(['20', '10', '30', '70']) + r.number(7), [[2, 3, 4], [2, 7]]],
    [(r) => '6' + r.pick(['1', '2', '3', '4', '5']) + r.digits(7), [[1, 8], [1, 2, 2, 2, 2]]]),
  ...plan('BE', '32', '0', ['space', 'slash', 'dot'],
    [(r) => '2' + r.int(2, 8) + r.digits(6), [[1, 3, 2, 2]]],
    [(r) => '4' + r.pick(['7', '8', '9']) + r.digits(7), [[3, 2, 2, 2]]]),
  ...plan('CH', '41', '0', ['space', 'compact'],
    [(r) => r.pick(['44', '22', '31', '61']) + r.number(7), [[2, 3, 2, 2]]],
    [(r) => r.pick(['76', '77', '78', '79']) + r.digits(7), [[2, 3, 2, 2]]]),
  ...plan('AT', '43', '0', ['space', 'slash', 'dash'],
    [(r) => '1' + r.int(2, 9) + r.digits(6), [[1, 3, 2, 2], [1, 7]]],
    [(r) => r.pick(['664', '660', '676', '699']) + r.digits(7), [[3, 7], [3, 3, 4]]]),
  ...plan('SE', '46', '0', ['se', 'space'],
    [(r) => '8' + r.number(7), [[1, 3, 3, 2]]],
    [(r) => r.pick(['70', '72', '73', '76']) + r.digits(7), [[2, 3, 2, 2]]]),
  ...plan('DK', '45', '', ['space', 'compact'],
    [(r) => r.pick(['32', '33', '35', '38', '20', '21', '22', '40', '50', '60']) + r.int(1, 9) + r.digits(5), [[2, 2, 2, 2], [4, 4]]]),
  ...plan('NO', '47', '', ['space', 'compact'],
    [(r) => '22' + r.digits(6), [[2, 2, 2, 2]]],
    [(r) => r.pick(['40', '41', '45', '46', '47', '48', '90', '92', '93', '95', '97', '98']) + r.digits(6), [[3, 2, 3]]]),
  ...plan('FI', '358', '0', ['space', 'compact', 'dash'],
    [(r) => '9' + r.int(2, 8) + r.digits(6), [[1, 3, 4]]],
    [(r) => r.pick(['40', '50', '44', '45']) + r.digits(7), [[2, 3, 4]]]),
  ...plan('PL', '48', '', ['space', 'compact', 'dash'],
    [(r) => r.pick(['22', '12', '61', '71']) + r.number(7), [[2, 3, 2, 2]]],
    [(r) => r.pick(['50', '51', '53', '57', '60', '66', '69', '72', '73', '78', '79', '88']) + r.digits(7), [[3, 3, 3]]]),
  ...plan('CZ', '420', '', ['space', 'compact'],
    [(r) => '2' + r.number(8), [[3, 3, 3]]],
    [(r) => r.pick(['60', '72', '73', '77', '79']) + r.int(1, 8) + r.digits(6), [[3, 3, 3]]]),
  ...plan('HU', '36', '06', ['space', 'dash'],
    [(r) => '1' + r.number(7), [[1, 3, 4]]],
    [(r) => r.pick(['20', '30', '70']) + r.number(7), [[2, 3, 4]]]),
  ...plan('IE', '353', '0', ['space', 'compact'],
    [(r) => '1' + r.number(7), [[1, 3, 4]]],
    [(r) => '8' + r.pick(['3', '5', '6', '7', '9']) + r.number(7), [[2, 3, 4]]]),
  ...plan('PT', '351', '', ['space', 'compact'],
    [(r) => '21' + r.number(7), [[3, 3, 3], [2, 3, 4]]],
    [(r) => '9' + r.pick(['1', '2', '3', '6']) + r.digits(7), [[3, 3, 3]]]),
  ...plan('AU', '61', '0', ['space', 'paren', 'compact'],
    [(r) => r.pick(['2', '3', '7', '8']) + r.pick(['8', '9']) + r.digits(7), [[1, 4, 4]]],
    [(r) => '4' + r.pick(['0', '1', '2', '3']) + r.digits(7), [[3, 3, 3]]],
    [(r) => '491570' + r.digits(3), [[3, 3, 3]]]),
  ...plan('NZ', '64', '0', ['space', 'paren', 'dash'],
    [(r) => r.pick(['9', '4', '3']) + r.int(2, 7) + r.digits(6), [[1, 3, 4]]],
    [(r) => r.pick(['21', '22', '27']) + r.digits(7), [[2, 3, 4]]]),
  ...plan('IN', '91', '0', ['no-trunk', 'space', 'compact'],
    [(r) => r.pick(['6', '7', '8', '9']) + r.digits(9), [[5, 5]]],
    [(r) => r.pick(['11', '22']) + r.pick(['2', '4', '6']) + r.digits(7), [[2, 4, 4]]]),
  ...plan('BR', '55', '', ['paren-dash', 'space'],
    [(r) => r.pick(['11', '21', '31', '41', '51', '61', '71', '81']) + '9' + r.int(6, 9) + r.digits(7), [[2, 5, 4]]],
    [(r) => r.pick(['11', '21', '31', '41']) + r.pick(['2', '3']) + r.digits(7), [[2, 4, 4]]]),
  ...plan('IL', '972', '0', ['dash', 'space'],
    [(r) => r.pick(['2', '3', '4', '8', '9']) + r.pick(['5', '6']) + r.digits(6), [[1, 3, 4]]],
    [(r) => '5' + r.pick(['0', '2', '3', '4']) + r.int(2, 9) + r.digits(6), [[2, 3, 4]]]),
  ...plan('IS', '354', '', ['space', 'compact'],
    [(r) => r.pick(['55', '56', '51', '46']) + r.digits(5), [[3, 4]]],
    [(r) => r.pick(['69', '77', '78', '85', '86', '89']) + r.digits(5), [[3, 4]]]),
  ...plan('SI', '386', '0', ['space', 'compact'],
    [(r) => '1' + r.int(2, 6) + r.digits(6), [[1, 3, 2, 2]]],
    [(r) => r.pick(['31', '41', '40', '51', '70']) + r.digits(6), [[2, 3, 3]]]),
  ...plan('HR', '385', '0', ['space', 'slash'],
    [(r) => '1' + r.int(2, 6) + r.digits(6), [[1, 4, 3]]],
    [(r) => '9' + r.pick(['1', '2', '5', '8', '9']) + r.digits(7), [[2, 3, 4]]]),
  ...plan('JP', '81', '0', ['dash', 'space'],
    [(r) => r.pick(['3', '6']) + r.int(1, 9) + r.digits(7), [[1, 4, 4]]],
    [(r) => r.pick(['90', '80', '70']) + r.int(1, 9) + r.digits(7), [[2, 4, 4]]]),
  ...plan('CN', '86', '', ['space', 'compact', 'dash'],
    [(r) => '1' + r.pick(['38', '39', '50', '86', '87', '88', '35', '36', '58']) + r.digits(8), [[3, 4, 4]]]),
  ...plan('CN', '86', '0', ['space', 'dash'],
    [(r) => r.pick(['10', '21']) + r.int(5, 6) + r.digits(7), [[2, 4, 4]]]),
];

/** Regions outside the thirty, written in international form only. */
const INTL_ONLY: Plan[] = [
  ...plan('GR', '30', '', [], [(r) => '69' + r.pick(['4', '7', '8', '9']) + r.digits(7), [[3, 3, 4]]]),
  ...plan('KR', '82', '0', [], [(r) => '10' + r.int(2, 9) + r.digits(7), [[2, 4, 4]]]),
  ...plan('ZA', '27', '0', [], [(r) => '8' + r.pick(['2', '3', '4']) + r.digits(7), [[2, 3, 4]]]),
  ...plan('MX', '52', '', [], [(r) => '55' + r.int(1, 9) + r.digits(7), [[2, 4, 4]]]),
  ...plan('SG', '65', '', [], [(r) => r.pick(['8', '9']) + r.int(1, 7) + r.digits(6), [[4, 4]]]),
];

export const PHONE_REGIONS = [...new Set(P.map((p) => p.region))];

function split(nsn: string, grouping: number[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const n of grouping) {
    out.push(nsn.slice(at, at + n));
    at += n;
  }
  if (at < nsn.length) out[out.length - 1] += nsn.slice(at);
  return out;
}

function national(style: NationalStyle, trunk: string, g: string[]): string {
  const [head, ...rest] = g as [string, ...string[]];
  const first = trunk + head;
  switch (style) {
    case 'space': return [first, ...rest].join(' ');
    case 'dash': return [first, ...rest].join('-');
    case 'dot': return [first, ...rest].join('.');
    case 'slash': return `${first}/${rest.join(rest.length > 2 ? '.' : ' ')}`;
    case 'paren': return `(${first}) ${rest.join(' ')}`;
    case 'compact': return [first, ...rest].join('');
    case 'nbsp': return [first, ...rest].join('\u00a0');
    case 'nnbsp': return [first, ...rest].join('\u202f');
    case 'se': return `${first}-${rest.join(' ')}`;
    case 'us': return `(${head}) ${rest.join('-')}`;
    case 'us1': return `1-${g.join('-')}`;
    case 'paren-dash': return `(${first}) ${rest.join('-')}`;
    case 'no-trunk': return g.join(' ');
  }
}

function international(style: IntlStyle, p: Plan, g: string[]): string {
  switch (style) {
    case 'intl-space': return `+${p.cc} ${g.join(' ')}`;
    case 'intl-dash': return `+${p.cc}-${g.join('-')}`;
    case 'intl-00': return `00${p.cc} ${g.join(' ')}`;
    case 'intl-paren0': return `+${p.cc} (0)${g.join(' ')}`;
    case 'intl-compact': return `+${p.cc}${g.join('')}`;
  }
}

export interface Phone {
  text: string;
  region: string;
  /** `national-<style>` or `intl-<style>`, for the per-format table. */
  form: string;
  international: boolean;
}

/** One phone number of a region of the thirty (national forms two times in three) or of the five others. */
export function phone(r: Rng, region?: string): Phone {
  const outside = region === undefined && r.chance(0.06);
  const pool = outside ? INTL_ONLY : P.filter((p) => region === undefined || p.region === region);
  const p = r.pick(pool.length ? pool : P);
  const g = split(p.nsn(r), r.pick(p.groupings));
  if (!outside && r.chance(0.66)) {
    const style = r.pick(p.national);
    return { text: national(style, p.trunk, g), region: p.region, form: `national-${style}`, international: false };
  }
  const styles: IntlStyle[] = ['intl-space', 'intl-space', 'intl-dash', 'intl-00', 'intl-compact', ...(p.trunk === '0' ? (['intl-paren0'] as const) : [])];
  const style = r.pick(styles);
  return { text: international(style, p, g), region: p.region, form: style, international: true };
}
