// How the scanner's findings are settled into what the editor and the gate read. Policy, rule 9 (patient
// confidentiality): a patient's details block; one text is reported once, under what it is most
// specifically, and a warning never hides a block inside it. Rule 4 (publicly private): the policy's
// off-limits topics are reported beside any identifier.
import { fingerprint, scan } from '../index';
import type { Finding, ScanOptions } from '../types';

const listed = (text: string, options?: ScanOptions): [string, string, string][] =>
  scan(text, options).map((finding) => [finding.category, finding.text, finding.severity]);

describe('one finding per text, the strongest', () => {
  it('names a number by its most specific form: a Social Security number after a record keyword', () => {
    expect(listed('MRN 512-48-7730')).toEqual([['ssn', '512-48-7730', 'block']]);
    expect(listed('acct 512-48-7730')).toEqual([['ssn', '512-48-7730', 'block']]);
  });

  it('reports the ZIP code of a person’s address as part of it', () => {
    expect(listed('She lives at 12 Oak Street, Salem, OR 97322.')).toEqual([
      ['address', '12 Oak Street, Salem, OR 97322', 'block'],
    ]);
  });

  it('keeps a blocking number inside a web address that only warns, after it', () => {
    expect(listed('Visit example.com/541-382-6619 now')).toEqual([
      ['url', 'example.com/541-382-6619', 'warn'],
      ['phone', '541-382-6619', 'block'],
    ]);
  });

  it('reports an age found by two patterns once', () => {
    expect(listed('The oldest person we treated, aged 92, went home.')).toEqual([
      ['age', 'aged 92', 'block'],
    ]);
  });

  it('keeps an off-limits term beside the identifier it overlaps, the longer first', () => {
    const options: ScanOptions = { lexicon: [{ term: 'Maria', severity: 'warn' }] };
    expect(listed('Pray for Maria Lopez, 93.', options)).toEqual([
      ['name', 'Maria Lopez', 'block'],
      ['lexicon', 'Maria', 'warn'],
      ['age', '93', 'block'],
    ]);
  });
});

describe('sentences: a date in a patient’s sentence is theirs, in the next sentence it is not', () => {
  const NAME = 'Please keep Marisol Vega-Duarte in your prayers';
  const dateBlocked = (text: string) =>
    scan(text).some((finding) => finding.category === 'date' && finding.severity === 'block');

  it.each([
    ['. See you on March 3.', false],
    ['!!! See you on March 3.', false],
    ['\nSee you on March 3.', false],
    ['… See you on March 3.', false],
    ['." See you on March 3.', false],
    // A stop inside an abbreviation or a title does not end the sentence.
    [' at 9 a.m. on March 3.', true],
    [', says Dr. Lee, on March 3.', true],
    [' since Jan. on March 3.', true],
    // An abbreviation followed by a capital does.
    [' at 9 a.m. See you on March 3.', false],
    [' since Jan. See you on March 3.', false],
    // A stop without a space after it is not a sentence's end.
    ['.See you on March 3.', true],
  ])('%j: the date blocks: %s', (rest, blocks) => {
    expect(dateBlocked(`${NAME}${rest}`)).toBe(blocks);
  });

  it('reads an initial’s stop as part of the name', () => {
    expect(listed('Please keep Doreen H. in your prayers on March 3.')).toEqual([
      ['name', 'Doreen H.', 'block'],
      ['date', 'March 3', 'block'],
    ]);
  });
});

describe('rule 4: off-limits topics', () => {
  it('gives the policy’s sentence when the term has no reason of its own', () => {
    const reasons = (reason?: string) =>
      scan('No comment on union negotiations.', {
        lexicon: [{ term: 'union negotiations', severity: 'warn', reason }],
      }).map((finding) => finding.reason);
    expect(reasons()).toEqual(['"union negotiations" is an off-limits topic in the social media policy']);
    expect(reasons('   ')).toEqual([
      '"union negotiations" is an off-limits topic in the social media policy',
    ]);
    expect(reasons(' ask the union desk ')).toEqual(['ask the union desk']);
  });

  it('ignores an empty term, and reads a term typed in full width as the text is read', () => {
    expect(scan('No comment on the lawsuit.', { lexicon: [{ term: '  ', severity: 'block' }] })).toEqual([]);
    expect(
      listed('No comment on the lawsuit.', { lexicon: [{ term: 'ｌａｗｓｕｉｔ', severity: 'block' }] }),
    ).toEqual([['lexicon', 'lawsuit', 'block']]);
  });
});

