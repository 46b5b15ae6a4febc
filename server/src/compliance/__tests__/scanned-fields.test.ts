import { scan } from '../../scanner';
import { scanFields, textFields } from '../scanned-fields';
import { policy, post } from './fixtures';

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

// scanFields remembers recent findings by scan settings and text: a remembered answer must be the
// scanner's own, and another policy version (other settings) or another text must be scanned anew.
describe('scanFields', () => {
  const text = 'Call Jane Doe on 555-201-7788 about the lawsuit.';
  const without = deepFreeze(policy());
  const blocking = deepFreeze(
    policy({ version: 4, lexicon: [{ term: 'lawsuit', severity: 'block', reason: 'Legal matters.' }] }),
  );

  it("gives the scanner's findings, the same the second time", () => {
    const expected = scan(text, {
      allow: without.allow,
      lexicon: without.lexicon,
      mrnPatterns: without.mrnPatterns,
    });
    const first = scanFields(post({ body: text }), without).find((field) => field.path === 'body');
    const second = scanFields(post({ body: text }), without).find((field) => field.path === 'body');
    expect(expected.length).toBeGreaterThan(0);
    expect(first?.findings).toEqual(expected);
    expect(second?.findings).toEqual(expected);
  });

  it('scans the same text again under a policy with other settings', () => {
    scanFields(post({ body: text }), without);
    const body = scanFields(post({ body: text }), blocking).find((field) => field.path === 'body');
    expect(body?.findings).toContainEqual(expect.objectContaining({ category: 'lexicon', text: 'lawsuit' }));
    const before = scanFields(post({ body: text }), without).find((field) => field.path === 'body');
    expect(before?.findings).not.toContainEqual(expect.objectContaining({ category: 'lexicon' }));
  });

  it('scans an edited text anew, and a policy changed in place (not frozen) by its current settings', () => {
    const edited = scanFields(post({ body: 'Call 555-201-7789 today.' }), without)[1];
    expect(edited.findings.map((finding) => finding.text)).toContain('555-201-7789');
    const mutable = policy();
    scanFields(post({ body: text }), mutable);
    mutable.lexicon = [{ term: 'lawsuit', severity: 'warn' }];
    const body = scanFields(post({ body: text }), mutable).find((field) => field.path === 'body');
    expect(body?.findings).toContainEqual(expect.objectContaining({ category: 'lexicon', severity: 'warn' }));
  });
});

// Rule 9, "staff cannot release confidential information about patients": the scanner reads each text the
// post would publish, and only those; a text the editor left empty is not a text, so nothing is found in it
// and no finding points at a field the post does not carry.
describe('textFields', () => {
  it('reads the texts the post publishes and leaves out alt texts, captions and Q&A left empty', () => {
    const fields = textFields(
      post({
        title: 'Meet the ward',
        body: 'Our night team.',
        media: [
          { id: 7, name: 'team.jpg', alternativeText: null, caption: 'The night team of Ward 7' },
          { id: 8, name: 'ward.jpg', alternativeText: 'Ward 7 at night', caption: undefined },
        ],
        attributions: [{ licence: 'own-work', description: null }, { description: 'Quote from Dr Lee' }],
        qa: [
          { question: null, answer: 'Every night.' },
          { question: 'Who?', answer: undefined },
        ],
      }),
    );
    expect(fields).toEqual([
      { path: 'title', text: 'Meet the ward' },
      { path: 'body', text: 'Our night team.' },
      { path: 'media.0.caption', text: 'The night team of Ward 7' },
      { path: 'media.1.alternativeText', text: 'Ward 7 at night' },
      { path: 'attributions.1.description', text: 'Quote from Dr Lee' },
      { path: 'qa.0.answer', text: 'Every night.' },
      { path: 'qa.1.question', text: 'Who?' },
    ]);
  });
});
