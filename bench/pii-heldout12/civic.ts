// Public services and care: 911/112 CAD incident exports, POCSAG pager decodes of fire dispatch,
// hospital bed boards, blood bank issue records, clinical-trial CRF pages, Illumina sample sheets (no
// sequences of a person), rental-car telematics (fleet VINs are hard negatives), toll statements,
// parking-permit lists and EZproxy logs. Callers' phones, e-mails, ids and IPs are gold; codes of
// medicine and trade, lot numbers and fleet VINs are hard negatives; a caller's or driver's position is
// arguably personal, so none is written.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, day, hm, n, ph, ts, who, type Unit } from './kit.js';
import { password } from './secrets.js';
import { aadhaar, card, cpf, dni, email, ip, nino, ssn } from './values.js';

function cadIncident(r: Rng): Unit {
  const a = who(r, r.pick(['en', 'es', 'vi', 'tl', 'pl']));
  return new Doc().add(`INCIDENT ${r.int(26, 26)}-${r.number(6)}  TYPE: ${r.pick(['MEDICAL', 'FIRE ALARM', 'MVA', 'WELFARE CHECK'])}  PRI: ${r.int(1, 4)}\nRECEIVED ${ts(r, ' ')}  ANI/ALI: `, ...ph(r), `\nCALLER: `, a.name, `\nLOC: ${r.int(1, 999)} ${r.pick(['Maple Ave', 'Calle Ocho', 'W 3rd St'])}  ESZ ${r.int(100, 999)}\nNARR: caller states neighbor fell, callback `, ...ph(r), `; unit ${r.pick(['M12', 'E7', 'L3'])} enroute, ETA `, n(r, 'duration'), `\nDISPO: transported, run report emailed to `, a.email, `\n`).unit();
}

function pager(r: Rng): Unit {
  const d = new Doc();
  for (let i = r.int(2, 3); i > 0; i--) d.add(`POCSAG1200: Address: ${r.int(100000, 1999999)}  Function: ${r.int(0, 3)}  Alpha:   ALARM ${r.pick(['B2 Wohnungsbrand', 'RD Notfall', 'TH Person in Aufzug', 'B1 Rauchmelder'])} ${r.pick(['Hauptstr.', 'Lindenweg', 'Am Markt'])} ${r.int(1, 99)} Rückruf `, ...ph(r), ` Einsatz-Nr `, n(r, 'claim-number'), `<ETX>\n`);
  return d.unit();
}

function bedBoard(r: Rng): Unit {
  const d = new Doc().add(`BED BOARD — ${r.pick(['Ward 4B', 'Oddział Wewnętrzny', 'Osasto 12', 'Khoa Nội'])} — ${day(r)} ${hm(r)}\nBed | Patient | Dx | Contact | Status\n`);
  for (let i = r.int(3, 5); i > 0; i--) {
    const a = who(r);
    d.add(`${r.int(1, 30)}${r.pick(['A', 'B'])} | `, a.name, ` | `, n(r, 'icd-10'), ` | `, ...(r.chance(0.6) ? ph(r) : [a.email]), ` | ${r.pick(['occupied', 'cleaning', 'discharge pending'])}\n`);
  }
  return d.unit();
}

function bloodBank(r: Rng): Unit {
  const a = who(r);
  return new Doc().add(`TRANSFUSION SERVICE — UNIT ISSUE\nRecipient: `, a.name, `  DOB ${r.int(1940, 2010)}  ${r.pick(['NHS No. n/a, NINO', 'SSN', 'CPF', 'Aadhaar', 'DNI'])}: `, r.pick([nino, ssn, cpf, aadhaar, dni])(r), `\nProduct: RBC leukoreduced  ABO/Rh: ${r.pick(['O', 'A', 'B', 'AB'])}${r.pick(['+', '-'])}  Lot `, n(r, 'lot-number'), `\nProduct code ISBT: E${r.digits(4)}V00  Expiry `, n(r, 'date-locale'), `\nCrossmatch: compatible  Issued by ${r.pick(['MLS', 'BMS'])} ${hm(r)}\nNotify ward: `, ...ph(r), `\n`).unit();
}

