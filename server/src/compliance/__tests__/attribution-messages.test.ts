import { checkAttribution, renderCredit } from '../attribution';
import { composeText, credits } from '../composition';
import type { Attribution } from '../types';
import { NOW, policy, post } from './fixtures';

// Rule 8, "show proper respect for the laws governing copyright ... so endeavour to include your own
// copyright and trademarks": what the editor is told, naming the item concerned, and where the rule's
// edges are (a licence valid to the end of its last day, web addresses only, the copyright line).
const licensed: Attribution = {
  licence: 'licensed',
  rightsHolder: 'Stock Ltd',
  licenceReference: 'INV-1',
  creditLine: 'Photo: Stock Ltd',
};
const check = (attributions: Attribution[], media = post().media, now = NOW) =>
  checkAttribution(post({ attributions, media }), policy(), now);

describe('attribution messages (rule 8)', () => {
  it('names the item by its media file, else its description, else its position', () => {
    const { creditLine: _creditLine, ...noCredit } = licensed;
    expect(
      check(
        [
          { ...noCredit, media: { id: 7, name: 'ward.jpg' }, description: 'Ward photo' },
          { ...noCredit, description: 'Quote from Dr Lee' },
          noCredit,
        ],
        [{ id: 7, name: 'ward.jpg' }],
      ).map((result) => result.message),
    ).toEqual([
      'Add the credit line to the attribution for "ward.jpg": a "licensed" licence requires it.',
      'Add the credit line to the attribution "Quote from Dr Lee": a "licensed" licence requires it.',
      'Add the credit line to attribution 3: a "licensed" licence requires it.',
    ]);
  });

  // Each field a licence requires, named as the editor's form names it.
  const fairUse: Attribution = {
    licence: 'fair-use',
    rightsHolder: 'BBC',
    sourceUrl: 'https://example.org/p',
    justification: 'Short quote for news reporting',
  };
  it.each<[field: keyof Attribution, complete: Attribution, message: string]>([
    ['rightsHolder', licensed, 'Add the rights holder to attribution 1: a "licensed" licence requires it.'],
    [
      'licenceReference',
      licensed,
      'Add the licence or permission reference to attribution 1: a "licensed" licence requires it.',
    ],
    ['creditLine', licensed, 'Add the credit line to attribution 1: a "licensed" licence requires it.'],
    ['sourceUrl', fairUse, 'Add the source URL to attribution 1: a "fair-use" licence requires it.'],
    [
      'justification',
      fairUse,
      'Add the fair-use justification to attribution 1: a "fair-use" licence requires it.',
    ],
  ])('asks for %s by its name on the form', (field, complete, message) => {
    expect(check([{ ...complete, [field]: '' }])).toEqual([
      { id: 'attribution.incomplete', rule: 8, status: 'fail', message, path: `attributions.0.${field}` },
    ]);
  });

  it('asks for the licence, for an attribution of each media file, and for an own-work line', () => {
    expect(check([{ rightsHolder: 'X' }, { ...licensed, licence: 'stolen' }])).toEqual([
      {
        id: 'attribution.licence',
        rule: 8,
        status: 'fail',
        message: 'Choose the licence of attribution 1.',
        path: 'attributions.0.licence',
      },
      {
        id: 'attribution.licence',
        rule: 8,
        status: 'fail',
        message: 'Choose the licence of attribution 2.',
        path: 'attributions.1.licence',
      },
    ]);
    expect(
      check([licensed], [{ id: 9 }, { id: 7, name: 'ward.jpg' }]).map((result) => result.message),
    ).toEqual([
      '"Media file 1" has no attribution: add one saying who owns it and under which licence.',
      '"ward.jpg" has no attribution: add one saying who owns it and under which licence.',
    ]);
    expect(check([])).toEqual([
      {
        id: 'attribution.own-work',
        rule: 8,
        status: 'fail',
        message:
          'Add an attribution: an "own-work" one with the organisation\'s copyright line when the post has no third-party material.',
        path: 'attributions',
      },
    ]);
    expect(check([licensed])).toEqual([
      {
        id: 'attribution',
        rule: 8,
        status: 'pass',
        message: 'Every item has a complete, current attribution.',
      },
    ]);
  });

  it('accepts http and https source addresses, trimmed, and nothing else', () => {
    const cc0 = (sourceUrl: string) => check([{ licence: 'cc0', sourceUrl }]);
    expect(cc0('https://example.org/p')).toEqual([expect.objectContaining({ status: 'pass' })]);
    expect(cc0('  http://example.org/p  ')).toEqual([expect.objectContaining({ status: 'pass' })]);
    // Copied from a web page, with its non-breaking spaces (a URL parser keeps those, and refuses it).
    expect(cc0('\u00a0https://example.org/p\u00a0')).toEqual([expect.objectContaining({ status: 'pass' })]);
    for (const bad of ['ftp://example.org/p', 'javascript:alert(1)', 'example.org/p']) {
      expect(cc0(bad)).toEqual([
        {
          id: 'attribution.source-url',
          rule: 8,
          status: 'fail',
          message:
            'The source URL of attribution 1 is not a web address (it must start with https:// or http://).',
          path: 'attributions.0.sourceUrl',
        },
      ]);
    }
  });

  it("asks own work to carry the organisation's copyright line, when the policy sets one", () => {
    const own: Attribution = {
      licence: 'own-work',
      rightsHolder: 'Riverside Health',
      creditLine: 'Our photo',
    };
    expect(check([own])).toEqual([
      {
        id: 'attribution.copyright-line',
        rule: 8,
        status: 'fail',
        message:
          'The credit line of attribution 1 must carry the organisation\'s copyright line "© Riverside Health".',
        path: 'attributions.0.creditLine',
      },
    ]);
    expect(check([{ ...own, creditLine: 'Photo © Riverside Health 2026' }])[0].status).toBe('pass');
    expect(
      checkAttribution(post({ attributions: [own] }), policy({ copyrightLine: '' }), NOW)[0].status,
    ).toBe('pass');
    // A licensed item does not carry the organisation's line.
    expect(check([{ ...licensed, creditLine: 'Photo: Stock Ltd' }])[0].status).toBe('pass');
  });

  it('counts a licence valid until the end of its last day (UTC), and fails it the moment after', () => {
    const expiring = { ...licensed, expiresAt: '2026-11-29T00:00:00.000Z' };
    expect(check([expiring], [], new Date('2026-11-29T23:59:59.999Z'))[0].status).toBe('pass');
    expect(check([expiring], [], new Date('2026-11-30T00:00:00.000Z'))).toEqual([
      {
        id: 'attribution.expired',
        rule: 8,
        status: 'fail',
        message: 'The licence of attribution 1 expired on 2026-11-29: renew it or remove the material.',
        path: 'attributions.0.expiresAt',
      },
    ]);
  });

  it('renders the credit from the credit line and trademark notices that are not blank, trimmed', () => {
    expect(renderCredit({ creditLine: '  Photo: Stock Ltd ', trademarks: '  ' })).toBe('Photo: Stock Ltd');
    expect(renderCredit({ trademarks: ' CareWell® ' })).toBe('CareWell®');
    expect(renderCredit({})).toBe('');
  });

  it('composes the body, then each distinct credit once, separated by a middle dot', () => {
    const composed = post({
      body: '  Flu clinic Saturday.  ',
      attributions: [{ creditLine: 'A' }, { creditLine: ' ' }, { creditLine: 'B' }, { creditLine: 'A' }],
    });
    expect(credits(composed)).toEqual(['A', 'B']);
    expect(composeText(composed)).toBe('Flu clinic Saturday.\n\nA · B');
    expect(composeText(post({ body: ' Only the body. ', attributions: [] }))).toBe('Only the body.');
    expect(composeText(post({ body: 'No field.', attributions: undefined }))).toBe('No field.');
  });
});
