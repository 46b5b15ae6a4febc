// The time an editor chose, in the IANA time zone they chose it in, and the UTC instant it names.
// Pure: Intl only (the zone data that Node ships), no Strapi and no date library.

export type PublishTime = { ok: true; instant: Date; timeZone: string } | { ok: false; reason: string };

export interface ZonedTime {
  /** The wall-clock time in the zone, to the minute: `2027-03-14T12:00`. */
  local: string;
  /** The zone's UTC offset at that instant: `-04:00`. */
  offset: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;
// Zone names as the IANA database writes them; excludes offsets such as "+05:00", which are no zone.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

const EXAMPLE = 'write it as 2027-03-14T09:30 (a time in the chosen time zone) or 2027-03-14T13:30Z (UTC)';

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string) => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/** The zone's canonical name, or null when Intl does not know it. */
export const canonicalTimeZone = (timeZone: unknown): string | null => {
  if (typeof timeZone !== 'string' || !ZONE_NAME.test(timeZone)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
};

/** The wall clock of the zone at an instant, read as if it were UTC (milliseconds). */
const wallClock = (instant: number, timeZone: string) => {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
};

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
const offsetAt = (instant: number, timeZone: string) => {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClock(whole, timeZone) - whole;
};

const pad = (value: number) => String(value).padStart(2, '0');

const formatOffset = (offset: number) => {
  const minutes = Math.round(Math.abs(offset) / MINUTE);
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
};

/** `2027-03-14T12:00` from a wall-clock value in milliseconds. */
const formatWall = (wall: number) => new Date(wall).toISOString().slice(0, 16);

const duration = (ms: number) => {
  const minutes = Math.round(Math.abs(ms) / MINUTE);
  if (minutes % 60 !== 0) return `${minutes} minutes`;
  return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
};

/** The instant, to the minute, at which the zone's offset changes between two instants. */
const transitionBetween = (from: number, to: number, timeZone: string) => {
  const before = offsetAt(from, timeZone);
  let [low, high] = [from, to];
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / 2);
    if (offsetAt(middle, timeZone) === before) low = middle;
    else high = middle;
  }
  return Math.ceil(high / MINUTE) * MINUTE;
};

/** Where and by how much the wall clock jumps around a local time (its offsets a day before and after). */
const changeAround = (wall: number, timeZone: string) => {
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const at = transitionBetween(wall - DAY - before, wall + DAY - after, timeZone);
  return { before, after, at };
};

/** The UTC instants at which the zone's wall clock shows `wall`: none in a gap, two in an overlap. */
const instantsOf = (wall: number, timeZone: string) => {
  const offsets = new Set([-DAY, 0, DAY].map((shift) => offsetAt(wall + shift, timeZone)));
  const instants = [...offsets]
    .map((offset) => wall - offset)
    .filter((instant) => wall - instant === offsetAt(instant, timeZone));
  return [...new Set(instants)].sort((a, b) => a - b);
};

/**
 * Reads the time an editor chose. An instant with an offset (`2027-03-14T13:30Z`,
 * `2027-11-07T01:30-05:00`) is taken as it is; a wall-clock time (`2027-03-14T09:30`) is read in
 * `timeZone`. A wall-clock time that the clocks skip (spring forward) or show twice (fall back) is
 * refused with a sentence that says what to choose instead.
 */
export const parsePublishTime = (input: unknown, timeZone: unknown): PublishTime => {
  const zone = canonicalTimeZone(timeZone);
  if (!zone) {
    return {
      ok: false,
      reason: `"${String(timeZone)}" is not a time zone: choose one such as Europe/London or America/New_York.`,
    };
  }
  const match = typeof input === 'string' ? DATE_TIME.exec(input.trim()) : null;
  if (!match) return { ok: false, reason: `"${String(input)}" is not a date and time: ${EXAMPLE}.` };

  const [, year, month, day, hour, minute, second = '0', fraction = '', suffix] = match;
  const wall = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    Math.round(Number(`0${fraction || '.0'}`) * 1000),
  );
  const written = new Date(wall);
  if (
    written.getUTCFullYear() !== Number(year) ||
    written.getUTCMonth() !== Number(month) - 1 ||
    written.getUTCDate() !== Number(day) ||
    written.getUTCHours() !== Number(hour) ||
    written.getUTCMinutes() !== Number(minute)
  ) {
    return { ok: false, reason: `"${input}" is not a real date and time: ${EXAMPLE}.` };
  }

  if (suffix) {
    const offset =
      suffix === 'Z'
        ? 0
        : (suffix.startsWith('-') ? -1 : 1) *
          (Number(suffix.slice(1, 3)) * HOUR + Number(suffix.slice(4, 6)) * MINUTE);
    return { ok: true, instant: new Date(wall - offset), timeZone: zone };
  }

  const instants = instantsOf(wall, zone);
  const shown = `${year}-${month}-${day} ${hour}:${minute}`;
  if (instants.length === 1) return { ok: true, instant: new Date(instants[0]), timeZone: zone };

  const { before, after, at } = changeAround(wall, zone);
  if (instants.length === 0) {
    // Times only, unless the jump crosses midnight (Samoa skipped a whole day in 2011).
    const sameDay = formatWall(at + before).slice(0, 10) === formatWall(at + after).slice(0, 10);
    const show = (value: number) =>
      formatWall(value)
        .slice(sameDay ? 11 : 0)
        .replace('T', ' ');
    const [from, to, instead] = [show(at + before), show(at + after), show(wall - before + after)];
    return {
      ok: false,
      reason: `${shown} does not exist in ${zone}: the clocks go forward ${duration(after - before)} that night, from ${from} to ${to}. Choose a time outside that gap, for example ${instead}.`,
    };
  }
  const local = `${year}-${month}-${day}T${hour}:${minute}`;
  return {
    ok: false,
    reason: `${shown} happens twice in ${zone}: the clocks go back ${duration(before - after)} that night. Say which one you mean with its UTC offset: ${local}${formatOffset(before)} (the first) or ${local}${formatOffset(after)} (the second).`,
  };
};

/** An instant as the zone's wall clock shows it, with the zone's offset then. */
export const inTimeZone = (instant: Date, timeZone: string): ZonedTime => {
  const offset = offsetAt(instant.getTime(), timeZone);
  return { local: formatWall(instant.getTime() + offset), offset: formatOffset(offset) };
};
