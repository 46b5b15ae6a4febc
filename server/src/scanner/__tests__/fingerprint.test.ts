import { fingerprint, scan } from '../index';
import type { Finding } from '../types';

function nameFinding(text: string): Finding {
  const found = scan(text).find((finding) => finding.category === 'name');
  if (!found) throw new Error(`no name found in ${text}`);
  return found;
}

describe('fingerprint', () => {
  const original =
    'Big day on 5 West! Please keep Marisol Vega-Duarte in your prayers tonight. Visiting hours end at 8.';

  it('stays the same after an unrelated edit elsewhere in the post', () => {
    const edited =
      'Huge, huge day on our 5 West unit!! Please keep Marisol Vega-Duarte in your prayers tonight. Visiting ends at 9.';
    const before = nameFinding(original);
    const after = nameFinding(edited);
    expect(after.start).not.toBe(before.start);
    expect(fingerprint(after, edited)).toBe(fingerprint(before, original));
  });

  it('changes when the matched text changes', () => {
    const edited = original.replace('Marisol Vega-Duarte', 'Marisol Vega');
    expect(fingerprint(nameFinding(edited), edited)).not.toBe(fingerprint(nameFinding(original), original));
  });

  it('changes when the words right next to the match change', () => {
    const edited = original.replace('Please keep', 'Do not forget');
    expect(fingerprint(nameFinding(edited), edited)).not.toBe(fingerprint(nameFinding(original), original));
  });

  it('tells apart the same text found twice in different places', () => {
    const text = 'Call 541-382-6619 for Ann. Her son is at 541-382-6619 too.';
    const [first, second] = scan(text).filter((finding) => finding.category === 'phone');
    expect(fingerprint(first, text)).not.toBe(fingerprint(second, text));
    expect(fingerprint(first, text)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('a fingerprint names one finding and no other, across edits and updates', () => {
  it('keeps matching an override stored before an update: its value for a given finding never changes', () => {
    const text = 'Call 541-382-6619';
    const [finding] = scan(text);
    expect(finding).toMatchObject({ category: 'phone', text: '541-382-6619' });
    // The SHA-256 of ["phone","541 382 6619",["call"],[]]: the category, the matched words, and up to three
    // words before and after it in its sentence (none after here), all in lower case.
    expect(fingerprint(finding, text)).toBe(
      'c56b75cc2ed5439e07de2e7be5cdbc18c1c8ab2157e656308738946f84b27955',
    );
  });

  it('tells apart two record numbers with the same digits grouped differently', () => {
    const first = 'Her MRN is 4417-2291.';
    const second = 'Her MRN is 441-72291.';
    const [one] = scan(first);
    const [other] = scan(second);
    expect([one.category, one.text, other.category, other.text]).toEqual([
      'mrn',
      '4417-2291',
      'mrn',
      '441-72291',
    ]);
    expect(fingerprint(one, first)).not.toBe(fingerprint(other, second));
  });

  it('stays the same when the next sentence is edited, though the finding’s own sentence ends one word later', () => {
    const original = 'Call 541-382-6619 now. Visiting hours end at 8.';
    const edited = 'Call 541-382-6619 now. Parking is free.';
    const [before] = scan(original);
    const [after] = scan(edited);
    expect([before.text, after.text]).toEqual(['541-382-6619', '541-382-6619']);
    expect(fingerprint(after, edited)).toBe(fingerprint(before, original));
  });
});

// Mutants of fingerprint.ts that no test can tell from the code:
// - fingerprint.ts:19 `/[.!?\n](?=\s)|\n/g`: a run of stops ends where its last stop does, and what lies between
//   its first and last stop is punctuation, which words() drops: the same words on both sides.
// - fingerprint.ts:36 `""`: sameSentence() reads any side other than 'after' as 'before'.
