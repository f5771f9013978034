// Health families of set 14: radiology reports, discharge summaries, explanation-of-benefits
// statements, telehealth visit transcripts, Apple Health export XML and Fitbit JSON exports. Patients'
// names, contacts and national ids are gold; device software versions and amounts are hard negatives.
// Dates, diagnoses and vitals of a named patient are health data: left unlabelled, never negatives;
// member and claim numbers too.
import type { Rng } from '../pii-heldout/prng.js';
import { day, Doc, n, ph, who, type Unit } from './kit.js';
import { anyNationalId } from './ids.js';
import { email, ip, ssn } from './values.js';

function radiology(rng: Rng): Unit {
  const u = who(rng);
  const [cue, id] = anyNationalId(rng);
  return new Doc().add('RADIOLOGY REPORT\nPatient: ', u.name, `   ${cue}: `, id, '\nExam: CT chest with contrast   Accession: ', rng.chars('ABCDEFGHJK', 2), String(rng.int(100000, 999999)), '\nPerformed: ', day(rng), '\n\nFINDINGS: A ', `${rng.int(4, 30)} mm`, ' nodule in the right upper lobe, unchanged from ', day(rng), '. No effusion.\nIMPRESSION: Stable; code ', rng.pick(['R91.1', 'I10', 'J18.9', 'E11.9']), '.\nDictated by ', who(rng).name, '; results phoned to the patient at ', ...ph(rng), '.\n').unit();
}

function discharge(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('DISCHARGE SUMMARY\nName: ', u.name, '\nAdmitted: ', day(rng), '   Discharged: ', day(rng), '\nDiagnoses: ', rng.pick(['R91.1', 'I10', 'J18.9', 'E11.9']), ', ', rng.pick(['R91.1', 'I10', 'J18.9', 'E11.9']), '\nVitals at discharge: HR ', `${rng.int(50, 110)} bpm`, ', SpO2 ', `${rng.int(90, 99)} %`, '\nMedications: metoprolol 25 mg twice daily for 14 days\nFollow-up: GP in 7 days. Emergency contact: ', who(rng).name, ', ', ...ph(rng), '\nPortal invitation sent to ', u.email, '.\n').unit();
}

function eob(rng: Rng): Unit {
  const u = who(rng, 'en');
  const d = new Doc().add('EXPLANATION OF BENEFITS — THIS IS NOT A BILL\nMember: ', u.name, '\nSSN on file: ', ssn(rng), `\nGroup: ${rng.int(10000, 99999)}   Claim: ${rng.chars('ABCDEFGHJK', 1)}${rng.int(10000000, 99999999)}\n\nService date  Description          Billed      Plan paid   You owe\n`);
  for (let i = rng.int(2, 4); i > 0; i--) d.add(day(rng), '  ', rng.pick(['Office visit', 'Lab panel', 'MRI knee', 'Physical therapy']).padEnd(20), n(rng, 'price'), '  ', n(rng, 'price'), '  ', n(rng, 'price'), '\n');
  return d.add('Questions: call Member Services at ', ...ph(rng), ' or write to ', email(rng), '.\n').unit();
}

function telehealth(rng: Rng): Unit {
  const pt = who(rng);
  const dr = who(rng);
  return new Doc().add('[Telehealth visit transcript, auto-generated]\nDr. ', dr.name, ': Good morning, can you confirm your name and date of birth?\nPatient: ', pt.name, ', born ', day(rng).replace('2026', String(rng.int(1940, 2005))), '.\nDr. ', dr.name, ': Thanks. Your blood pressure log shows ', `${rng.int(110, 160)}/${rng.int(60, 95)} mmHg`, ' on average.\nPatient: My new number is ', ...ph(rng), ', and please use ', pt.email, ' for the lab results.\nDr. ', dr.name, ': Noted. Connection from ', ip(rng), ', session ended normally.\n').unit();
}

function appleHealth(rng: Rng): Unit {
  const u = who(rng);
  const d = new Doc().add('<?xml version="1.0" encoding="UTF-8"?>\n<HealthData locale="en_US">\n <ExportDate value="', day(rng), '"/>\n <Me HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale" HKCharacteristicTypeIdentifierBloodType="HKBloodTypeAPositive"/>\n <!-- exported by ', u.name, ' (', u.email, ') -->\n');
  for (let i = rng.int(2, 4); i > 0; i--) d.add(' <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" sourceVersion="', n(rng, 'version'), '" unit="count/min" creationDate="', day(rng), `" value="${rng.int(48, 160)}"/>\n`);
  return d.add('</HealthData>\n').unit();
}

function fitbit(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('{"user":{"fullName":"', u.name, '","email":"', u.email, '","timezone":"Europe/Helsinki","strideLengthWalking":', `${rng.int(60, 80)}.${rng.digits(1)}`, ',"memberSince":"', day(rng), '"},"activities-heart":[{"dateTime":"2026-11-', String(rng.int(10, 28)), '","value":{"restingHeartRate":', String(rng.int(50, 80)), '}}],"devices":[{"deviceVersion":"Charge 6","firmware":"', n(rng, 'version'), '","lastSyncTime":"', day(rng), '","battery":"', `${rng.int(90, 99)} %`, '"}]}\n').unit();
}

export const HEALTH_SOURCES14: Record<string, (rng: Rng) => Unit> = { 'radiology-report': radiology, 'discharge-summary': discharge, 'eob-statement': eob, 'telehealth-transcript': telehealth, 'apple-health-xml': appleHealth, 'fitbit-json': fitbit };