describe('a finding’s fingerprint (a reviewer’s override follows the finding, not its offsets)', () => {
  const phone = (text: string): Finding => {
    const found = scan(text).find((finding) => finding.category === 'phone');
    if (!found) throw new Error(`no phone number in ${text}`);
    return found;
  };
  const id = (text: string) => fingerprint(phone(text), text);
  const base = 'One two three four call 541-382-6619 five six seven eight. Next sentence here.';

  it('reads three words on each side, within the sentence', () => {
    // Before the number: "three four call"; after it: "five six seven".
    expect(id(base.replace('two', 'dos'))).toBe(id(base));
    expect(id(base.replace('three', 'tres'))).not.toBe(id(base));
    expect(id(base.replace('eight', 'ocho'))).toBe(id(base));
    expect(id(base.replace('seven', 'siete'))).not.toBe(id(base));
    expect(id(base.replace('Next sentence here', 'Another one'))).toBe(id(base));
  });

  it('stops at the end of the sentence before', () => {
    const text = 'Last sentence ends. Call 541-382-6619 now.';
    expect(id(text.replace('Last', 'First'))).toBe(id(text));
    expect(id(text.replace('ends', 'stops'))).toBe(id(text));
  });

  it('changes with the category, and ignores case and compatibility forms', () => {
    const text = 'Call 541-382-6619 now.';
    const finding = phone(text);
    expect(fingerprint({ ...finding, category: 'fax' }, text)).not.toBe(fingerprint(finding, text));
    expect(id('CALL 541-382-6619 NOW.')).toBe(id(text));
  });
});

describe('a blocking finding is never hidden by a warning', () => {
  it('blocks a number in a patient’s sentence shaped like a ZIP+4 code, though as a labelled phone number it would only warn', () => {
    expect(listed('Pray for Maria Lopez, phone: 97322-1234.')).toEqual([
      ['name', 'Maria Lopez', 'block'],
      ['zip', '97322-1234', 'block'],
    ]);
  });

  it('blocks a farmer’s town that is also a first name, which as a name alone would only warn', () => {
    expect(listed('A farmer from Florence won the blue ribbon.')).toEqual([['address', 'Florence', 'block']]);
  });

  it('keeps an off-limits topic the policy lists as blocking when the policy also lists it as a warning', () => {
    const lexicon: ScanOptions['lexicon'] = [
      { term: 'lawsuit', severity: 'warn' },
      { term: 'lawsuit', severity: 'block' },
    ];
    expect(listed('No comment on the lawsuit.', { lexicon })).toEqual([
      ['lexicon', 'lawsuit', 'warn'],
      ['lexicon', 'lawsuit', 'block'],
    ]);
  });

  it('does not take a name beside a toll-free number, which only warns, for a patient’s name', () => {
    expect(listed('Call Maria Lopez at 1-800-555-0199.')).toEqual([
      ['name', 'Maria Lopez', 'warn'],
      ['phone', '1-800-555-0199', 'warn'],
    ]);
  });
});

describe('an off-limits topic never hides an identifier inside it', () => {
  it('reports a patient’s name inside a longer blocking topic as well, after the topic', () => {
    const lexicon: ScanOptions['lexicon'] = [{ term: 'Maria Lopez fund', severity: 'block' }];
    expect(listed('Pray for Maria Lopez and the Maria Lopez fund.', { lexicon })).toEqual([
      ['name', 'Maria Lopez', 'block'],
      ['lexicon', 'Maria Lopez fund', 'block'],
      ['name', 'Maria Lopez', 'block'],
    ]);
  });

  it('reports the ZIP code of a person’s address as part of it when the post also holds an off-limits topic', () => {
    const lexicon: ScanOptions['lexicon'] = [{ term: 'lawsuit', severity: 'warn' }];
    expect(
      listed('She lives at 12 Oak Street, Salem, OR 97322. No comment on the lawsuit.', { lexicon }),
    ).toEqual([
      ['address', '12 Oak Street, Salem, OR 97322', 'block'],
      ['lexicon', 'lawsuit', 'warn'],
    ]);
  });
});

