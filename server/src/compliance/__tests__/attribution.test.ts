import { checkAttribution, renderCredit } from '../attribution';
import type { Attribution } from '../types';
import { NOW, policy, post } from './fixtures';

const failures = (attributions: Attribution[], media = post().media) =>
  checkAttribution(post({ attributions, media }), policy(), NOW).filter((check) => check.status === 'fail');

const complete: Record<string, Attribution> = {
  'own-work': { licence: 'own-work', rightsHolder: 'Riverside Health', creditLine: '© Riverside Health' },
  licensed: {
    licence: 'licensed',
    rightsHolder: 'Stock Ltd',
    licenceReference: 'INV-1',
    creditLine: 'Photo: Stock Ltd',
  },
  permission: {
    licence: 'permission',
    rightsHolder: 'J. Smith',
    licenceReference: 'Email 2026-11-02',
    creditLine: 'Photo: J. Smith',
  },
  'cc-by': {
    licence: 'cc-by',
    rightsHolder: 'A. Author',
    sourceUrl: 'https://example.org/p',
    creditLine: 'A. Author, CC BY 4.0',
  },
  'cc-by-sa': {
    licence: 'cc-by-sa',
    rightsHolder: 'A. Author',
    sourceUrl: 'https://example.org/p',
    creditLine: 'A. Author, CC BY-SA',
  },
  cc0: { licence: 'cc0', sourceUrl: 'https://example.org/p' },
  'public-domain': { licence: 'public-domain', sourceUrl: 'https://example.org/p' },
  'fair-use': {
    licence: 'fair-use',
    rightsHolder: 'BBC',
    sourceUrl: 'https://example.org/p',
    justification: 'Short quote for news reporting',
  },
};

