// A tuning corpus for the pii check on machine formats (issue 17, set-11 classes h1), written from the
// formats: NMEA 0183 sentences (`$GPRMC`, `$GNGGA`, `$GPGLL`, `!AIVDM`; comma fields, `*hh` checksum) in a
// fleet tracker's log; hex dumps (Modbus RTU frames with their CRC, CAN frames, lower-case dumps) in a
// poller's log; CMS-1500 service lines (box 24: dates, place of service, CPT code, modifier, charges in
// columns two or more blanks apart); Amadeus and Sabre itineraries (segment number, airline code, flight
// number, class) and an Amadeus AP element; baggage tags after their labels in several languages; NDC
// drug codes in a column, after `NDC` and in an NCPDP SCRIPT product code. Every document also holds what
// must stay found: phones (written with one blank, no-break or thin spaces, dots, brackets) and street
// lines. Values drawn at run time from a seeded PRNG; a tuning set, never a judge.
import type { CountryCode } from 'libphonenumber-js/max';
import { detectPii } from '../../checks/pii/detectors/index.js';
import { chars, int, pad, pick, rng } from './personal-data.js';
import { mobile } from './pii-tuning-set.js';

export { rng };
type R = () => number;
const D = '0123456789';
const HEXU = '0123456789ABCDEF';

type Part = string | { phone: string } | { address: string } | { clean: string };

/** A document with the spans that must be found as a phone or a street address, and those no finding may touch. */
export interface Doc {
  text: string;
  phones: Array<[number, number]>;
  addresses: Array<[number, number]>;
  clean: Array<[number, number]>;
}

export function build(parts: Part[]): Doc {
  const doc: Doc = { text: '', phones: [], addresses: [], clean: [] };
  for (const p of parts) {
    const s = typeof p === 'string' ? p : 'phone' in p ? p.phone : 'address' in p ? p.address : p.clean;
    const span: [number, number] = [doc.text.length, doc.text.length + s.length];
    if (typeof p !== 'string') ('phone' in p ? doc.phones : 'address' in p ? doc.addresses : doc.clean).push(span);
    doc.text += s;
  }
  return doc;
}

/** A valid number of a region, in one of the forms people write it. */
export function phoneOf(r: R, region: CountryCode): string {
  const n = mobile(r, region)!;
  const intl = n.formatInternational();
  const nat = n.formatNational();
  return pick(r, [
    intl,
    nat,
    intl.replace(/ /g, '\u00a0'), // no-break spaces
    intl.replace(/ /g, '\u202f'), // narrow no-break spaces
    region === 'FR' ? nat.replace(/ /g, '.') : nat,
    intl.replace(/ /g, '-'),
  ]);
}

/** The NMEA checksum (XOR of the characters between `$`/`!` and `*`) appended. */
function nmea(body: string): string {
  let x = 0;
  for (let i = 1; i < body.length; i++) x ^= body.charCodeAt(i);
  return `${body}*${x.toString(16).toUpperCase().padStart(2, '0')}`;
}

const lat = (r: R) => `${pad(int(r, 0, 89))}${pad(int(r, 0, 59))}.${chars(r, D, pick(r, [3, 4, 5]))}`;
const lon = (r: R) => `${pad(int(r, 0, 179), 3)}${pad(int(r, 0, 59))}.${chars(r, D, pick(r, [3, 4, 5]))}`;
const hms = (r: R) => `${pad(int(r, 0, 23))}${pad(int(r, 0, 59))}${pad(int(r, 0, 59))}${pick(r, ['', '.00', '.000'])}`;

/** One NMEA 0183 sentence: RMC, GGA, GLL of a GPS or GNSS receiver, or an AIS VDM. */
function nmeaSentence(r: R): string {
  const talker = pick(r, ['GP', 'GN', 'GL', 'GA']);
  return pick(r, [
    () => nmea(`$${talker}RMC,${hms(r)},A,${lat(r)},${pick(r, ['N', 'S'])},${lon(r)},${pick(r, ['E', 'W'])},${int(r, 0, 60)}.${chars(r, D, 1)},${int(r, 0, 359)}.${chars(r, D, 1)},${pad(int(r, 1, 28))}${pad(int(r, 1, 12))}26,,,A`),
    () => nmea(`$${talker}GGA,${hms(r)},${lat(r)},${pick(r, ['N', 'S'])},${lon(r)},${pick(r, ['E', 'W'])},1,${pad(int(r, 4, 12))},0.${int(r, 6, 9)},${int(r, 2, 900)}.${chars(r, D, 1)},M,${int(r, 10, 50)}.${chars(r, D, 1)},M,,`),
    () => nmea(`$${talker}GLL,${lat(r)},${pick(r, ['N', 'S'])},${lon(r)},${pick(r, ['E', 'W'])},${hms(r)},A,A`),
    () => nmea(`!AIVDM,1,1,,${pick(r, ['A', 'B'])},${chars(r, '0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWabcdefghijklmnopqrstuvw', 28)},0`),
  ])();
}

