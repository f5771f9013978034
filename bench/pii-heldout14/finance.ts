// Financial-operations families of set 14: ATM electronic journals, FIX protocol messages, card
// chargeback files and AML case narratives. Customers' cards, IBANs, names and ids are gold; terminal
// ids, ISINs, CUSIPs, LEIs, BICs, ABA routing numbers, amounts and timestamps are hard negatives.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, n, ph, who, type Unit } from './kit.js';
import { anyNationalId } from './ids.js';
import { card, iban, ip, ssn } from './values.js';

function atmJournal(rng: Rng): Unit {
  const d = new Doc().add(`*** ATM ${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${rng.int(1000, 9999)} ELECTRONIC JOURNAL ***\n`);
  for (let i = rng.int(2, 3); i > 0; i--)
    d.add(n(rng, 'timestamp'), ' TRANSACTION START\nCARD INSERTED\nPAN: ', card(rng, rng.pick(['visa', 'mastercard', 'maestro'])), `\nPIN ENTERED\nCASH REQUEST: `, n(rng, 'price'), `\nNOTES PRESENTED 0,${rng.int(1, 9)},${rng.int(0, 4)},0\nNOTES TAKEN\nTRANSACTION END\n`);
  return d.add('HOST LINK ', ip(rng, 'v4-private'), ' OK, SW ', n(rng, 'version-four-part'), '\n').unit();
}

function fixMessages(rng: Rng): Unit {
  const soh = '|';
  const d = new Doc();
  for (let i = rng.int(2, 4); i > 0; i--)
    d.add(`8=FIX.4.4${soh}9=${rng.int(150, 300)}${soh}35=${rng.pick(['D', '8', 'G'])}${soh}49=BROKER${rng.int(1, 9)}${soh}56=EXCH${soh}34=${rng.int(1, 99999)}${soh}52=`, n(rng, 'timestamp'), `${soh}11=`, n(rng, 'order-id'), `${soh}48=`, ...rng.pick([() => [n(rng, 'isin'), `${soh}22=4`], () => [n(rng, 'cusip'), `${soh}22=1`], () => [n(rng, 'sedol'), `${soh}22=2`]])(), `${soh}54=${rng.int(1, 2)}${soh}38=${rng.int(1, 90) * 100}${soh}44=${rng.int(10, 900)}.${rng.digits(2)}${soh}1=`, ...(rng.chance(0.3) ? [n(rng, 'lei')] : [`ACC${rng.chars('ABCDEFGHJK', 3)}`]), `${soh}10=${rng.digits(3)}${soh}\n`);
  return d.unit();
}

function chargebacks(rng: Rng): Unit {
  const d = new Doc().add('CHARGEBACK BATCH ', n(rng, 'invoice-number'), ' acquirer routing ', n(rng, 'aba-routing'), '\nCASE        REASON  CARD                   AMOUNT      CARDHOLDER               CONTACT\n');
  for (let i = rng.int(2, 4); i > 0; i--) {
    const u = who(rng);
    d.add(`CB${rng.digits(8)}  ${rng.pick(['10.4', '13.1', '4837', '4853', 'F29'])}    `, card(rng), '  ', n(rng, 'price'), '  ', u.name, '  ', u.email, '\n');
  }
  return d.unit();
}

function amlNarrative(rng: Rng): Unit {
  const u = who(rng);
  const [cue, id] = anyNationalId(rng);
  return new Doc().add('SUSPICIOUS ACTIVITY — CASE NARRATIVE\nSubject: ', u.name, ` (${cue} `, id, ', US SSN ', ssn(rng), ')\nBetween ', n(rng, 'timestamp'), ' and ', n(rng, 'timestamp'), ' the subject received ', String(rng.int(12, 60)), ' structured deposits of ', n(rng, 'price'), ' each into account ', iban(rng), ', forwarding the funds within ', n(rng, 'duration'), ' to ', iban(rng), ' (BIC ', n(rng, 'bic'), `). Online banking sessions originated from `, ip(rng), ' and ', ip(rng), '. The subject listed ', ...ph(rng), ' and ', u.email, ' as contacts. Related invoices ', n(rng, 'invoice-number'), ' reference shipping container ', n(rng, 'iso6346-container'), ' on vessel ', n(rng, 'imo-number'), '.\n').unit();
}

export const FINANCE_SOURCES14: Record<string, (rng: Rng) => Unit> = { 'atm-journal': atmJournal, 'fix-messages': fixMessages, 'chargeback-file': chargebacks, 'aml-narrative': amlNarrative };
