import { missedBy, missedReasons } from '../missed';
import { scheduleRow as row } from './fixtures';

// DESIGN, scheduling: "Rows that came due while every instance was down are published on the next poll,
// unless they are later than `scheduler.maxLateness` seconds (7200 by default; a schedule may carry its own
// `maxLateness`): such a publish is marked `missed` (not published)" and its author and the policy owner
// are told (rule 10, "the calendar of what goes out when").
const at = (iso: string) => new Date(iso);

describe('a missed publish', () => {
  it('is one found later than the configured lateness; at the limit it still goes out', () => {
    expect(missedBy(row(), at('2027-03-14T18:00:00.000Z'), 7200)).toBeNull();
    expect(missedBy(row(), at('2027-03-14T18:00:00.001Z'), 7200)).toBe(7200);
  });

  it("takes the schedule's own lateness over the configured one", () => {
    expect(missedBy(row({ maxLateness: 600 }), at('2027-03-14T16:10:01Z'), 7200)).toBe(600);
    expect(missedBy(row({ maxLateness: 86_400 }), at('2027-03-14T20:00:00Z'), 7200)).toBeNull();
  });

  it('never applies to a take-down, which is never published late', () => {
    expect(missedBy(row({ action: 'unpublish' }), at('2027-03-20T00:00:00Z'), 7200)).toBeNull();
  });

  it("says when it was due on the editor's clock, how late it was found and what to do", () => {
    expect(missedReasons(row(), at('2027-03-14T16:45:00Z'), 600)).toEqual([
      {
        message:
          'Not published: the scheduler found it 45 minutes after 2027-03-14 12:00 America/New_York, later than the 10 minutes allowed. Publish it now or choose a new time.',
      },
    ]);
  });

  it('counts a delay in minutes up to two hours, and in whole hours from two hours on', () => {
    expect(missedReasons(row(), at('2027-03-14T17:59:00Z'), 3600)[0].message).toBe(
      'Not published: the scheduler found it 119 minutes after 2027-03-14 12:00 America/New_York, later than the 60 minutes allowed. Publish it now or choose a new time.',
    );
    expect(missedReasons(row(), at('2027-03-14T18:00:00Z'), 7200)[0].message).toBe(
      'Not published: the scheduler found it 2 hours after 2027-03-14 12:00 America/New_York, later than the 2 hours allowed. Publish it now or choose a new time.',
    );
    expect(missedReasons(row(), at('2027-03-15T02:29:00Z'), 86_400)[0].message).toMatch(
      /found it 10 hours after .*, later than the 24 hours allowed\./,
    );
  });
});
