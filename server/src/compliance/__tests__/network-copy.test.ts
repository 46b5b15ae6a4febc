import { networkCopies } from '../network-copy';
import { checkPersonalChannels } from '../personal-channel';
import { policy, post } from './fixtures';

describe('what each network carries', () => {
  const personal = policy({
    channels: {
      ...policy().channels,
      'staff-linkedin': { label: 'Staff LinkedIn', maxLength: 3000, personal: true },
    },
  });

  it('is the body followed by the credit lines and trademark notices, once each', () => {
    const withCredits = post({
      channels: ['x', 'linkedin'],
      attributions: [
        {
          kind: 'image',
          licence: 'licensed',
          creditLine: 'Photo: J. Smith / Agency',
          trademarks: 'FluShield® is a trademark of Acme.',
        },
        { kind: 'text', licence: 'own-work', creditLine: '© Riverside Health' },
        { kind: 'text', licence: 'own-work', creditLine: '© Riverside Health' },
      ],
    });
    const copies = networkCopies(withCredits, policy());
    expect(copies.map((copy) => copy.channel)).toEqual(['x', 'linkedin']);
    expect(copies[0]).toMatchObject({
      label: 'X',
      credits: ['Photo: J. Smith / Agency FluShield® is a trademark of Acme.', '© Riverside Health'],
      disclaimer: null,
      maxLength: 280,
    });
    expect(copies[0].text).toBe(
      `${withCredits.body}\n\nPhoto: J. Smith / Agency FluShield® is a trademark of Acme. · © Riverside Health`,
    );
  });

  // X counts as X counts: a link weighs 23 whatever its length, a CJK character or an emoji weighs 2.
  // The other networks count characters (code points). Lengths worked out by hand from X's rules.
  it.each([
    // 'Book: ' is 6, the link 23; the link itself is 68 characters long. (X knows .org, not .example.)
    ['a link', 'Book: https://www.riverside-health.org/clinics/flu/saturday-atrium-walk-in', 29, 74],
    // 'Flu clinic ' is 11, four CJK characters weigh 8 on X.
    ['CJK characters', 'Flu clinic 流感疫苗', 19, 15],
    // 'Thank you ' is 10, the emoji weighs 2 on X and is one code point elsewhere.
    ['an emoji', 'Thank you 💉', 12, 11],
  ])('measures %s on X by weight and on Facebook by characters', (_what, body, onX, onFacebook) => {
    const copies = networkCopies(post({ body, attributions: [], channels: ['x', 'facebook'] }), policy());
    expect(copies.map((copy) => [copy.channel, copy.text, copy.length])).toEqual([
      ['x', body, onX],
      ['facebook', body, onFacebook],
    ]);
  });

  it('carries the disclaimer on a personal channel, without repeating one the body already has', () => {
    const disclaimer = policy().disclaimer;
    const [staff] = networkCopies(post({ channels: ['staff-linkedin'] }), personal);
    expect(staff.disclaimer).toBe(disclaimer);
    expect(staff.text.endsWith(`\n\n${disclaimer}`)).toBe(true);

    const [already] = networkCopies(
      post({ channels: ['staff-linkedin'], body: `Proud of our team. ${disclaimer}` }),
      personal,
    );
    expect(already.text.split(disclaimer)).toHaveLength(2);

    const [organisation] = networkCopies(post({ channels: ['facebook'] }), personal);
    expect(organisation.disclaimer).toBeNull();
    expect(organisation.text).not.toContain(disclaimer);
  });

  // Rule 6: the copy adds the disclaimer only where the gate would have asked for it, and reads the body as
  // the gate does (any case, any spacing), so a body the gate accepted never carries it twice.
  it('reads the disclaimer in the body as the gate does, in any case and spacing', () => {
    for (const body of [
      'Proud of our team. views are my own and not those of my employer.',
      'Proud of our team. Views  are my own\nand not those of my employer.',
    ]) {
      const [staff] = networkCopies(post({ channels: ['staff-linkedin'], body }), personal);
      expect(staff.text).toBe(`${body}\n\n© Riverside Health`);
    }
  });

  it('carries the policy disclaimer trimmed, and none when the policy leaves it blank', () => {
    const padded = policy({ ...personal, disclaimer: '\n  Views are my own.  \n' });
    const [staff] = networkCopies(post({ channels: ['staff-linkedin'] }), padded);
    expect(staff.disclaimer).toBe('Views are my own.');
    expect(staff.text).toBe(`${post().body}\n\n© Riverside Health\n\nViews are my own.`);

    const blank = policy({ ...personal, disclaimer: '   ' });
    const [unsigned] = networkCopies(post({ channels: ['staff-linkedin'] }), blank);
    expect(unsigned.disclaimer).toBeNull();
    expect(unsigned.text).toBe(`${post().body}\n\n© Riverside Health`);
  });

  // Rule 6, "a configurable 'views are my own' disclaimer required for posts on staff/personal channels": the
  // copy adds the disclaimer exactly where the gate finds none in the body. The gate's verdict is written out
  // for each body, so the table says what the gate does and the copy must follow it.
  it('adds the disclaimer exactly where the gate finds it missing from the body', () => {
    const german = policy({ ...personal, disclaimer: 'Views are my own, not those of Klinik Großstadt.' });
    const TABLE: [body: string, p: typeof german, gate: 'pass' | 'fail', appended: boolean][] = [
      ['Proud of our team. Views are my own and not those of my employer.', personal, 'pass', false],
      ['Proud of our team. views are my own and not those of my employer.', personal, 'pass', false],
      ['Proud of our team. VIEWS ARE MY OWN AND NOT THOSE OF MY EMPLOYER.', personal, 'pass', false],
      // the disclaimer's words run together are not the disclaimer
      ['Proud of our team. Viewsaremyownandnotthoseofmyemployer.', personal, 'fail', true],
      ['Proud of our team. Views are my own.', personal, 'fail', true],
      ['Proud of our team. views are my own, not those of klinik großstadt.', german, 'pass', false],
      // ß in capitals is SS: "GROSSSTADT" is "Großstadt" in capitals, for the gate and the copy
      ['Proud of our team. VIEWS ARE MY OWN, NOT THOSE OF KLINIK GROSSSTADT.', german, 'pass', false],
      ['Proud of our team. Views are my own, not those of Klinik Grossstadt.', german, 'pass', false],
      // a dotless ı or a dotted İ is still the letter i to a reader
      ['Proud of our team. VİEWS ARE MY OWN AND NOT THOSE OF MY EMPLOYER.', personal, 'pass', false],
      ['Proud of our team. Vıews are my own and not those of my employer.', personal, 'pass', false],
      // a letter missing is another word
      ['Proud of our team. VIEWS ARE MY OWN, NOT THOSE OF KLINIK GROSTADT.', german, 'fail', true],
    ];
    for (const [body, p, gate, appended] of TABLE) {
      const snapshot = post({ channels: ['staff-linkedin'], body });
      const [check] = checkPersonalChannels(snapshot, p);
      const [staff] = networkCopies(snapshot, p);
      const expected = appended
        ? `${body}\n\n© Riverside Health\n\n${p.disclaimer}`
        : `${body}\n\n© Riverside Health`;
      expect([body, check.status, staff.text]).toEqual([body, gate, expected]);
    }
  });

  it('carries nothing for a post without channels', () => {
    expect(networkCopies(post({ channels: undefined }), personal)).toEqual([]);
    expect(networkCopies(post({ channels: null }), personal)).toEqual([]);
  });

  it('keeps a channel the policy no longer lists, under its key and without a limit', () => {
    const [gone] = networkCopies(post({ channels: ['myspace'] }), policy());
    expect(gone).toMatchObject({ channel: 'myspace', label: 'myspace', maxLength: null });
  });
});