/** A fleet tracker's export or a logger's console: NMEA sentences (some after a time stamp), the driver's or skipper's phone. */
export function nmeaLog(r: R): Doc {
  const [head, region] = pick(r, [
    ['# fleet tracker export, driver on call ', 'NO'],
    ['# Fahrtenschreiber, Fahrer Tel. ', 'DE'],
    ['# ajopäiväkirja, kuljettaja puh. ', 'FI'],
    ['# loggbok, skeppare tel ', 'SE'],
  ] as const);
  const parts: Part[] = [head, { phone: phoneOf(r, region) }, '\n'];
  for (let i = 0; i < int(r, 3, 6); i++) parts.push(pick(r, ['', `2026-12-${pad(int(r, 1, 28))} ${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))} `]), { clean: nmeaSentence(r) }, '\n');
  return build(parts);
}

/** The Modbus CRC-16 (polynomial 0xA001, initial 0xFFFF), low byte first on the wire. */
function crc16(bytes: number[]): number {
  let c = 0xffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xa001 : c >>> 1;
  }
  return c;
}
const hex2 = (n: number) => n.toString(16).toUpperCase().padStart(2, '0');

/** A Modbus RTU request (read holding or input registers, write a register) with its CRC, as hex pairs. */
function modbusFrame(r: R): string {
  const b = [int(r, 1, 32), pick(r, [3, 4, 6, 16]), 0, int(r, 0, 99), 0, int(r, 1, 20)];
  const c = crc16(b);
  return [...b, c & 0xff, c >> 8].map(hex2).join(' ');
}

/** A Modbus response: address, function, byte count, register values (decimal-looking bytes often), CRC. */
function modbusResponse(r: R): string {
  const regs = Array.from({ length: int(r, 2, 6) }, () => int(r, 0, 99));
  const b = [int(r, 1, 32), pick(r, [3, 4]), regs.length, ...regs];
  const c = crc16(b);
  return [...b, c & 0xff, c >> 8].map(hex2).join(' ');
}

/** A CAN frame as candump writes it: interface, identifier, length, data bytes. */
function canFrame(r: R): string {
  const data = Array.from({ length: 8 }, () => (r() < 0.6 ? pad(int(r, 0, 99)) : chars(r, HEXU, 2)));
  if (!data.some((x) => /[A-F]/.test(x))) data[7] = pick(r, ['0A', 'C5', '3F', 'E1']);
  return `${chars(r, HEXU, 3)}   [8]  ${data.join(' ')}`;
}

/** A SCADA poller's log: Modbus frames sent and received, CAN frames, lower-case dumps; the on-call engineer's phone. */
export function hexDumpLog(r: R): Doc {
  const [site, label, region] = pick(r, [
    ['[poller] site Pompa-3', 'ALARM escalated to on-call Ion Popescu ', 'RO'],
    ['[poller] ČOV Brno', 'Pohotovost tel. ', 'CZ'],
    ['[poller] Szivattyú 2', 'Tel: ', 'HU'],
    ['[poller] station de relevage', 'Astreinte : ', 'FR'],
    ['[poller] Pumpwerk Süd', 'Bereitschaft Tel. ', 'DE'],
  ] as const);
  const parts: Part[] = [site, '\n'];
  for (let i = 0; i < int(r, 2, 4); i++) {
    const kind = int(r, 0, 3);
    if (kind === 0) parts.push(`TX 10.0.${int(r, 0, 9)}.${int(r, 2, 250)}:502 unit ${int(r, 1, 32)} `, { clean: modbusFrame(r) }, `  RX ${int(r, 4, 40)} bytes in ${int(r, 3, 90)} ms\n`);
    else if (kind === 1) parts.push('RX ', { clean: modbusResponse(r) }, '\n');
    else if (kind === 2) parts.push('  can0  ', { clean: canFrame(r) }, '\n');
    else parts.push(`dump: `, { clean: modbusFrame(r).toLowerCase() }, '\n');
  }
  parts.push(label, { phone: phoneOf(r, region) }, '\n');
  return build(parts);
}

