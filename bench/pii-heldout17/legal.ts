// Legal documents of set 17: an English will, a German Vorsorgevollmacht, a Spanish notarial deed
// (escritura), a tenancy deposit dispute form and an immigration case note.
import * as N from './negatives.js';
import { Doc, ph, who, isoDay, type Rng, type Unit } from './kit.js';
import * as V from './values.js';

function will(r: Rng): Unit {
  const t = who(r, ['en', 'en', 'yo', 'hi']);
  const ex = who(r, 'en');
  const b = who(r, ['en', 'pl', 'it']);
  return new Doc().add('LAST WILL AND TESTAMENT\n\nThis is the last will of me, ', t.name, ', National Insurance number ', V.nationalId(r, 'uk-nino'), ', made on ', isoDay(r), '.\n',
    '1. I revoke all earlier wills and codicils.\n2. I appoint ', ex.name, ' (', ex.email, ', tel. ', ph(r), ') to be my executor.\n',
    '3. I give the sum of ', N.price(r, 'en'), ' to ', b.name, ', to be paid into the account IBAN ', V.iban(r, r.pick(['GB', 'IE'])), '.\n',
    '4. I give my shares (ISIN ', N.isin(r), ', SEDOL ', N.sedol(r), ', held by the custodian with LEI ', N.lei(r), ') to the residuary beneficiary.\n\nSigned by the testator in our presence. Witness: ', who(r, 'en').name, '. Ref. ', N.invoiceNo(r), '\n').unit();
}

function powerOfAttorney(r: Rng): Unit {
  const g = who(r, ['de', 'tr', 'pl']);
  const v = who(r, 'de');
  return new Doc().add('Vorsorgevollmacht\n\nIch, ', g.name, ', Steuer-ID ', V.nationalId(r, 'de-tax-id'), ', erteile hiermit\n', v.name, ', Telefon ', ph(r), ', E-Mail ', v.email, '\n',
    'Vollmacht, mich in allen Vermögens-, Renten- und Behördenangelegenheiten zu vertreten, einschließlich der Verfügung über mein Konto ', V.iban(r, 'DE'), ' (BIC ', N.bic(r), ').\n',
    'Die Vollmacht gilt über den Tod hinaus. Registriert beim Zentralen Vorsorgeregister am ', N.timestamp(r, 'de'), '.\nGebühr: ', N.price(r, 'de'), ' (Az. ', N.ticketKey(r), ')\n').unit();
}

function notaryDeed(r: Rng): Unit {
  const a = who(r, ['es', 'es', 'pt']);
  const c = who(r, ['es', 'fr']);
  const n = who(r, 'es');
  return new Doc().add('ESCRITURA DE COMPRAVENTA\nNúmero ', String(r.int(100, 3999)), ' de protocolo\n\nEn Madrid, ante mí, ', n.name, ', Notario del Ilustre Colegio de Madrid,\n',
    'COMPARECEN\nDe una parte, D./Dña. ', a.name, ', mayor de edad, con DNI ', V.nationalId(r, 'es-dni'), ', correo ', a.email, '.\n',
    'De otra parte, D./Dña. ', c.name, ', con NIE ', V.nationalId(r, 'es-nie'), ', teléfono ', ph(r), '.\n',
    'El precio de ', N.price(r, 'de'), ' se abona mediante transferencia a la cuenta ', V.iban(r, 'ES'), '.\nReferencia catastral del inmueble y superficie de ', N.measurement(r), '. Honorarios según arancel: ', N.percentage(r), '.\n').unit();
}

function depositDispute(r: Rng): Unit {
  const t = who(r, ['en', 'ro', 'pl', 'ar']);
  const l = who(r, 'en');
  return new Doc().add('Tenancy Deposit Scheme — Dispute application\nCase opened: ', N.timestamp(r, 'iso'), '\n\nTenant: ', t.name, '\nTenant e-mail: ', t.email, '\nTenant phone: ', ph(r), '\n',
    'Landlord / agent: ', l.name, ' <', l.email, '>\nDeposit held: ', N.price(r, 'en'), '; amount in dispute ', N.price(r, 'en'), ' (', N.percentage(r), ' of deposit)\n',
    'Repayment to tenant\'s account: ', V.iban(r, 'GB', 'compact'), '\nEvidence: check-out report (', N.mimeType(r), ', ', N.measurement(r), '), SHA-256 ', N.sha256(r), '\n').unit();
}

function immigrationNote(r: Rng): Unit {
  const c = who(r, ['hi', 'ar', 'vi', 'uk', 'sw']);
  const o = who(r, ['en', 'nl']);
  return new Doc().add('CASE NOTE — ', N.timestamp(r, 'us'), '\nCaseworker: ', o.name, '\n\nMet with client ', c.name, ' (mobile ', ph(r), ', ', c.email, '). Client brought Aadhaar card ', V.nationalId(r, 'in-aadhaar'), ' as secondary ID',
    ...(r.chance(0.5) ? ['; SSN ', V.ssn(r, 'dashed'), ' issued last year'] : ['; no SSN yet']),
    '. Filing fee ', N.price(r, 'en'), ' paid. Next step: biometrics appointment, form version ', N.version4(r), '. Follow-up ticket ', N.ticketKey(r), '.\n').unit();
}

export const LEGAL17: Record<string, (r: Rng) => Unit> = { will, 'power-of-attorney': powerOfAttorney, 'notary-deed': notaryDeed, 'deposit-dispute': depositDispute, 'immigration-case-note': immigrationNote };
