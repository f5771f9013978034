// Set 15's civic families: voter rolls, jury summonses, court dockets, land registry extracts,
// marriage licences, obituaries, classified ads, neighbourhood-app posts, petitions and town-hall
// minutes. Public officials' and residents' contacts alike are personal (gold).
import { n } from './negatives.js';
import { cuedId } from './nationals.js';
import { sortName } from './people.js';
import { ssn } from './values.js';
import { Doc, euDay, fam, ph, who, type Family } from './kit.js';

export const CIVIC15: Record<string, Family> = {
  'voter-roll': fam('GB IE', (r) => {
    const d = new Doc().add(`Register of Electors — Polling district ${r.pick(['AB', 'KC', 'WN'])}${r.int(1, 9)} — published `, n(r, 'timestamp-locale'), '\n');
    for (let i = 0; i < r.int(3, 5); i++) d.add(`${r.int(1, 2400)}  `, sortName(who(r, r.pick(['en', 'pl', 'pt', 'ro', 'ar'])).p), `  ${r.int(1, 220)} ${r.pick(['Mill Lane', 'Station Road', 'Orchard Close'])}\n`);
    return d.unit();
  }),
  'jury-summons': fam('US', (r) => {
    const j = who(r, r.pick(['en', 'es', 'vi', 'zh']));
    return new Doc().add('SUMMONS FOR JURY SERVICE\nJuror: ', j.name, `\nJuror no. ${r.digits(6)} — report `, n(r, 'timestamp-locale'), ', courtroom 4B\nTo confirm, the court needs the last four of your SSN; we hold ', ssn(r), ' from DMV records — if wrong call ', ...ph(r, 'national'), '\nE-mail reminders to ', j.email, '\n').unit();
  }),
  'court-docket': fam('US CA', (r) => {
    const [a, b, atty] = [who(r, 'en'), who(r, r.pick(['es', 'ko', 'hi'])), who(r, 'en')];
    return new Doc().add(`Case No. ${r.int(20, 26)}-CV-${r.digits(5)}   `, a.name, ' v. ', b.name, '\nDocket entries:\n  1  ', n(r, 'timestamp-locale'), '  COMPLAINT filed. Fee ', n(r, 'price'), '\n  2  ', n(r, 'timestamp-locale'), '  NOTICE of appearance by ', atty.name, ' (', atty.email, ', ', ...ph(r, 'dashes'), ')\n  3  ORDER re exhibit 12 (page range ', n(r, 'range'), ')\n').unit();
  }),
  'land-registry-extract': fam('ES IT PT', (r) => {
    const o = who(r, r.pick(['es', 'it', 'pt']));
    const kind = ({ es: 'dni', it: 'cf', pt: 'nif' } as const)[o.p.lang as 'es'];
    return new Doc().add('NOTA SIMPLE INFORMATIVA\nFinca registral nº ', String(r.int(1000, 99999)), ' — Referencia catastral ', `${r.digits(7)}${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${r.digits(4)}${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${r.digits(4)}${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}`, '\nSuperficie: ', n(r, 'measurement'), '\nTitular: ', o.name, ', ', ...cuedId(r, kind), '\nCoordenadas UTM del centroide: ', n(r, 'coordinates').text, '\nCargas: hipoteca inscrita ', n(r, 'timestamp-locale'), '\n').unit();
  }),
  'marriage-licence': fam('US CA AU', (r) => {
    const [a, b, off] = [who(r), who(r), who(r, 'en')];
    return new Doc().add(`MARRIAGE LICENSE No. ${r.digits(4)}-${r.digits(6)}\nParty A: `, a.name, ' — SSN ', ssn(r), '\nParty B: ', b.name, ' — ', ...cuedId(r, r.pick(['sin', 'cpf', 'nino'])), '\nCeremony: ', n(r, 'timestamp-locale'), '\nOfficiant: ', off.name, ', ', ...ph(r), '\n').unit();
  }),
  obituary: fam('US IE IT', (r) => {
    const [d, c] = [who(r, r.pick(['en', 'it', 'pl'])), who(r, 'en')];
    return new Doc().add('', d.name, ', 1941 – 2026, passed away peacefully. Visitation ', n(r, 'timestamp-locale'), ' at St Brigid’s. In lieu of flowers, donations to the hospice. Condolences to ', c.name, ' at ', c.email, ' or ', ...ph(r), '.\n').unit();
  }),
  classifieds: fam('DE AT PL CZ HU SK', (r) => {
    const s = who(r, r.pick(['de', 'pl', 'cs', 'hu']));
    return new Doc().add(r.pick(['Verkaufe', 'Sprzedam', 'Prodám', 'Eladó']), ' E-Bike ', n(r, 'measurement'), ', Akku ', n(r, 'percentage'), ', Preis ', n(r, 'price'), '. Rahmen-Nr. bekannt. Anrufen: ', ...ph(r), ' oder ', s.email, ' (', s.p.given, ')\n').unit();
  }),
  'neighbourhood-post': fam('US GB AU', (r) => {
    const [a, b] = [who(r), who(r)];
    return new Doc().add('🔔 ', a.name, ' · ', n(r, 'timestamp-locale'), '\nFound a grey cat near the park, no microchip reader here. Text me ', ...ph(r), '!\n  ↳ ', b.name, ': Might be the Hendersons’. I sent you their e-mail: ', b.email, '\n  ↳ ', a.name, ': thanks — 12 likes\n').unit();
  }),
  petition: fam('FR BE CH', (r) => {
    const d = new Doc().add('Pétition : pour une piste cyclable rue de la Gare — ', n(r, 'percentage'), ' de l’objectif\n');
    for (let i = 0; i < r.int(3, 5); i++) {
      const s = who(r, r.pick(['fr', 'nl', 'de', 'it', 'ar']));
      d.add(`${i + 1}. `, s.name, ' — ', s.email, ' — signé le ', n(r, 'timestamp-locale'), '\n');
    }
    return d.add('Contact : ', ...ph(r), ' · initiateur ', ...cuedId(r, 'rrn'), '\n').unit();
  }),
  'town-hall-minutes': fam('FI SE NO EE LT', (r) => {
    const [c, q] = [who(r, r.pick(['fi', 'sv'])), who(r, r.pick(['fi', 'sv', 'ar', 'sw']))];
    return new Doc().add(`Kunnanvaltuuston pöytäkirja ${euDay(r)}\n§ 41 Budjetti: kehys `, n(r, 'price'), ', muutos ', n(r, 'percentage'), '\n§ 42 Asukaskysymys: ', q.name, ' (', q.email, ') kysyi koulukuljetuksista.\nPuheenjohtaja ', c.name, ', puh. ', ...ph(r), '\nLiite: hankinta ', n(r, 'invoice-number'), '\n').unit();
  }),
};