describe('attribution (rule 8)', () => {
  it('passes a post with the own-work attribution', () => {
    expect(checkAttribution(post(), policy(), NOW)).toEqual([
      expect.objectContaining({ status: 'pass', rule: 8 }),
    ]);
  });

  it.each(Object.entries(complete))('accepts a complete %s attribution', (_licence, attribution) => {
    expect(failures([attribution])).toEqual([]);
  });

  // Rule 8, "show proper respect for the laws governing copyright and fair use of copyright material owned
  // by others": what each licence must record, written out here rather than read from REQUIRED_BY_LICENCE,
  // so that dropping a requirement from the code fails its row.
  const REQUIRED: [licence: string, field: keyof Attribution][] = [
    ['own-work', 'rightsHolder'],
    ['own-work', 'creditLine'],
    ['licensed', 'rightsHolder'],
    ['licensed', 'licenceReference'],
    ['licensed', 'creditLine'],
    ['permission', 'rightsHolder'],
    ['permission', 'licenceReference'],
    ['permission', 'creditLine'],
    ['cc-by', 'rightsHolder'],
    ['cc-by', 'sourceUrl'],
    ['cc-by', 'creditLine'],
    ['cc-by-sa', 'rightsHolder'],
    ['cc-by-sa', 'sourceUrl'],
    ['cc-by-sa', 'creditLine'],
    ['cc0', 'sourceUrl'],
    ['public-domain', 'sourceUrl'],
    ['fair-use', 'rightsHolder'],
    ['fair-use', 'sourceUrl'],
    ['fair-use', 'justification'],
  ];

  it.each(REQUIRED)('a %s licence without %s fails on that field', (licence, field) => {
    for (const missing of [undefined, '', '  ']) {
      const attribution = { ...complete[licence], [field]: missing };
      expect(failures([attribution])).toEqual([
        expect.objectContaining({
          id: 'attribution.incomplete',
          rule: 8,
          path: `attributions.0.${field}`,
          message: expect.stringContaining(`a "${licence}" licence requires it`),
        }),
      ]);
    }
  });

  it('cc-by: the source URL is what a Creative Commons licence asks the credit to link to', () => {
    const { sourceUrl: _sourceUrl, ...withoutSource } = complete['cc-by'];
    expect(failures([withoutSource])).toEqual([
      expect.objectContaining({ id: 'attribution.incomplete', path: 'attributions.0.sourceUrl' }),
    ]);
    expect(failures([withoutSource])[0].message).toBe(
      'Add the source URL to attribution 1: a "cc-by" licence requires it.',
    );
  });

  // Fields a licence does not require may stay empty (cc0 and public-domain name no rights holder).
  it.each([
    ['cc0', 'rightsHolder'],
    ['cc0', 'creditLine'],
    ['public-domain', 'creditLine'],
    ['own-work', 'sourceUrl'],
    ['licensed', 'sourceUrl'],
    ['fair-use', 'creditLine'],
  ] as [string, keyof Attribution][])('a %s licence may leave %s empty', (licence, field) => {
    expect(failures([{ ...complete[licence], [field]: '' }])).toEqual([]);
  });

  it('fails a post with no attribution at all, asking for the own-work one', () => {
    expect(failures([])).toEqual([
      expect.objectContaining({ id: 'attribution.own-work', path: 'attributions' }),
    ]);
  });

  it('fails a media file that no attribution covers, naming it', () => {
    const media = [
      { id: 7, name: 'ward.jpg' },
      { id: 8, name: 'logo.png' },
    ];
    const result = failures([{ ...complete.licensed, media: { id: 7 } }], media);
    expect(result).toEqual([expect.objectContaining({ id: 'attribution.missing' })]);
    expect(result[0].message).toContain('logo.png');
  });

  // Rule 8, "every image, video, logo and quoted work says who owns it": a file no attribution covers is
  // a failure of the post's attributions, where the editor adds the missing one (the panel shows it there).
  it('places the failure of a media file without an attribution on the attributions field', () => {
    const media = [
      { id: 7, name: 'ward.jpg' },
      { id: 8, name: 'logo.png' },
    ];
    expect(failures([{ ...complete.licensed, media: { id: 7 } }], media)).toEqual([
      {
        id: 'attribution.missing',
        rule: 8,
        status: 'fail',
        message: '"logo.png" has no attribution: add one saying who owns it and under which licence.',
        path: 'attributions',
      },
    ]);
  });

  it('fails an attribution whose licence expired yesterday, and passes one that ends today', () => {
    expect(failures([{ ...complete.licensed, expiresAt: '2026-11-28' }])).toEqual([
      expect.objectContaining({ id: 'attribution.expired', path: 'attributions.0.expiresAt' }),
    ]);
    expect(failures([{ ...complete.licensed, expiresAt: '2026-11-29' }])).toEqual([]);
  });

  it("fails an own-work credit line without the organisation's copyright line", () => {
    expect(failures([{ ...complete['own-work'], creditLine: 'Our photo' }])).toEqual([
      expect.objectContaining({ id: 'attribution.copyright-line' }),
    ]);
  });

  it('fails a source URL that is not a web address', () => {
    expect(failures([{ ...complete['cc-by'], sourceUrl: 'found on google' }])).toEqual([
      expect.objectContaining({ id: 'attribution.source-url' }),
    ]);
  });

  it('fails an attribution without a licence', () => {
    expect(failures([{ rightsHolder: 'X' }])).toEqual([
      expect.objectContaining({ id: 'attribution.licence' }),
    ]);
  });

  it('renders trademark notices as entered, after the credit line', () => {
    expect(
      renderCredit({ creditLine: 'Photo: Stock Ltd', trademarks: 'CareWell® is a trademark of CW Inc.' }),
    ).toBe('Photo: Stock Ltd CareWell® is a trademark of CW Inc.');
  });

  it('does not apply to a governed type without an attributions field', () => {
    expect(checkAttribution(post({ attributions: undefined }), policy(), NOW)).toEqual([]);
  });
});
