// Set 15's health-care families: pharmacy dispensing logs, lab requisitions, vaccination records,
// ambulance run sheets, nursing handover notes, clinical-trial SAE reports and genetic counselling
// letters. Diagnoses, drugs, vital signs and the scene of an incident are written as plain text: health
// data and a person's whereabouts are neither gold nor hard negatives.
import { n } from './negatives.js';
import { cuedId } from './nationals.js';
import { email, ssn } from './values.js';
import { Doc, euDay, fam, hm, ph, ts, who, type Family } from './kit.js';

export const CARE15: Record<string, Family> = {
  'pharmacy-dispensing-log': fam('GB IE', (r) => {
    const d = new Doc().add(`DISPENSING LOG  branch ${r.int(100, 999)}  ${euDay(r, '/')}\n`);
    for (let i = 0; i < r.int(2, 4); i++) {
      const p = who(r, r.pick(['en', 'pl', 'hi', 'ar']));
      d.add(`${hm(r)} | `, p.name, ' | NDC ', n(r, 'ndc-code'), ' | batch ', n(r, 'lot-number'), ' | ', ...cuedId(r, 'nino'), ' | SMS ', ...ph(r), '\n');
    }
    return d.unit();
  }),
  'lab-requisition': fam('FR BE LU', (r) => {
    const p = who(r, 'fr');
    return new Doc().add('DEMANDE D’EXAMENS DE BIOLOGIE MÉDICALE\nPatient(e) : ', p.name, '\n', ...cuedId(r, r.pick(['nir', 'rrn'])), '\nPrélèvement le ', n(r, 'timestamp-locale'), '\nTubes : EDTA ', n(r, 'lot-number'), ', héparine ', n(r, 'lot-number'), '\nRésultats à transmettre : ', p.email, ' — tél. ', ...ph(r, r.pick(['national', 'dots'])), '\n').unit();
  }),
  'vaccination-record': fam('SE FI NO DK', (r) => {
    const p = who(r, r.pick(['sv', 'fi']));
    const id = r.pick(['pnr', 'hetu', 'fnr'] as const);
    return new Doc().add('Vaccinationsjournal\nNamn: ', p.name, '\n', ...cuedId(r, id), '\n', ...Array.from({ length: r.int(2, 3) }, () => [`${r.pick(['Comirnaty', 'Fluenz', 'Boostrix', 'Havrix'])} — ${euDay(r, '-')} — batch `, n(r, 'lot-number'), ' — GTIN ', n(r, 'gtin-14'), '\n']).flat(), 'Påminnelse via ', ...ph(r, 'international'), '\n').unit();
  }),
  'ambulance-run-sheet': fam('US CA', (r) => {
    const p = who(r, r.pick(['en', 'es', 'zh']));
    return new Doc().add(`PCR #${r.digits(7)}  Unit M${r.int(10, 99)}  dispatched ${ts(r, ' ')}\nPt: `, p.name, ` ${r.int(18, 95)}${r.pick(['M', 'F'])}\n`, ...(r.chance(0.5) ? ['SSN: ', ssn(r)] : cuedId(r, 'sin')), '\nBP 132/84 HR 96 SpO2 ', n(r, 'percentage').text, ' — transport ', n(r, 'duration'), '\nScene at ', n(r, 'coordinates').text, ' (intersection)\nNOK phone ', ...ph(r, 'national'), '\n').unit();
  }),
  'nursing-handover': fam('GB AU NZ IE', (r) => {
    const p = who(r);
    return new Doc().add(`SBAR handover ${hm(r)} — Ward ${r.int(1, 30)}${r.pick(['A', 'B'])} bed ${r.int(1, 28)}\nS: `, p.name, ` post-op day 2, obs stable.\nB: NHS/NINO on chart `, ...cuedId(r, 'nino').slice(1), '\nA: fluid balance ', n(r, 'measurement').text, ', NEWS2 3.\nR: family contact ', ...ph(r), ', daughter emails ', email(r, who(r).p), '\n').unit();
  }),
  'sae-report': fam('PL CZ HU ES IT RO BG', (r) => {
    const inv = who(r, r.pick(['pl', 'cs', 'hu', 'es', 'it']));
    return new Doc().add(`SERIOUS ADVERSE EVENT REPORT — protocol ${r.pick(['ONC', 'CV', 'NEU'])}-${r.digits(4)}\nSubject ${r.digits(3)}-${r.digits(4)} (pseudonymised)\nOnset `, n(r, 'timestamp-iso'), '; outcome: recovered. IMP kit ', n(r, 'lot-number'), '\nReporter: Dr ', inv.name, ' · ', inv.email, ' · ', ...ph(r), '\nMedDRA 27.1; eCRF form ', n(r, 'oid'), '\n').unit();
  }),
  'genetic-counselling-letter': fam('GB NL DE', (r) => {
    const p = who(r, r.pick(['en', 'nl', 'de']));
    return new Doc().add('Clinical Genetics Service\n\nDear ', p.name, ',\nThank you for attending on ', n(r, 'timestamp-locale'), '. Your BRCA2 panel result (report ', n(r, 'order-id').text, ') is enclosed. Variant c.5946delT, reference ', n(r, 'doi'), '.\nYour identifier: ', ...cuedId(r, r.pick(['nino', 'bsn'])), '\nWe will call you on ', ...ph(r), ' — or write to ', p.email, '\n').unit();
  }),
};
