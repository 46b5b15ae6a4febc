import { canonicalTimeZone, inTimeZone, parsePublishTime } from '../time-zone';

const instantOf = (input: string, zone: string) => {
  const result = parsePublishTime(input, zone);
  if (!result.ok) throw new Error(result.reason);
  return result.instant.toISOString();
};

const reasonOf = (input: string, zone: string) => {
  const result = parsePublishTime(input, zone);
  if (result.ok) throw new Error(`${input} in ${zone} was accepted as ${result.instant.toISOString()}`);
  return result.reason;
};

// DESIGN, scheduling: "`publishAt` is a wall-clock time read in the editor's IANA zone, or an instant with an
// offset; a wall-clock time the clocks skip (spring forward) or show twice (fall back) is refused with what
// to choose instead." Rule 10, "the calendar of what goes out when": the time is the one the editor meant.
describe('the publish time an editor chose, in their time zone', () => {
  describe('America/New_York across its 2027 changes (14 March forward, 7 November back)', () => {
    it('reads noon as EST before the spring change and as EDT after it', () => {
      expect(instantOf('2027-03-13T12:00', 'America/New_York')).toBe('2027-03-13T17:00:00.000Z');
      expect(instantOf('2027-03-14T12:00', 'America/New_York')).toBe('2027-03-14T16:00:00.000Z');
      expect(instantOf('2027-03-14T01:59', 'America/New_York')).toBe('2027-03-14T06:59:00.000Z');
      expect(instantOf('2027-03-14T03:00', 'America/New_York')).toBe('2027-03-14T07:00:00.000Z');
    });

    it('refuses 02:30 on the spring-forward day: it does not exist, and says what to choose', () => {
      const reason = reasonOf('2027-03-14T02:30', 'America/New_York');
      expect(reason).toBe(
        '2027-03-14 02:30 does not exist in America/New_York: the clocks go forward 1 hour that night, from 02:00 to 03:00. Choose a time outside that gap, for example 03:30.',
      );
      expect(reasonOf('2027-03-14T02:00', 'America/New_York')).toMatch(/does not exist/);
    });

    it('refuses 01:30 on the fall-back day, which happens twice, and names the two offsets to choose from', () => {
      expect(reasonOf('2027-11-07T01:30', 'America/New_York')).toBe(
        '2027-11-07 01:30 happens twice in America/New_York: the clocks go back 1 hour that night. Say which one you mean with its UTC offset: 2027-11-07T01:30-04:00 (the first) or 2027-11-07T01:30-05:00 (the second).',
      );
      expect(instantOf('2027-11-07T01:30-04:00', 'America/New_York')).toBe('2027-11-07T05:30:00.000Z');
      expect(instantOf('2027-11-07T01:30-05:00', 'America/New_York')).toBe('2027-11-07T06:30:00.000Z');
    });

    it('reads the times around the autumn change in the offset of each side', () => {
      expect(instantOf('2027-11-07T00:59', 'America/New_York')).toBe('2027-11-07T04:59:00.000Z');
      expect(instantOf('2027-11-07T02:00', 'America/New_York')).toBe('2027-11-07T07:00:00.000Z');
      expect(instantOf('2027-11-08T12:00', 'America/New_York')).toBe('2027-11-08T17:00:00.000Z');
    });
  });

  describe('Europe/London across its 2027 changes (28 March forward, 31 October back)', () => {
    it('reads 09:00 as GMT before and as BST after the spring change', () => {
      expect(instantOf('2027-03-27T09:00', 'Europe/London')).toBe('2027-03-27T09:00:00.000Z');
      expect(instantOf('2027-03-28T09:00', 'Europe/London')).toBe('2027-03-28T08:00:00.000Z');
      expect(instantOf('2027-10-30T09:00', 'Europe/London')).toBe('2027-10-30T08:00:00.000Z');
      expect(instantOf('2027-10-31T09:00', 'Europe/London')).toBe('2027-10-31T09:00:00.000Z');
    });

    it('refuses 01:30 on both change days, each with its own reason', () => {
      expect(reasonOf('2027-03-28T01:30', 'Europe/London')).toMatch(
        /^2027-03-28 01:30 does not exist in Europe\/London: the clocks go forward 1 hour that night, from 01:00 to 02:00\. Choose a time outside that gap, for example 02:30\.$/,
      );
      expect(reasonOf('2027-10-31T01:30', 'Europe/London')).toMatch(
        /happens twice in Europe\/London.*2027-10-31T01:30\+01:00 \(the first\) or 2027-10-31T01:30\+00:00 \(the second\)/,
      );
    });
  });

  it('handles a change that is not a whole hour (Lord Howe Island moves 30 minutes)', () => {
    expect(reasonOf('2027-10-03T02:15', 'Australia/Lord_Howe')).toMatch(
      /forward 30 minutes that night, from 02:00 to 02:30\. .* 02:45\.$/,
    );
    expect(reasonOf('2027-04-04T01:45', 'Australia/Lord_Howe')).toMatch(/back 30 minutes/);
  });

  it('says "2 hours" when the clocks jump two hours (Antarctica/Troll goes from +00 to +02 and back)', () => {
    expect(reasonOf('2027-03-28T02:00', 'Antarctica/Troll')).toBe(
      '2027-03-28 02:00 does not exist in Antarctica/Troll: the clocks go forward 2 hours that night, from 01:00 to 03:00. Choose a time outside that gap, for example 04:00.',
    );
    expect(reasonOf('2027-10-31T02:00', 'Antarctica/Troll')).toBe(
      '2027-10-31 02:00 happens twice in Antarctica/Troll: the clocks go back 2 hours that night. Say which one you mean with its UTC offset: 2027-10-31T02:00+02:00 (the first) or 2027-10-31T02:00+00:00 (the second).',
    );
  });

  it('names the days when the clocks skip a whole day (Samoa, December 2011)', () => {
    expect(reasonOf('2011-12-30T12:00', 'Pacific/Apia')).toMatch(
      /from 2011-12-30 00:00 to 2011-12-31 00:00\. Choose a time outside that gap, for example 2011-12-31 12:00\.$/,
    );
  });

  it('takes an instant with an offset as it is, whatever the zone', () => {
    expect(instantOf('2027-03-14T06:30Z', 'America/New_York')).toBe('2027-03-14T06:30:00.000Z');
    expect(instantOf('2027-03-14T02:30:15.250+05:30', 'Europe/London')).toBe('2027-03-13T21:00:15.250Z');
  });

  it('reads the seconds and the fraction of a second an editor wrote, and spaces around the time', () => {
    expect(instantOf('2027-03-14T12:00:30', 'America/New_York')).toBe('2027-03-14T16:00:30.000Z');
    expect(instantOf('2027-03-14T12:00:30.5', 'America/New_York')).toBe('2027-03-14T16:00:30.500Z');
    expect(instantOf('2027-03-14T12:00:30.5Z', 'America/New_York')).toBe('2027-03-14T12:00:30.500Z');
    expect(instantOf(' 2027-03-14T12:00 ', 'America/New_York')).toBe('2027-03-14T16:00:00.000Z');
  });

  it('refuses a time with anything written before or after it: it is not the time the editor meant', () => {
    const example =
      'write it as 2027-03-14T09:30 (a time in the chosen time zone) or 2027-03-14T13:30Z (UTC).';
    expect(reasonOf('x2027-03-14T12:00', 'America/New_York')).toBe(
      `"x2027-03-14T12:00" is not a date and time: ${example}`,
    );
    expect(reasonOf('2027-03-14T12:00x', 'America/New_York')).toBe(
      `"2027-03-14T12:00x" is not a date and time: ${example}`,
    );
    expect(reasonOf('12027-03-14T12:00', 'America/New_York')).toMatch(/is not a date and time/);
    expect(reasonOf('2027-03-14T12:00-05:00:00', 'America/New_York')).toMatch(/is not a date and time/);
  });

  it('refuses what is not a date, a date that does not exist and a zone that is not a zone', () => {
    expect(reasonOf('next Tuesday', 'Europe/London')).toMatch(/is not a date and time: write it as/);
    expect(reasonOf('2027-02-30T10:00', 'Europe/London')).toMatch(/is not a real date and time/);
    expect(reasonOf('2027-02-10T24:30', 'Europe/London')).toMatch(/is not a real date and time/);
    expect(reasonOf('2027-02-10T10:00', 'Mars/Olympus')).toBe(
      '"Mars/Olympus" is not a time zone: choose one such as Europe/London or America/New_York.',
    );
    expect(reasonOf('2027-02-10T10:00', '+05:00')).toMatch(/is not a time zone/);
    expect(parsePublishTime(202703141200, 'Europe/London')).toEqual({
      ok: false,
      reason: `"202703141200" is not a date and time: write it as 2027-03-14T09:30 (a time in the chosen time zone) or 2027-03-14T13:30Z (UTC).`,
    });
  });

  it('stores the canonical name of a zone', () => {
    expect(canonicalTimeZone('utc')).toBe('UTC');
    expect(canonicalTimeZone('Europe/London')).toBe('Europe/London');
    expect(canonicalTimeZone(42)).toBeNull();
    // Written like a zone, unknown to the zone database: no zone at all, not a guess.
    expect(canonicalTimeZone('Mars/Olympus')).toBeNull();
  });

  it('shows an instant on the wall clock of a zone, with its offset then', () => {
    expect(inTimeZone(new Date('2027-03-14T16:00:00Z'), 'America/New_York')).toEqual({
      local: '2027-03-14T12:00',
      offset: '-04:00',
    });
    expect(inTimeZone(new Date('2027-03-13T17:00:00Z'), 'America/New_York')).toEqual({
      local: '2027-03-13T12:00',
      offset: '-05:00',
    });
    expect(inTimeZone(new Date('2027-10-31T00:30:00Z'), 'Europe/London')).toEqual({
      local: '2027-10-31T01:30',
      offset: '+01:00',
    });
  });
});
