import { ADVERSARIAL_SHAPES, adversarialText } from '../../../../tests/corpus/adversarial';
import { scan } from '../index';
import type { ScanOptions } from '../types';

const options: ScanOptions = {
  lexicon: [{ term: 'lawsuit', severity: 'block' }],
  allow: { terms: ['Riverbend'], domains: ['riverbendhealth.org'] },
  mrnPatterns: ['\\bRB\\d{6}\\b'],
};

/**
 * The characters that regular expressions (the scanner's and libphonenumber's) were given to read while
 * `run` ran: from where each search starts to where its match ends, or to the end of what it was given.
 * Counting work, not time, so the test says the same on a busy machine.
 */
function regexWork(run: () => void): number {
  const exec = RegExp.prototype.exec;
  let work = 0;
  RegExp.prototype.exec = function (this: RegExp, subject: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const match = exec.call(this, subject);
    if (match) work += match.index + match[0].length - from;
    else work += this.sticky ? 1 : subject.length - from;
    return match;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return work;
}

describe('the scanner reads a text in time linear in its length', () => {
  it.each(ADVERSARIAL_SHAPES)('%s: ten times the text, at most about ten times the work', (shape) => {
    const work = [1_500, 15_000].map((length) =>
      regexWork(() => scan(adversarialText(shape, length), options)),
    );
    expect(work[0]).toBeGreaterThan(0);
    expect(work[1] / work[0]).toBeLessThan(12);
  });

  it('reads a street word of any length once for the number after it', () => {
    // Words as long as a tenth of the text, each a street's before its house number.
    const streets = (length: number) =>
      `K${'a'.repeat(length / 10 - 12)}straße 12, `.repeat(10) + `ul. K${'a'.repeat(length / 10)}, 5`;
    const work = [1_500, 15_000].map((length) => regexWork(() => scan(streets(length), options)));
    expect(work[1] / work[0]).toBeLessThan(12);
  });

  it('reads the word before a number glued to it by a stop once, however many numbers the word holds', () => {
    // "Koskikatu.12" is a street; "Koskikatu.1.2.3…" must not make each number read back to "Koskikatu".
    const dotted = (length: number) => `Koskikatu.${'1.'.repeat(length / 2)}`;
    const work = [1_500, 15_000].map((length) => regexWork(() => scan(dotted(length), options)));
    expect(work[1] / work[0]).toBeLessThan(12);
  });

  it('counts the work of a search that reads the rest of the text again for each candidate', () => {
    const rereading = (words: number) => {
      const text = 'word '.repeat(words);
      return regexWork(() => {
        for (let at = 0; at < text.length; at += 5) /\d/.test(text.slice(at));
      });
    };
    expect(rereading(1_000) / rereading(100)).toBeGreaterThan(50);
  });

  it('still blocks a phone number hidden behind more number-like stretches than it reads one by one', () => {
    const text = `${adversarialText('random digits and separators', 120_000)} Call her daughter at 541-382-6619.`;
    const phone = text.indexOf('541-382-6619');
    const findings = scan(text, options);
    expect(
      findings.some(
        (finding) => finding.severity === 'block' && finding.start <= phone && phone + 12 <= finding.end,
      ),
    ).toBe(true);
  });
});
