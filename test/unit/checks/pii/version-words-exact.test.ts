// The version words before a number read by a walk of a tree of the words (network.ts, someVersionWord)
// must find what the one case-insensitive Unicode pattern of them found (issue 17, a start-up cost: V8
// compiled that pattern on its first run in every thread), in the same order: each word as written,
// its start and the text after it. The pattern is kept here only: over every character in place of
// each letter of the words and around them, seeded strings around every word (cases, address words,
// genitives, variables, digits, newlines, Unicode) and the texts of the free-text corpus and of
// held-out sets 11, 13 and 19. Where a match's start was a surrogate pair the pattern's loop found the
// same match for ever (the search from the pair's second half starts again at its first): such strings
// are left out, and the walk ends on them. Asserts on counts only: no generated value is printed.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { someVersionWord } from '../../../../checks/pii/detectors/network.js';
import { cased, forEachLetterReplaced, forEachTextBeforeNumber, UNITS } from '../../../helpers/word-walk-inputs.js';

const OLD = new RegExp(String.raw`(?:^|[^\p{L}])(v|ver|version|versions|versión|versão|versione|fassung|versie|wersja|wersji|verze|sürüm|версия|версии|сборка|сборки|firmware|fw|build|release|rel|revision|rev|patch|update|updated|updates|updating|upgrade|upgraded|upgrades|upgrading|downgrade|downgraded|downgrades|downgrading|bump|bumped|bumps|bumping|rollback|roll back|rolled back|pinned|sdk|driver|kernel|bios|package|pkg|plugin|engine|affects|affected|fixed|fix|introduced|regression|behoben|corrigé|corrigée|corregido|corretto|corrigido|opgelost|naprawiono|исправлено|section|sec|chapter|clause|article|art|figure|fig|table|step|paragraph|para|rule|§)(?![\p{L}])(?![^]*(?<!\b(?:du|de|des|del|della|dello|do|da|der|van|version|versione|versión|versão|versie)\s)\b(?:ip|ipv4|address|addr|host|server|client|gateway|peer|from|src|dst|router)\b)([^\n\d]*)$`, 'giu');

/** The pattern's matches as the loop of versionWordBefore read them ('hang' where it found one again). */
function reference(before: string): string[] | 'hang' {
  const out: string[] = [];
  OLD.lastIndex = 0;
  let last = -1;
  for (let m = OLD.exec(before); m !== null; m = OLD.exec(before)) {
    if (m.index <= last) return 'hang';
    last = m.index;
    OLD.lastIndex = m.index + 1;
    const at = m.index + m[0].length - m[2]!.length - m[1]!.length;
    out.push(`${at}:${m[1]}:${m[2]}`);
  }
  return out;
}

function walk(before: string): string[] {
  const out: string[] = [];
  someVersionWord(before, (word, at, between) => {
    out.push(`${at}:${word}:${between}`);
    return false;
  });
  return out;
}

let checked = 0;
let differ = 0;
let found = 0;
function same(before: string): void {
  const r = reference(before);
  const w = walk(before);
  if (r === 'hang') return;
  checked++;
  found += r.length;
  if (r.join('\u0000') !== w.join('\u0000')) differ++;
}

const WORDS = OLD.source.slice(OLD.source.indexOf('(v|') + 1, OLD.source.indexOf(')(?![')).split('|');
const BEFORE = ['', ' ', 'x', 'é', '1', '_', '-', '.', '"', '$(', '${', '$', '%', '{{ .', 'the ', '\u{1D400}', '\uDC00', '\uD835', 'ſ', '\u0345', '\u00a0', '\n', '(', '/'];
const AFTER = ['', ' ', '  ', ': ', ' at ', ' on ', ' to ', ' from ', ' ip ', ' IP: ', ' host ', ' server', ' du client ', ' des Clients ', ' version client ', ' Versione client ', ' de host ', ' van peer ', '->', ' → ', ' $VERSION ', ' %VER% ', ' 4', '\n', 'x', 'é', 'ſ', '\u0345', '\u212a', ' addr', ' ipv4 ', ' routers ', ' address:', ' gateway', ' \u{1D400} ', '\t', ' in ', ' the ', ' bump '];

const around = fc.record({
  pieces: fc.array(
    fc.oneof({ weight: 3, arbitrary: fc.tuple(fc.constantFrom(...WORDS), fc.array(fc.nat(), { minLength: 1, maxLength: 6 })).map(([w, d]) => cased(w, d)) }, { weight: 4, arbitrary: fc.constantFrom(...BEFORE, ...AFTER) }, { weight: 1, arbitrary: fc.string({ maxLength: 2 }) }),
    { maxLength: 8 },
  ),
});

describe('the version words before a number (exact speed change)', () => {
  beforeEach(() => {
    differ = 0;
    found = 0;
  });

  it('finds the matches of the pattern with every character in place of each letter of the words and around them', () => {
    forEachLetterReplaced(WORDS, ' ', same);
    for (const u of UNITS) {
      same(`${u}version `);
      same(`build${u} `);
      same(`build ${u}host `);
      same(`§${u}`);
    }
    expect(differ).toBe(0);
  });

  it('finds the matches of the pattern around every word (cases, address words, genitives, variables, digits)', () => {
    for (const w of WORDS) for (const b of BEFORE) for (const a of AFTER) same(`${b}${w}${a}`);
    fc.assert(
      fc.property(around, ({ pieces }) => {
        same(pieces.join(''));
        return true;
      }),
      { numRuns: 60_000, seed: 17 },
    );
    expect(differ).toBe(0);
    expect(found).toBeGreaterThan(50_000);
  });

  it('finds the matches of the pattern before the numbers of the free-text corpus and of held-out sets 11, 13 and 19', () => {
    const before = checked;
    forEachTextBeforeNumber([], same);
    expect(checked - before).toBeGreaterThan(100_000);
    expect(differ).toBe(0);
  });

  it('ends on a surrogate pair before a word where the pattern found the same match for ever', () => {
    expect(reference('\u{1F600}build on ')).toBe('hang');
    expect(walk('\u{1F600}build on ')).toEqual(['2:build: on ']);
  });
});
