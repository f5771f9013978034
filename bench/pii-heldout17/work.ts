// HR documents of set 17: Nordic shift rosters, union membership lists (IT/ES), whistleblower
// reports (FR/BE/LU), relocation packages (SG/MY/AU), LMS training records and certificates of
// employment (RO/HU/PL). Staff numbers are left unlabelled (they point at one person).
import * as N from './negatives.js';
import { Doc, ph, who, hhmm, isoDay, type Rng, type Unit } from './kit.js';
import { listedName } from './people.js';
import * as V from './values.js';

function shiftRoster(r: Rng): Unit {
  const d = new Doc().add('Vuorolista / Arbetsschema ', N.quarter(r), '\nNimi;Vuoro;Alku;Loppu;Puhelin\n');
  for (let i = 0, n = r.int(3, 6); i < n; i++) d.add(listedName(who(r, ['fi', 'sv', 'fi']).p), ';', r.pick(['A', 'I', 'Y']), ';', hhmm(r), ';', hhmm(r), ';', ph(r), '\n');
  return d.add('Laadittu ', N.timestamp(r, 'de'), ', työvuorosuunnittelu ', N.semver(r), '\n').unit();
}

function unionList(r: Rng): Unit {
  const it = r.chance(0.5);
  const d = new Doc().add(it ? 'Elenco iscritti — trattenuta sindacale ' : 'Relación de afiliados — cuota sindical ', N.quarter(r), '\n');
  for (let i = 0, n = r.int(2, 4); i < n; i++) {
    const m = who(r, it ? 'it' : ['es', 'es', 'ro']);
    d.add(m.name, ' · ', V.nationalId(r, it ? 'it-fiscal-code' : r.pick(['es-dni', 'es-nie'])), ' · ', V.iban(r, it ? 'IT' : 'ES', 'compact'), ' · ', N.amount(r, true), ' €\n');
  if (r.chance(0.5)) d.add(it ? 'Scartato (IBAN non valido): ' : 'Rechazado (IBAN no válido): ', N.badIban(r), '\n');
  }
  return d.add(it ? 'Totale ' : 'Total ', N.price(r, 'de'), it ? ' — file ' : ' — fichero ', N.sha256(r), '\n').unit();
}

function whistleblower(r: Rng): Unit {
  const s = who(r, ['fr', 'nl', 'de']);
  const h = who(r, 'fr');
  return new Doc().add('Signalement n° ', N.ticketKey(r), ' reçu le ', N.timestamp(r, 'fr'), ' (canal interne, loi Sapin II)\n\nLe lanceur d\'alerte souhaite rester anonyme. Personne visée : ', s.name, ', responsable achats.\n',
    'Faits : factures ', N.invoiceNo(r), ' et ', N.invoiceNo(r), ' réglées sur le compte ', V.iban(r, r.pick(['LU', 'BE', 'CY'])), ' sans bon de commande ; écart de ', N.percentage(r), '.\n',
    'Référent : ', h.name, ' <', h.email, '>, ', ph(r), '. Pièces jointes : ', N.sha256(r), '\n').unit();
}

function relocation(r: Rng): Unit {
  const e = who(r, ['zh', 'hi', 'en', 'ja', 'th']);
  const au = r.chance(0.4);
  return new Doc().add('Relocation package — confirmation\nAssignee: ', e.name, '\nPersonal e-mail: ', e.email, '\nMobile on arrival: ', ph(r), '\n',
    ...(au ? ['Tax file number (for payroll): ', V.nationalId(r, 'au-tax-id'), '\n'] : []),
    'Allowance: ', N.price(r, 'en'), ' lump sum; temporary housing ', String(r.int(30, 90)), ' days; shipment ', N.measurement(r), ' in container ', N.container(r), '\nMove coordinator: ', who(r, 'en').name, ', ', ph(r), '\n').unit();
}

function lmsRecord(r: Rng): Unit {
  const l = who(r, ['en', 'hi', 'es'], 'corp-learning.com');
  const d = new Doc().add('{"learner":{"name":"', l.name, '","email":"', l.email, '"},"records":[');
  for (let i = 0, n = r.int(1, 3); i < n; i++) d.add(i ? ',' : '', '{"course":"', r.pick(['GDPR essentials', 'Anti-bribery 2026', 'Secure coding', 'Fire safety']), '","version":"', N.semver(r), '","book_isbn":"', N.isbn13(r), '","score":"', N.percentage(r), '","completed":"', N.timestamp(r, 'iso'), '","scorm_id":"', N.uuid(r), '"}');
  return d.add('],"badge":"', N.base64Image(r), '"}\n').unit();
}

function employmentCertificate(r: Rng): Unit {
  const c = r.pick(['RO', 'HU', 'PL']);
  const e = who(r, c === 'RO' ? 'ro' : c === 'HU' ? 'hu' : 'pl');
  const id = c === 'RO' ? ['CNP ', V.nationalId(r, 'ro-national-id')] : c === 'PL' ? ['PESEL ', V.nationalId(r, 'pl-national-id')] : ['e-mail ', e.email];
  return new Doc().add(c === 'RO' ? 'ADEVERINȚĂ DE SALARIAT\nSe certifică prin prezenta că ' : c === 'HU' ? 'MUNKÁLTATÓI IGAZOLÁS\nIgazoljuk, hogy ' : 'ZAŚWIADCZENIE O ZATRUDNIENIU\nZaświadcza się, że ', e.name, ', ', ...id, ',\n',
    c === 'RO' ? 'este angajat(ă) din ' : c === 'HU' ? 'munkaviszonyban áll ' : 'jest zatrudniony(a) od ', isoDay(r), ', salariu / bér / wynagrodzenie ', N.price(r, 'de'), '.\n',
    ...(c === 'HU' ? [] : [c === 'RO' ? 'Cont salariu: ' : 'Rachunek: ', V.iban(r, c), '\n']), 'HR: ', ph(r), '\n').unit();
}

export const WORK17: Record<string, (r: Rng) => Unit> = { 'shift-roster': shiftRoster, 'union-membership': unionList, 'whistleblower-report': whistleblower, 'relocation-package': relocation, 'lms-training-record': lmsRecord, 'employment-certificate': employmentCertificate };
