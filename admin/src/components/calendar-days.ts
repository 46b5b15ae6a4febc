// Calendar arithmetic on plain days (`YYYY-MM-DD`), independent of any zone: a day in the viewer's zone
// is a label, and the entries say which day they fall on in that zone.

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);

export const addDays = (day: string, count: number) => {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + count);
  return toDay(date);
};

/** Monday of the week that holds `day`. */
export const weekStart = (day: string) => addDays(day, -((toDate(day).getUTCDay() + 6) % 7));

export const monthStart = (day: string) => `${day.slice(0, 7)}-01`;

export const addMonths = (day: string, count: number) => {
  const date = toDate(monthStart(day));
  date.setUTCMonth(date.getUTCMonth() + count);
  return toDay(date);
};

/** The days a view shows: whole weeks from Monday, six for a month, one for a week. */
export const viewDays = (view: 'month' | 'week', anchor: string) => {
  const first = view === 'month' ? weekStart(monthStart(anchor)) : weekStart(anchor);
  return Array.from({ length: view === 'month' ? 42 : 7 }, (_, index) => addDays(first, index));
};

/** Today on the viewer's clock. */
export const todayIn = (timeZone: string, now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  );
