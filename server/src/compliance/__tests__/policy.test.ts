import { DEFAULT_POLICY } from '../policy';
import { scanFields, textFields } from '../scanned-fields';
import { policy, post } from './fixtures';

// Rule 2, "make it clear who is responsible for coordinating the dissemination, implementation and review
// of the policy": what a new install starts from until its policy owner changes it, written out.
describe('the default policy (rule 2)', () => {
  it('names an owner, a confidentiality statement, the networks and their limits, one approval', () => {
    expect(DEFAULT_POLICY).toEqual({
      owner: 'Head of Communications',
      attestation: {
        version: 1,
        wording:
          'I confirm that this post contains no information that could identify a patient (no names, dates, ' +
          'photos, record numbers or other identifiers), unless the patient has given written consent recorded ' +
          'with the privacy office, and that I have the authority to release everything it says.',
      },
      lexicon: [],
      categories: {},
      channels: {
        x: { label: 'X', maxLength: 280 },
        linkedin: { label: 'LinkedIn', maxLength: 3000 },
        facebook: { label: 'Facebook', maxLength: 63206 },
        instagram: { label: 'Instagram', maxLength: 2200 },
        threads: { label: 'Threads', maxLength: 500 },
      },
      approvalsRequired: 1,
      disclaimer: 'Views are my own and not those of my employer.',
      allow: { domains: [], emails: [], phones: [], terms: [] },
      mrnPatterns: [],
      copyrightLine: '',
    });
  });
});

// Rule 9: the scanner reads every text a network or a reader sees, each under its own path, so a finding
// is shown on its field.
describe('the text the scanner reads', () => {
  it('is the title, body, other text, media alternative texts and captions, attribution descriptions and the Q&A, in that order, without empty fields', () => {
    const full = post({
      title: 'Title',
      body: 'Body',
      otherText: [{ path: 'summary', text: 'Summary' }],
      media: [
        { id: 1, alternativeText: 'Alt one', caption: 'Caption one' },
        { id: 2, alternativeText: '  ', caption: null },
      ],
      attributions: [{ description: 'Described' }, { description: '' }],
      qa: [{ question: 'Question?', answer: 'Answer.' }, { question: 'Only a question?' }],
    });
    expect(textFields(full)).toEqual([
      { path: 'title', text: 'Title' },
      { path: 'body', text: 'Body' },
      { path: 'summary', text: 'Summary' },
      { path: 'media.0.alternativeText', text: 'Alt one' },
      { path: 'media.0.caption', text: 'Caption one' },
      { path: 'attributions.0.description', text: 'Described' },
      { path: 'qa.0.question', text: 'Question?' },
      { path: 'qa.0.answer', text: 'Answer.' },
      { path: 'qa.1.question', text: 'Only a question?' },
    ]);
    expect(textFields(post({ attributions: undefined, qa: undefined })).map((field) => field.path)).toEqual([
      'title',
      'body',
    ]);
  });

  it("scans each field with the policy's allow list, off-limits terms and record-number formats", () => {
    const strict = policy({
      lexicon: [{ term: 'strike', severity: 'warn' }],
      mrnPatterns: ['RH-\\d{6}'],
      allow: { domains: [], emails: ['press@riverside-health.example'], phones: [], terms: [] },
    });
    const scans = scanFields(
      post({
        title: 'Strike update',
        body: 'Patient RH-123456. Questions: press@riverside-health.example or other@mail.example',
      }),
      strict,
    );
    expect(
      scans.map(({ path, findings }) => [path, findings.map((finding) => [finding.category, finding.text])]),
    ).toEqual([
      ['title', [['lexicon', 'Strike']]],
      [
        'body',
        [
          ['mrn', 'RH-123456'],
          ['email', 'other@mail.example'],
        ],
      ],
    ]);
  });
});
