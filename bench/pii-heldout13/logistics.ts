// Set 13's logistics and device families: IMO FAL 5 crew lists, airline baggage irregularity reports,
// customs declarations, BAPLIE-like stowage text, vehicle registration records, warranty claims, RMA
// tickets, SIM activation logs and eSIM provisioning payloads.
import type { Rng } from '../pii-heldout/prng.js';
import { nationalId13 } from './ids.js';
import { Doc, day, gold, n, ph, ts, uid, who, z2, type Unit } from './kit.js';
import { fullName, nameInverted, person13 } from './people.js';
import { card13, email13, ip13, mac13 } from './values.js';

function crewList(rng: Rng): Unit {
  const d = new Doc().add('IMO FAL FORM 5 — CREW LIST\n1.1 Name of ship: MV Nordic Tern   1.2 IMO number: ', n(rng, 'imo-number'), '   Call sign: ', `${rng.pick(['9H', 'LA', 'V7', 'D5'])}${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}`, '\n2. Port of arrival: Rotterdam   3. Date: ', day(rng), '\nNo | Family name, given names | Rank | Nationality | Date of birth\n');
  for (let i = 1; i <= rng.int(3, 6); i++) {
    const p = person13(rng, rng.pick(['en', 'uk', 'ru', 'el', 'hi', 'id', 'vi']));
    d.add(`${i} | `, nameInverted(p), ` | ${rng.pick(['Master', 'Ch. Off.', 'AB', 'Oiler', '2/E', 'Cook'])} | ${rng.pick(['PHL', 'UKR', 'IND', 'GRC', 'IDN'])} | ${z2(rng.int(1, 28))}.${z2(rng.int(1, 12))}.${rng.int(1960, 2002)}\n`);
  }
  return d.add("Master's contact (satellite): ", ph(rng), '\n').unit();
}

function baggagePir(rng: Rng): Unit {
  const w = who(rng, rng.pick(['de', 'es', 'it', 'tr', 'en', 'ja']));
  return new Doc().add(`PROPERTY IRREGULARITY REPORT  ${rng.pick(['FRA', 'MAD', 'FCO', 'IST', 'LHR'])}${rng.pick(['LH', 'IB', 'AZ', 'TK', 'BA'])}${rng.digits(5)}\nNM `, w.name, '\nFL ', n(rng, 'flight-number'), '/', day(rng), `\nTN ${rng.pick(['LH', 'IB', 'AZ', 'TK', 'BA'])}${rng.digits(6)}\nCT TYPE 22 BLACK HARD SHELL, WEIGHT `, n(rng, 'measurement'), '\nPA TEMP ADDRESS HOTEL ALFAMA RUA DOS REMEDIOS 12\nPN ', ph(rng), '\nEA ', w.email, '\nRL ', n(rng, 'timestamp'), '\nremarks: bag tag unreadable, delivery by courier\n').unit();
}

function customs(rng: Rng): Unit {
  const agent = who(rng, rng.pick(['nl', 'zh', 'en']));
  const d = new Doc().add('SINGLE ADMINISTRATIVE DOCUMENT (extract)\nBox 2 Consignor: Shenzhen Brightway Electronics Co., Ltd.\nConsignor contact: ', who(rng, 'zh').name, ', ID ', nationalId13(rng, 'chinaId'), '\nBox 8 Consignee: Haven Retail B.V., GLN ', n(rng, 'gln'), '\nBox 31 Containers: ', n(rng, 'container'), ', ', n(rng, 'container'), '\n');
  for (let i = 1; i <= rng.int(2, 3); i++) d.add(`Item ${i}: commodity code `, n(rng, 'hs-code'), ', GTIN ', n(rng, 'gtin-13'), ', net mass ', n(rng, 'measurement'), ', value ', n(rng, 'price'), '\n');
  return d.add('Box 44 documents: commercial invoice ', n(rng, 'invoice-number'), ', order ', n(rng, 'po-number'), '\nDeclarant representative: ', agent.name, ', ', agent.email, ', ', ph(rng), '\nSSCC of pallets: ', n(rng, 'sscc'), '\n').unit();
}

function baplie(rng: Rng): Unit {
  const d = new Doc().add(`STOWAGE PLAN  vessel `, n(rng, 'imo-number'), ' MMSI ', n(rng, 'mmsi'), ` voyage ${rng.digits(3)}W  port NLRTM, position `, n(rng, 'coordinates'), `\nbay-row-tier | container | ISO | VGM | UN | POD\n`);
  for (let i = 0; i < rng.int(4, 7); i++) d.add(`${z2(rng.int(1, 40))}${z2(rng.int(0, 12))}${z2(rng.int(2, 90))} | `, n(rng, 'container'), ` | ${rng.pick(['22G1', '45G1', '42R1', '22T6'])} | `, n(rng, 'measurement'), ' | ', rng.chance(0.3) ? n(rng, 'un-number') : '-', ` | ${rng.pick(['SGSIN', 'CNSHA', 'USNYC', 'DEHAM'])}\n`);
  const planner = who(rng, rng.pick(['nl', 'zh', 'en', 'id']));
  return d.add('planner on duty: ', planner.name, ' ', planner.email, '\n').unit();
}