function trialCrf(r: Rng): Unit {
  const a = who(r);
  return new Doc().add(`Protocol ONC-${r.int(100, 999)} | CRF page 7: Adverse events | Site ${r.pick(['PL03', 'CZ01', 'HU02', 'RO05', 'GR01', 'TR04'])}\nSubject initials: ${a.p.first[0]}${a.p.last[0]}   Subject no.: ${r.int(1, 9)}${r.digits(3)}\nAE term: nausea  MedDRA PT code: ${r.int(10000000, 10099999)}  onset `, n(r, 'date-locale'), `\nConcomitant: NDC `, n(r, 'ndc'), `\nInvestigator: `, a.name, `   e-mail `, email(r, a.p), `   tel `, ...ph(r), `\nData entry from IP `, ip(r), `\n`).unit();
}

function sampleSheet(r: Rng): Unit {
  const a = who(r);
  const d = new Doc().add(`[Header]\nIEMFileVersion,5\nInvestigator Name,`, a.name, `\nExperiment Name,RUN_${r.number(4)}\nDate,${day(r)}\nContact,`, a.email, `\n\n[Reads]\n151\n151\n\n[Data]\nSample_ID,Sample_Name,I7_Index_ID,index,Sample_Project\n`);
  for (let i = r.int(3, 5); i > 0; i--) d.add(`S${r.digits(3)},`, n(r, 'uuid'), `,N7${r.digits(2)},${r.chars('ACGT', 8)},PRJ${r.digits(4)}\n`);
  return d.unit();
}

function telematics(r: Rng): Unit {
  const a = who(r);
  const d = new Doc().add(`fleet-gw ${ts(r)} rental_agreement=RA${r.number(8)} driver="`, a.name, `" driver_phone="`, ...ph(r), `"\n`);
  for (let i = r.int(2, 4); i > 0; i--) d.add(`${ts(r)} vin=`, n(r, 'vin'), ` odo_km=${r.int(1000, 99999)} fuel=${r.int(5, 100)}% fw=`, n(r, 'semver'), `\n`);
  return d.unit();
}

function tollStatement(r: Rng): Unit {
  const a = who(r, r.pick(['pl', 'cs', 'hu', 'ro', 'el', 'tr', 'no']));
  const d = new Doc().add(`${r.pick(['e-TOLL', 'Dálniční známka', 'HU-GO', 'AutoPASS', 'HGS'])} — statement ${r.pick(['11', '12'])}/2026\nAccount holder: `, a.name, ` · `, a.email, `\nPayment card: `, card(r), `\n\nDate       Plaza                Class  Amount\n`);
  for (let i = r.int(3, 5); i > 0; i--) d.add(`${day(r)}  ${r.pick(['Gliwice Sośnica', 'Brno-jih', 'M1 Tatabánya', 'Nădlac', 'Çamlıca', 'Ryfast'])}`.padEnd(33), `${r.int(1, 4)}      `, n(r, 'amount'), `\n`);
  return d.unit();
}

function parkingPermits(r: Rng): Unit {
  const d = new Doc().add(`Parking permits — Zone ${r.pick(['A', 'B', 'K', 'Ø'])} (export ${day(r)})\n#  Holder                    Contact                        Valid to\n`);
  for (let i = r.int(3, 6); i > 0; i--) {
    const a = who(r, r.pick(['da', 'no', 'sv', 'fi', 'de', 'en']));
    d.add(`${i}  `, a.name, `  `, ...(r.chance(0.5) ? ph(r) : [a.email]), `  `, n(r, 'date-locale'), `\n`);
  }
  return d.unit();
}

function ezproxy(r: Rng): Unit {
  const d = new Doc();
  for (let i = r.int(3, 5); i > 0; i--) {
    const a = who(r);
    d.add(ip(r), ` - `, r.chance(0.5) ? a.email : `${a.p.first[0]}${r.digits(5)}`, ` [${r.int(1, 28)}/Dec/2026:${hm(r)}:${r.int(10, 59)} +0100] "GET https://www.sciencedirect.com:443/science/article/pii/S${r.digits(16)} HTTP/1.1" 200 ${r.int(1000, 99999)} "doi `, n(r, 'doi'), `"\n`);
  }
  if (r.chance(0.2)) d.add(`# config.txt: Admin password `, password(r, 'ezproxy-config'), ` — remove before commit\n`);
  return d.unit();
}

export const CIVIC_SOURCES12: Record<string, (rng: Rng) => Unit> = {
  'cad-incident': cadIncident, 'pocsag-pager': pager, 'bed-board': bedBoard, 'blood-bank-issue': bloodBank, 'trial-crf': trialCrf, 'illumina-sample-sheet': sampleSheet, 'rental-telematics': telematics, 'toll-statement': tollStatement, 'parking-permits': parkingPermits, 'ezproxy-log': ezproxy,
};
