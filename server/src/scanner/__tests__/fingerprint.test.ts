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