describe('one text is reported once', () => {
  it('reports each number of a post once, under its most specific name', () => {
    expect(listed('Account 541-382-6619 and MRN 512-48-7730')).toEqual([
      ['account', '541-382-6619', 'block'],
      ['ssn', '512-48-7730', 'block'],
    ]);
  });

  it('reports an off-limits topic the policy lists twice once', () => {
    const lexicon: ScanOptions['lexicon'] = [
      { term: 'lawsuit', severity: 'warn' },
      { term: 'Lawsuit', severity: 'warn' },
    ];
    expect(listed('No comment on the lawsuit.', { lexicon })).toEqual([['lexicon', 'lawsuit', 'warn']]);
  });

  it('reports a topic listed twice once, and the shorter topic it begins with once as well', () => {
    const lexicon: ScanOptions['lexicon'] = [
      { term: 'lawsuit settlement', severity: 'warn' },
      { term: 'lawsuit', severity: 'warn' },
      { term: 'Lawsuit Settlement', severity: 'warn' },
    ];
    expect(listed('No comment on the lawsuit settlement.', { lexicon })).toEqual([
      ['lexicon', 'lawsuit settlement', 'warn'],
      ['lexicon', 'lawsuit', 'warn'],
    ]);
  });
});

describe('a finding points at, and quotes, the post as written', () => {
  const spans = (text: string, options?: ScanOptions): [string, number, number, string][] =>
    scan(text, options).map((finding) => [finding.category, finding.start, finding.end, finding.text]);

  it.each<[string, string, ScanOptions | undefined, [string, number, number, string][]]>([
    // Starts where it is read, ends past an invisible selector the reading dropped.
    [
      'a selector after the last digit',
      'Call 541-382-6619\uFE0F now.',
      undefined,
      [['phone', 5, 18, '541-382-6619\uFE0F']],
    ],
    // Ends where it is read (the ligature's extra letter and the dropped selector cancel out), starts earlier.
    [
      'a ligature before, a selector after the last digit',
      'ﬁ Call 541-382-6619\uFE0F now.',
      undefined,
      [['phone', 7, 20, '541-382-6619\uFE0F']],
    ],
    // Same place and length as read, other characters: full-width stops right after the same term in plain ones.
    [
      'a full-width term right after the plain one',
      'So !!！！',
      { lexicon: [{ term: '!!', severity: 'warn' }] },
      [
        ['lexicon', 3, 5, '!!'],
        ['lexicon', 5, 7, '！！'],
      ],
    ],
  ])('%s: %j', (_, text, options, expected) => {
    expect(spans(text, options)).toEqual(expected);
  });
});

describe('scan() reads text only', () => {
  it('refuses anything but a text, and says so', () => {
    for (const notText of [42, undefined, null, { text: 'MRN 512-48-7730' }]) {
      expect(() => scan(notText as unknown as string)).toThrow(TypeError);
      expect(() => scan(notText as unknown as string)).toThrow('scan() reads a string');
    }
  });
});

// Mutants of index.ts that no test can tell from the code. outranks() only compares findings of one span
// that are not repeats of each other: one length, and one category only where the severities differ.
// - index.ts:39 `false` (the length test): findings of one span have one length, so the test is false anyway.
// - index.ts:39 `true`: the length comparison is never reached (findings of one span, one length).
// - index.ts:39 `false`: the length comparison is never reached.
// - index.ts:39 `a.end - a.start >= b.end - b.start`: the length comparison is never reached.
// - index.ts:39 `a.end - a.start <= b.end - b.start`: the length comparison is never reached.
// - index.ts:39 `a.end + a.start`: the length comparison is never reached.
// - index.ts:39 `b.end + b.start`: the length comparison is never reached.
// - index.ts:40 `<=`: equal ranks mean one category, whose repeat was skipped or whose severity decided on line 38.
// - index.ts:117 `false`: an unchanged text maps back to the same offsets and text (20,000 random texts agree).
// - index.ts:63 `true` (some finding is a topic): the identifiers are always filtered out of the findings, and
//   filtering a list without topics gives the same list.
// - index.ts:63 `finding.category !== 'lexicon'`: only a list of topics alone is left unfiltered, and then no
//   identifier is the strongest of any span, so the index built from it is never read.
// - index.ts:90 `false`: with no strongest, bySpan[-1] is undefined, as the guard gives.
// - index.ts:133 `false` (always copy): a finding's text is the reading's slice (makeFinding), so where offsets
//   agree and the post holds that text there, the copy has the same offsets and the same text.
