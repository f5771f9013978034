// Seeded English sentences for tuning and measuring the person-name detector, apart from the
// presidio-research set: names of many cultures (written here, not taken from the detector's lists)
// in ordinary sentences, and hard negatives without any person: capitalised nouns, places, products,
// companies, months and sentence starts. Labelled in presidio-research's format (code-point offsets).
import type { LabelledSample } from '../../checks/pii/evaluate.js';
import { rng } from './personal-data.js';

const FIRST = [
  'Oluwaseun', 'Siobhan', 'Björn', 'Priya', 'Mateusz', 'Aiko', 'Thandiwe', 'Javier', 'Leilani', 'Dmitri', 'Fatima', 'Chiara', 'Kwame', 'Ingrid',
  'Rahul', 'Tomasz', 'Ayesha', 'Luca', 'Émilie', 'Hamid', 'Anouk', 'Zeynep', 'Jonas', 'Marisol', 'Yusuf', 'Astrid', 'Rangi', 'Nadia', 'Kenji',
  'Olga', 'Pedro', 'Sunita', 'Henrik', 'Lucía', 'Tariq', 'Margaret', 'Samuel', 'Grace', 'Owen', 'Hannah', 'Esperanza', 'Wojciech', 'Hyun-woo',
];
const LAST = [
  'Adeyemi', "O'Connor", 'Lindqvist', 'Raghunathan', 'Wiśniewski', 'Tanaka', 'Nkosi', 'Montoya', 'Kahale', 'Volkov', 'Haddad', 'Benedetti',
  'Mensah', 'Solberg', 'Deshmukh', 'Kowalczyk', 'Siddiqui', 'Romano', 'Girard', 'Karimi', 'Visser', 'Yılmaz', 'Petersen', 'Quintero', 'Demir',
  'Holm', 'Parata', 'Ivanova', 'Okafor', 'Schneider', 'Fitzgerald', 'Moreau', 'Castellanos', 'Nakamura', 'Brennan', 'Abernathy', 'Kovačević',
];

/** Sentences with persons: `{F}` a given name, `{L}` a surname, `{N}` a full name. */
const WITH_PERSONS = [
  '{N} joined the logistics team in March.',
  'Please send the signed invoice to {N} before Friday.',
  'Yesterday {F} met {F} at the station in Leeds.',
  'The quarterly report was reviewed by {N}.',
  'Ask {F} about the delayed delivery to Rotterdam.',
  '{F} said the parcel arrived two days late.',
  'Meeting notes: {N} and {N} agreed on the budget.',
  'I spoke with {N} on the phone this morning.',
  'Our new supplier contact is {N}, who replaced {N}.',
  'Hi {F}, could you check the attached contract?',
  'According to {L}, the audit will finish in June.',
  'The award went to {N} for her work on the Danube bridge.',
  '{N} lives near the harbour and walks to work.',
  'Thanks to {F} and {F} for covering the night shift.',
  'Dr. {L} will see the next patient at ten.',
];

/** Sentences without persons (hard negatives). */
const WITHOUT_PERSONS = [
  'The Board approved the Budget for the Harbour Project.',
  'We drove from Lisbon to Porto and then to Coimbra.',
  'Flights to Jordan and Georgia were cancelled on Monday.',
  'The office in São Paulo opened in May.',
  'Upgrade to Windows Server and Office Professional before April.',
  'The Galaxy Note and the Pixel Fold were compared side by side.',
  'Install Docker Desktop and Visual Studio Code on the new laptops.',
  'Should the shipment fail, Customer Service will call you.',
  'Despite the rain, Paris was busy all weekend.',
  'Goldman Sachs and Wells Fargo reported higher earnings.',
  'The Amazon river floods every year in December.',
  'Annual Leave requests go to Human Resources by Thursday.',
  'Marketing moved the Spring Campaign to the Autumn Fair.',
  'The Toyota Corolla remains the best-selling car in Kenya.',
  'Our Berlin warehouse ships to Vienna, Prague and Budapest.',
  'Sales in Victoria and Queensland grew faster than in Tasmania.',
  'The European Central Bank kept interest rates unchanged.',
  'Netflix and Spotify raised their prices in January.',
  'Section Four of the Safety Manual covers Fire Drills.',
  'Every Tuesday the Engineering Guild meets in Room Seven.',
];

/** `count` labelled sentences, about `personShare` of them with persons, seeded. */
export function personSentences(count: number, seed = 1, personShare = 0.5): LabelledSample[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: LabelledSample[] = [];
  for (let i = 0; i < count; i++) {
    if (r() >= personShare) {
      out.push({ full_text: pick(WITHOUT_PERSONS), spans: [] });
      continue;
    }
    let text = '';
    const spans: LabelledSample['spans'] = [];
    const template = pick(WITH_PERSONS);
    let last = 0;
    for (const m of template.matchAll(/\{([FLN])\}/g)) {
      text += template.slice(last, m.index);
      const name = m[1] === 'F' ? pick(FIRST) : m[1] === 'L' ? pick(LAST) : `${pick(FIRST)} ${pick(LAST)}`;
      const start = [...text].length;
      text += name;
      spans.push({ entity_type: 'PERSON', start_position: start, end_position: start + [...name].length });
      last = m.index + m[0].length;
    }
    out.push({ full_text: text + template.slice(last), spans });
  }
  return out;
}
