// Set 13's health and lab families: VCF genomics headers, LIMS sample manifests, pet microchip
// registry records, clinic scheduling extracts, dental charts and optician prescriptions.
import type { Rng } from '../pii-heldout/prng.js';
import { nationalId13 } from './ids.js';
import { Doc, day, gold, n, ph, ts, who, z2, type Unit } from './kit.js';
import { fullName, person13 } from './people.js';
import { email13, ip13 } from './values.js';

function vcfHeader(rng: Rng): Unit {
  const w = who(rng, rng.pick(['en', 'zh', 'hi']));
  const d = new Doc().add(`##fileformat=VCFv4.3\n##fileDate=2026${z2(rng.int(9, 12))}${z2(rng.int(1, 28))}\n##source=DeepVariant-`, n(rng, 'version'), '\n##reference=GRCh38 md5 ', n(rng, 'md5'), '\n##reference_citation=doi:', n(rng, 'doi'), '\n##contig=<ID=chr1,length=248956422>\n##SAMPLE=<ID=S', String(rng.int(1, 99)), ',Individual="', w.name, '",Contact=', w.email, '>\n##pipeline_run=', n(rng, 'uuid'), '\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n');
  for (let i = 0; i < rng.int(2, 4); i++) d.add(`chr${rng.int(1, 22)}\t${rng.int(10000, 240000000)}\trs${rng.int(1000, 99999999)}\t${rng.pick(['A', 'C', 'G', 'T'])}\t${rng.pick(['A', 'C', 'G', 'T'])}\t${rng.int(20, 60)}\tPASS\tDP=${rng.int(10, 90)}\n`);
  return d.unit();
}

function limsManifest(rng: Rng): Unit {
  const d = new Doc().add(`LIMS shipment manifest ${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}-${rng.digits(5)}  created `, n(rng, 'timestamp'), '\nbox | position | sample | reagent CAS | volume | donor\n');
  for (let i = 0; i < rng.int(3, 5); i++) {
    const p = person13(rng, rng.pick(['nl', 'de', 'sv', 'fi', 'pl']));
    d.add(`B${rng.int(1, 9)} | ${rng.pick(['A', 'B', 'C', 'D'])}${rng.int(1, 12)} | SMP-${rng.digits(6)} | `, n(rng, 'cas-number'), ' | ', n(rng, 'measurement'), ' | ', gold('person', 'given-family', fullName(p)), ...(rng.chance(0.4) ? [' BSN ', nationalId13(rng, 'bsn')] : []), '\n');
  }
  const tech = who(rng, rng.pick(['nl', 'de', 'sv']));
  return d.add('packed by ', tech.name, ', courier pickup ', ph(rng), ', dry ice ', n(rng, 'un-number'), '\n').unit();
}

function petMicrochip(rng: Rng): Unit {
  const w = who(rng, rng.pick(['en', 'hi', 'zh']));
  const chip = `${rng.pick(['985', '900', '941', '977'])}${rng.digits(12)}`;
  return new Doc().add(`Microchip registry record\nChip: ${chip} (ISO 11784/11785 FDX-B)\nAnimal: ${rng.pick(['Biscuit', 'Luna', 'Pepper', 'Otis'])}, ${rng.pick(['Border Collie', 'Domestic Shorthair', 'Labrador'])}, weight `, n(rng, 'measurement'), '\nKeeper: ', w.name, '\nPhone: ', ph(rng), '\nAlt phone: ', ph(rng), '\nE-mail: ', w.email, '\nLast updated ', n(rng, 'timestamp'), ' via portal from ', ip13(rng, 'v4-public'), '\n').unit();
}

function clinicSchedule(rng: Rng): Unit {
  const d = new Doc().add(`Provider schedule — Lakeside Family Medicine — ${day(rng)}\nTime | Patient | DOB | MRN | Visit type | Callback\n`);
  for (let i = 0; i < rng.int(3, 6); i++) {
    const p = person13(rng, rng.pick(['en', 'es', 'vi', 'ko', 'ar']));
    d.add(`${rng.int(8, 16)}:${rng.pick(['00', '15', '30', '45'])} | `, gold('person', 'family-comma-given', p.familyFirst ? fullName(p) : `${p.family}, ${p.given}`), ` | ${z2(rng.int(1, 12))}/${z2(rng.int(1, 28))}/${rng.int(1940, 2020)} | ${rng.digits(8)} | ${rng.pick(['F/U', 'NEW', 'AWV', 'TELE'])} | `, ph(rng), '\n');
  }
  return d.add('Dx codes queued: ', n(rng, 'icd10-code'), ', ', n(rng, 'icd10-code'), '; refill NDC ', n(rng, 'ndc-code'), '\n').unit();
}

function dentalChart(rng: Rng): Unit {
  const w = who(rng, rng.pick(['sv', 'fi', 'en']));
  const id = rng.chance(0.5) ? nationalId13(rng, 'personnummer') : rng.chance(0.5) ? nationalId13(rng, 'henkilotunnus') : nationalId13(rng, 'fodselsnummer');
  return new Doc().add('Tandvårdsjournal / Dental chart\nPatient: ', w.name, '  ID: ', id, '\nTel: ', ph(rng), `\n${day(rng)} 16 MOD composite, 26 O sealant; 36 periapical lesion, ICD `, n(rng, 'icd10-code'), '\nProbing chart, sites ', n(rng, 'range'), ' of the series; radiograph dose ', n(rng, 'measurement'), '\nRecall in ', n(rng, 'duration'), '; invoice ', n(rng, 'invoice-number'), ' ', n(rng, 'price'), '\nReminder to ', w.email, '\n').unit();
}

function opticianRx(rng: Rng): Unit {
  const w = who(rng, rng.pick(['fr', 'es', 'nl']));
  const sph = () => `${rng.pick(['+', '-'])}${rng.int(0, 6)}.${rng.pick(['00', '25', '50', '75'])}`;
  return new Doc().add('Ordonnance de verres correcteurs / Receta óptica\nPatient : ', w.name, rng.chance(0.5) ? ' — N° sécurité sociale ' : ' — N° national ', nationalId13(rng, rng.chance(0.5) ? 'nir' : 'belgian'), '\nOD  sph ', sph(), ' cyl ', sph(), ` axe ${rng.int(0, 180)}°\nOG  sph `, sph(), ' cyl ', sph(), ` axe ${rng.int(0, 180)}°\nAdd +${rng.int(1, 3)}.${rng.pick(['00', '50'])}  EP `, n(rng, 'measurement'), '\nVerres: indice 1.67, traitement ', `${rng.pick(['antireflet', 'lumière bleue'])}\nTiers payant, contact `, ph(rng), ' — ', email13(rng, w.p), '\nEmis le ', n(rng, 'timestamp'), `\nRef. monture ${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${rng.digits(4)}\nsession ${ts(rng)}\n`).unit();
}

export const CARE13: Record<string, (rng: Rng) => Unit> = {
  'vcf-header': vcfHeader, 'lims-manifest': limsManifest, 'pet-microchip': petMicrochip, 'clinic-schedule': clinicSchedule, 'dental-chart': dentalChart, 'optician-rx': opticianRx,
};
