// The AWS key id pattern reads its first letter before its look-behinds (a speed change, issue 17) and
// lets a key start right after an escaped line break (`\n` written out): over strings made of the
// characters it reads, it finds the matches of the plain pattern it replaced, plus those after `\n`, `\r`, `\t`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awsAccessKeyId } from '../../../src/detect/secrets/aws.js';

/** The pattern before the change. */
const REFERENCE = /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z2-7]{16}(?![A-Za-z0-9])/g;
/** The reference with the escaped line break as a start. */
const WITH_ESCAPES = /(?:(?<![A-Za-z0-9])|(?<=\\[nrt]))(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z2-7]{16}(?![A-Za-z0-9])/g;

function matches(re: RegExp, text: string): string[] {
  const copy = new RegExp(re.source, re.flags);
  return [...text.matchAll(copy)].map((m) => `${m.index}:${m[0]}`);
}

const key = fc.tuple(fc.constantFrom('AKIA', 'ASIA', 'AROA', 'AKIB'), fc.stringMatching(/^[A-Z2-7]{14,17}$/)).map(([p, b]) => p + b);
const texts = fc.array(fc.oneof(key, fc.constantFrom('A', 'n', '\\', '\\n', '\\t', '\\x', ' ', '=', '1', 'a', 'Z', '"')), { maxLength: 12 }).map((parts) => parts.join(''));

describe('AWS key id pattern', () => {
  it('finds the reference matches when no backslash is in the text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const plain = text.replace(/\\/g, '/');
        expect(matches(awsAccessKeyId.pattern!, plain)).toEqual(matches(REFERENCE, plain));
      }),
      { numRuns: 3000 },
    );
  });

  it('also starts a key after an escaped \\n, \\r or \\t', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(matches(awsAccessKeyId.pattern!, text)).toEqual(matches(WITH_ESCAPES, text));
      }),
      { numRuns: 3000 },
    );
  });
});