/** A service date as the claim prints it: `12 01 2026`, `12 01 26`, `12/01/2026`, or with a date of days first and dots. */
function serviceDate(r: R): string {
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  return pick(r, [`${pad(m)} ${pad(d)} 2026`, `${pad(m)} ${pad(d)} 26`, `${pad(m)}/${pad(d)}/2026`, `${d}. ${m}. 2026`, `${d}.${m}.2026`]);
}

const CPT = ['99213', '99214', '80053', '85025', '93000', '71046', '36415', '81001', '90471', '97110', '99203'];

/** A CMS-1500 claim's text: patient's address and telephone (boxes 5), service lines (box 24) in columns, the billing provider's phone (box 33). */
export function cms1500(r: R): Doc {
  const street = `${int(r, 10, 9999)} ${pick(r, ['Main Street', 'Oak Ave', 'Maple Drive', 'Lincoln Blvd'])}`;
  // Box 5's label on the line above, or right before the street line (the whole street line is the address, not the label and its number).
  const label = pick(r, ["5. PATIENT'S ADDRESS (No., Street)\n", "5. PATIENT'S ADDRESS (No., Street):  ", "5. PATIENT'S ADDRESS ", "5. PATIENT'S ADDRESS  ", '5. Patient Address ']);
  const parts: Part[] = ['HEALTH INSURANCE CLAIM FORM\n', label, { address: street }, '\n'];
  parts.push('   TELEPHONE (Include Area Code)  ', { phone: phoneOf(r, 'US') }, '\n24. ');
  for (let i = 0; i < int(r, 2, 4); i++) {
    const charge = pick(r, [`$${int(r, 1, 99)},${int(r, 100, 999)}.${chars(r, D, 2)}`, `${int(r, 40, 999)} ${chars(r, D, 2)}`, `CHF ${int(r, 1, 99)}'${int(r, 100, 999)}.${chars(r, D, 2)}`]);
    const line = `${serviceDate(r)}  ${pick(r, ['11', '21', '22', '23'])}  ${pick(r, CPT)}  ${pick(r, ['A', 'AB', 'AC'])}  ${charge}`;
    parts.push(i ? '    ' : '', { clean: line }, '\n');
  }
  parts.push('33. BILLING PROVIDER PH #  ', { phone: phoneOf(r, 'US') }, '\n');
  return build(parts);
}

const AIRLINES = ['LO', 'OK', 'RO', 'TK', 'AY', 'SK', 'DY', 'VN', 'TG', 'GA', 'PR', 'KQ', 'LY', 'LH', 'KL', 'AF', 'BA', 'IB', 'AZ'];

/** An Amadeus or Sabre PNR being built: itinerary segments (airline code and flight number), an AP phone element, a remark naming an address. */
export function pnr(r: R): Doc {
  const region = pick(r, ['PL', 'CZ', 'TR', 'FI', 'SE', 'DE'] as const);
  const parts: Part[] = [`RP/${pick(r, ['WAWLO08AA', 'PRGOK0100', 'HELAY08AB'])}/\n  1.NOWAK/ANNA MRS\n`];
  let line = 2;
  for (let s = 0; s < int(r, 1, 3); s++) {
    // The segment number, the airline and the flight number, the class: the part read as a street line.
    // (The departure and arrival times after it, `0935 1120`, are another class, not measured here.)
    const seg = pick(r, [
      () => [`  `, { clean: `${line}  ${pick(r, AIRLINES)} ${int(r, 1, 9999)} ${pick(r, ['Y', 'M', 'C'])}` }, ` ${int(r, 1, 28)}DEC ${int(r, 1, 7)} ${pick(r, ['WAWLHR', 'PRGAMS', 'HELBKK'])} DK1  ${pad(int(r, 0, 23))}${pad(int(r, 0, 59))} ${pad(int(r, 0, 23))}${pad(int(r, 0, 59))}  E0 ${pick(r, ['320', '73H', '789'])}`],
      () => [' ', { clean: `${line} ${pick(r, AIRLINES)}${int(r, 1, 9999)}${pick(r, ['Y', 'M', 'C'])} ${int(r, 10, 28)}DEC` }, ` ${pick(r, ['M', 'T', 'W'])} ${pick(r, ['ARNLHR', 'OSLCPH'])} SS1  ${chars(r, D, 4)}P ${chars(r, D, 4)}P /E`],
      () => [{ clean: `${line} ${pick(r, AIRLINES)} ${int(r, 1, 9999)}${pick(r, ['Y', 'M', 'C'])}` }],
    ])() as Part[];
    parts.push(...seg, '\n');
    line++;
  }
  // Amadeus AP element: the phone after its code (national or international form).
  parts.push(`  ${line++} AP `, { phone: phoneOf(r, region) }, '\n');
  parts.push(`  ${line++} RM ${pick(r, ['MAILING ADDRESS', 'ADDRESS ON FILE', 'DELIVER TO', 'PAX HOME'])} `, { address: pick(r, ['14 Crown Street', 'Kungsgatan 12', 'ul. Miła 53', '221 Baker Street', '7 Lincoln Blvd']) }, '\n');
  parts.push(`  ${line} RM NOTIFY PAX ON SKD CHG\n`);
  return build(parts);
}