function vehicleRegistration(rng: Rng): Unit {
  const w = who(rng, rng.pick(['en', 'de', 'es', 'ko']));
  return new Doc().add('VEHICLE REGISTRATION RECORD\nVIN: ', n(rng, 'vin'), `\nMake/Model: ${rng.pick(['Volvo XC40', 'Hyundai Ioniq 5', 'BMW 320d', 'Ford F-150'])}   Year: ${rng.int(2014, 2026)}\nRegistered keeper: `, w.name, `\nKeeper address: ${rng.int(1, 300)} Station Road\nContact: `, ph(rng), ' / ', w.email, '\nOdometer at transfer: ', n(rng, 'measurement'), `\nRecall campaign ref RC-${rng.int(20, 26)}V${rng.digits(3)}\nFee paid: `, n(rng, 'price'), '\n').unit();
}

function warrantyClaim(rng: Rng): Unit {
  const w = who(rng, rng.pick(['en', 'ja', 'ko', 'fr']));
  return new Doc().add(`Warranty claim WC-${rng.digits(7)}\nCustomer: `, w.name, ' — ', w.email, ' — ', ph(rng), '\nProduct GTIN ', n(rng, 'gtin-13'), ', firmware ', n(rng, 'version'), ', purchased ', day(rng), '\nFault: compressor noise after ', n(rng, 'duration'), ' of operation; error ', n(rng, 'hex-error'), '\nCard first entered (rejected, invalid number): ', n(rng, 'bad-card'), '\nRefund card on file: ', card13(rng), '\nDealer invoice ', n(rng, 'invoice-number'), ', labour ', n(rng, 'price'), '\n').unit();
}

function rmaTicket(rng: Rng): Unit {
  const w = who(rng, rng.pick(['en', 'hi', 'zh']));
  return new Doc().add(`RMA #${rng.digits(6)} opened ${ts(rng, ' ')}\nRequester: `, w.name, ' (', w.email, ')\nUnit: router, WAN MAC ', mac13(rng), ', last seen from ', ip13(rng, 'v4-public'), ', trap OID ', n(rng, 'snmp-oid'), '\nFirmware ', n(rng, 'version-4part'), ' (build ', n(rng, 'build-number'), ')\nIssue: boot loop; log checksum ', n(rng, 'md5'), '\nCall back on ', ph(rng), ' — return label emailed\n').unit();
}

function simActivation(rng: Rng): Unit {
  const d = new Doc();
  for (let i = 0; i < rng.int(3, 5); i++) {
    const p = person13(rng, rng.pick(['pt', 'es']));
    d.add(`${ts(rng)} ACTIVATE iccid=`, n(rng, 'iccid'), ' imei=', n(rng, 'imei'), ' msisdn=', ph(rng), ' titular="', gold('person', 'given-family', fullName(p)), '" doc=', rng.chance(0.5) ? nationalId13(rng, 'cpf') : nationalId13(rng, 'dni'), ' email=', email13(rng, p), ` status=${rng.pick(['OK', 'PENDING_KYC', 'OK'])}\n`);
  }
  return d.unit();
}

function esim(rng: Rng): Unit {
  const w = who(rng, rng.pick(['ja', 'ko', 'zh', 'en']));
  return new Doc().add('eSIM order confirmation\nName: ', w.name, '\nActivation code: LPA:1$smdp.example-operator.net$', `${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4)}-${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4)}-${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4)}`, '\nICCID: ', n(rng, 'iccid'), '\nDevice EID check: ok, IMEI ', n(rng, 'imei'), '\nNumber: ', ph(rng), '\nReceipt mailed to ', w.email, '; charged ', n(rng, 'price'), `\nOrder ${uid(rng)}\n`).unit();
}

export const LOGISTICS13: Record<string, (rng: Rng) => Unit> = {
  'imo-crew-list': crewList, 'baggage-pir': baggagePir, 'customs-declaration': customs, 'baplie-stowage': baplie, 'vehicle-registration': vehicleRegistration,
  'warranty-claim': warrantyClaim, 'rma-ticket': rmaTicket, 'sim-activation': simActivation, 'esim-provisioning': esim,
};
