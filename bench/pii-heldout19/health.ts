// Set 19's health families: sleep-study reports, allergy-clinic letters, dialysis session logs,
// speech-therapy notes, MRI safety questionnaires, blood-donor appointments, orthodontic plans,
// nutrition consults and patient-portal messages, with the ids each country's forms carry.
import type { Rng } from '../pii-heldout/prng.js';
import { day, dmy, Doc, hm, n, nid, ph, ref, ssn, ts, who, type Unit } from './kit.js';

function sleepStudy(r: Rng): Unit {
  const p = who(r, r.pick(['en', 'es', 'zh']));
  return new Doc().add('POLYSOMNOGRAPHY REPORT\nPatient: ', p.name, '   SSN: ', ssn(r), '\nStudy date: ', n(r, 'ts-us'), '  Total sleep time ', n(r, 'duration'), '\nAHI 23.4/h, SpO2 nadir ', n(r, 'percentage'), '\nCPAP titration recommended. Results sent to ', p.email, '; call ', ...ph(r), ' to schedule.\n').unit();
}

function allergyLetter(r: Rng): Unit {
  const p = who(r, 'de');
  return new Doc().add('Allergologische Ambulanz — Arztbrief\nPatientin/Patient: ', p.name, ', geb. ', dmy(r), '\nPricktest vom ', dmy(r), ': Birke +++, Hausstaubmilbe ++\nHyposensibilisierung ab ', dmy(r), ', Präparat PZN-frei, ATC ', n(r, 'atc-code'), '\nRückfragen: ', ...ph(r), ' (Sekretariat), E-Mail des Patienten: ', p.email, '\n').unit();
}

function dialysisLog(r: Rng): Unit {
  const p = who(r, 'pl');
  const d = new Doc().add('Protokół dializy — pacjent ', p.name, ', PESEL ', nid(r, 'pl-national-id'), '\n');
  for (let i = 0; i < r.int(2, 4); i++) d.add(ts(r, ' '), ' UF ', n(r, 'measurement'), ' Qb 300 ml/min, czas ', n(r, 'duration'), '\n');
  return d.add('Kontakt rodziny: ', ...ph(r), '\n').unit();
}

function speechNote(r: Rng): Unit {
  const c = who(r, 'en');
  const parent = who(r, r.pick(['en', 'ar', 'hi']));
  return new Doc().add('SLT session note ', day(r), '\nChild: ', c.name, '   NHS no. withheld   NI of parent: ', nid(r, 'uk-nino'), '\nTargets: /s/ clusters, 80% accuracy at word level (', n(r, 'range'), ' trials)\nParent ', parent.name, ' (', parent.email, ', ', ...ph(r), ') to practise daily.\n').unit();
}

function mriSafety(r: Rng): Unit {
  const p = who(r, r.pick(['nl', 'fr']));
  return new Doc().add('MRI-veiligheidsvragenlijst\nNaam: ', p.name, '\nBSN: ', nid(r, 'nl-national-id'), '\nPacemaker? nee  Implantaten? ja — heupprothese, artikelcode fabrikant ', n(r, 'gtin13'), '\nGewicht ', n(r, 'measurement'), '\nTelefoon: ', ...ph(r), '\nScan gepland ', n(r, 'ts-eu'), ', veldsterkte 3 T\n').unit();
}

function donorAppointment(r: Rng): Unit {
  const p = who(r, 'fr');
  return new Doc().add('Don du sang — confirmation de rendez-vous\n', p.name, ', votre rendez-vous est le ', dmy(r, '/'), ' à ', hm(r), '.\nN° de sécurité sociale : ', nid(r, 'fr-national-id'), '\nSMS de rappel au ', ...ph(r), '\nDurée estimée ', n(r, 'duration'), '. Pour annuler : répondez à ', p.email, '.\n').unit();
}

function orthoPlan(r: Rng): Unit {
  const p = who(r, r.pick(['es', 'pt']));
  const br = p.p.lang === 'pt';
  return new Doc().add(br ? 'Plano ortodôntico\nPaciente: ' : 'Plan de ortodoncia\nPaciente: ', p.name, br ? '\nCPF: ' : '\nDNI: ', br ? nid(r, 'br-cpf') : nid(r, 'es-dni'), '\n', br ? 'Duração' : 'Duración', ' ', n(r, 'range'), ' meses, alineadores ', n(r, 'sku'), '\nPresupuesto ', n(r, 'price'), ' — contacto ', ...ph(r), ', ', p.email, '\n').unit();
}

function nutritionConsult(r: Rng): Unit {
  const p = who(r, 'it');
  return new Doc().add('Consulenza nutrizionale — ', dmy(r, '/'), '\nPaziente: ', p.name, ' — C.F. ', nid(r, 'it-fiscal-code'), '\nPeso ', n(r, 'measurement'), ', BMI 27,1, obiettivo −', n(r, 'percentage'), '\nPiano: 1800 kcal/die. Prossimo controllo via e-mail ', p.email, ' o tel. ', ...ph(r), '\n').unit();
}

function portalMessage(r: Rng): Unit {
  const p = who(r, r.pick(['sv', 'fi', 'no']));
  const [t, cue] = p.p.lang === 'sv' ? ['se-national-id', 'Personnummer'] : p.p.lang === 'fi' ? ['fi-national-id', 'Henkilötunnus'] : ['no-national-id', 'Fødselsnummer'];
  return new Doc().add('Meddelande via 1177/Omakanta/Helsenorge\nFrån: ', p.name, ' (', cue, ' ', nid(r, t), ')\n"Hej, jag behöver förnya mitt recept. Nås på ', ...ph(r), ' eller ', p.email, '."\nMottaget ', n(r, 'ts-iso'), ' · ärende ', ref(r), '\n').unit();
}

export const HEALTH_SOURCES19: Record<string, (rng: Rng) => Unit> = {
  'sleep-study-report': sleepStudy, 'allergy-clinic-letter': allergyLetter, 'dialysis-session-log': dialysisLog, 'speech-therapy-note': speechNote, 'mri-safety-questionnaire': mriSafety,
  'blood-donor-appointment': donorAppointment, 'orthodontic-plan': orthoPlan, 'nutrition-consult': nutritionConsult, 'patient-portal-message': portalMessage,
};
