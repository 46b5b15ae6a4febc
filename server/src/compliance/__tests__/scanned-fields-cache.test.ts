import { canonicalJson } from '../content-hash';
import { scan } from '../../scanner';
import { scanFields } from '../scanned-fields';
import { policy, post } from './fixtures';

// The scanner and the writing-out of the scan settings, counted: each still does its work (the real
// functions are called), these tests only see how often.
jest.mock('../../scanner', () => {
  const actual = jest.requireActual('../../scanner');
  return { ...actual, scan: jest.fn(actual.scan) };
});
jest.mock('../content-hash', () => {
  const actual = jest.requireActual('../content-hash');
  return { ...actual, canonicalJson: jest.fn(actual.canonicalJson) };
});

const scans = scan as jest.MockedFunction<typeof scan>;
const settingsWritten = canonicalJson as jest.MockedFunction<typeof canonicalJson>;

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

/** A post whose only text is its title. */
const titled = (title: string) => post({ title, body: '', attributions: [] });

// scanned-fields.ts: "A post is scanned at evaluate, attest, submit, approve and publish; its unchanged text
// is scanned once. Bounded: the least recently used entry goes first." The scan is the slow part of every
// check of rule 9 (patient information) and rule 4 (off-limits terms), run on each keystroke's checklist.
describe('scanFields remembers recent scans', () => {
  beforeEach(() => {
    scans.mockClear();
    settingsWritten.mockClear();
  });

  it('scans an unchanged text once over five evaluations of the post', () => {
    const settings = deepFreeze(policy({ version: 11 }));
    const story = post({ title: 'Ward 7 says thank you', body: 'Thank you, Jane Doe, for the flowers.' });
    for (let evaluation = 0; evaluation < 5; evaluation += 1) scanFields(story, settings);
    expect(scans.mock.calls.map(([text]) => text)).toEqual([
      'Ward 7 says thank you',
      'Thank you, Jane Doe, for the flowers.',
    ]);
  });

  it('keeps the 500 most recent texts: the 500th back is not scanned again, the 501st back is', () => {
    const settings = deepFreeze(policy({ version: 12 }));
    const kept = Array.from({ length: 500 }, (_, index) => `Clinic note ${index + 1}`);
    kept.forEach((title) => scanFields(titled(title), settings));
    scans.mockClear();
    scanFields(titled('Clinic note 1'), settings);
    expect(scans).not.toHaveBeenCalled();

    const pushedOut = Array.from({ length: 501 }, (_, index) => `Ward notice ${index + 1}`);
    pushedOut.forEach((title) => scanFields(titled(title), settings));
    scans.mockClear();
    scanFields(titled('Ward notice 1'), settings);
    expect(scans.mock.calls.map(([text]) => text)).toEqual(['Ward notice 1']);
  });

  // scanned-fields.ts: "The scan settings as text, remembered for a frozen policy (the policy service
  // freezes what it caches)".
  it("writes out a frozen policy's scan settings once, not for each field and evaluation", () => {
    const settings = deepFreeze(policy({ version: 13 }));
    const story = post({ title: 'Open day', body: 'Come and see the new wing.' });
    scanFields(story, settings);
    scanFields(story, settings);
    expect(settingsWritten).toHaveBeenCalledTimes(1);
  });
});
