// A session's day is a calendar date (PostgreSQL DATE), stored and read as
// UTC midnight. Formatting it in Bogotá time would show the previous day, so
// these helpers stay in UTC.

/** "2026-03-05" (form value) as the Date Prisma stores in a DATE column. */
export function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** The form value ("2026-03-05") of a stored DATE. */
export function isoDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "05/03/2026". */
export function formatCalendarDate(date: Date | null): string {
  if (!date) return "—";
  const [year, month, day] = isoDateOf(date).split("-");
  return `${day}/${month}/${year}`;
}

/** Today's date in Bogotá (UTC-5, no daylight saving) as a form value. */
export function todayInBogota(now = new Date()): string {
  return isoDateOf(new Date(now.getTime() - 5 * 3600 * 1000));
}
