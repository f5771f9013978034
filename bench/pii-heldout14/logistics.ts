// Supply-chain and publishing families of set 14: warehouse receiving logs (SSCC, GTIN-14, GLN, HS
// codes, carrier tracking numbers and the driver's name and phone) and publisher royalty statements
// (ISBN, ISSN, the author's name, e-mail, IBAN and tax id). Trade identifiers are hard negatives.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, n, ph, who, type Unit } from './kit.js';
import { anyNationalId } from './ids.js';
import { iban } from './values.js';

function receivingLog(rng: Rng): Unit {
  const drv = who(rng);
  const d = new Doc().add('GOODS RECEIPT ', n(rng, 'invoice-number'), ' · dock ', String(rng.int(1, 12)), ' · ship-from GLN ', n(rng, 'gln'), '\nCarrier tracking ', n(rng, 'tracking-number'), '; driver ', drv.name, ', mobile ', ...ph(rng), '\n');
  for (let i = rng.int(2, 4); i > 0; i--) d.add('  pallet ', n(rng, 'sscc'), '  item ', n(rng, 'gtin-14'), '  HS ', n(rng, 'hs-code'), '  qty ', String(rng.int(1, 400)), '  ', n(rng, 'measurement'), '\n');
  return d.add('Inbound flight ', n(rng, 'flight-number'), ' for air freight; temperature logger at ', n(rng, 'coordinates'), '\n').unit();
}

function royaltyStatement(rng: Rng): Unit {
  const a = who(rng);
  const [cue, id] = anyNationalId(rng);
  const d = new Doc().add('ROYALTY STATEMENT — period ', n(rng, 'range'), '\nAuthor: ', a.name, ' <', a.email, `>\nPayee ${cue}: `, id, '\nPay to: ', iban(rng), '\n\nTitle / ISBN                    Units   Rate    Royalty\n');
  for (let i = rng.int(2, 4); i > 0; i--) d.add(rng.pick(['The Quiet Harbour', 'Letters from Tampere', 'Salt & Iron']).padEnd(20), n(rng, 'isbn'), `  ${rng.int(10, 9000)}   `, n(rng, 'percentage'), '  ', n(rng, 'price'), '\n');
  return d.add('Journal contributions (ISSN ', n(rng, 'issn'), ') are paid separately.\n').unit();
}

export const LOGISTICS_SOURCES14: Record<string, (rng: Rng) => Unit> = { 'warehouse-receiving-log': receivingLog, 'royalty-statement': royaltyStatement };