/** A ten-digit baggage tag (a leading digit and an airline's three-digit code, six digits), with or without a blank. */
function bagTag(r: R): string {
  const code = pick(r, ['080', '235', '105', '117', '738', '220', '057']);
  return `${pick(r, ['0', '1'])}${code}${pick(r, [' ', ''])}${chars(r, D, 6)}`;
}

/** Movement and handling messages naming a baggage tag after its label in several languages; the duty manager's phone. */
export function bagTagMessage(r: R): Doc {
  const label = pick(r, ['SI BAGTAG ', 'BAG TAG ', 'Bag tag no. ', 'baggage tag: ', 'Gepäckschein ', 'Étiquette bagage n° ', 'etiqueta de equipaje ', 'bagagebricka ', 'Bagasjelapp nr. ', 'BAGTAG NR ']);
  const region = pick(r, ['PL', 'FI', 'DE', 'FR', 'ES', 'SE', 'NO'] as const);
  return build([
    `MVT\n${pick(r, AIRLINES)}${int(r, 1, 9999)}/${int(r, 1, 28)}.SPLKM.WAW\n`,
    label,
    { clean: bagTag(r) },
    pick(r, [' OFFLOADED UNACCOMPANIED\n', ' nicht verladen\n', ' non chargé\n', '\n']),
    'SI DUTY MGR ',
    { phone: phoneOf(r, region) },
    '\n',
  ]);
}

/** An NDC in its three labeler-product-package forms (5-4-2, 4-4-2, 5-3-2). */
export function ndc(r: R): string {
  return pick(r, [`${chars(r, D, 5)}-${chars(r, D, 4)}-${chars(r, D, 2)}`, `${chars(r, D, 4)}-${chars(r, D, 4)}-${chars(r, D, 2)}`, `${chars(r, D, 5)}-${chars(r, D, 3)}-${chars(r, D, 2)}`]);
}

/** NDC codes after their label in a dispensing note, and as NCPDP SCRIPT product codes; the pharmacy's phone. */
export function ndcText(r: R): Doc {
  return pick(r, [
    () => build([pick(r, ['Dispensed NDC ', 'NDC: ', 'NDC# ', 'ndc ']), { clean: ndc(r) }, ` ${pick(r, ['Atorvastatin 20 MG', 'Amoxicillin 500 MG'])}, pharmacy tel `, { phone: phoneOf(r, 'US') }, '\n']),
    () =>
      build([
        '<NewRx><Pharmacy><CommunicationNumbers><PrimaryTelephone><Number>',
        { phone: mobile(r, 'US')!.formatNational() },
        '</Number></PrimaryTelephone></CommunicationNumbers></Pharmacy>\n<MedicationPrescribed><DrugCoded><ProductCode><Code>',
        { clean: ndc(r) },
        '</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded></MedicationPrescribed></NewRx>',
      ]),
  ])();
}

const overlaps = (m: { start: number; end: number }, [s, e]: [number, number]) => m.start < e && m.end > s;
const covers = (m: { start: number; end: number }, [s, e]: [number, number]) => m.start <= s && m.end >= e;

/**
 * Counts over `n` documents of a generator: clean spans any finding touches (`dirty` of `cleanSpans`),
 * phones a phone finding covers (`phonesFound` of `phones`), street lines a street-address finding covers
 * (`addressesFound` of `addresses`).
 */
export function measureDocs(gen: (r: R) => Doc, seed: number, n: number) {
  const r = rng(seed);
  const m = { cleanSpans: 0, dirty: 0, phones: 0, phonesFound: 0, addresses: 0, addressesFound: 0 };
  for (let i = 0; i < n; i++) {
    const d = gen(r);
    const found = detectPii(d.text);
    m.cleanSpans += d.clean.length;
    m.dirty += d.clean.filter((c) => found.some((f) => overlaps(f, c))).length;
    m.phones += d.phones.length;
    m.phonesFound += d.phones.filter((p) => found.some((f) => f.type === 'phone' && covers(f, p))).length;
    m.addresses += d.addresses.length;
    m.addressesFound += d.addresses.filter((a) => found.some((f) => f.type === 'street-address' && covers(f, a))).length;
  }
  return m;
}
