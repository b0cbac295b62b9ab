// Dates as people in Colombia read them: dd/mm/aaaa, 24-hour time, Bogotá time.
const TIME_ZONE = "America/Bogota";

const dateFormat = new Intl.DateTimeFormat("es-CO", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
const timeFormat = new Intl.DateTimeFormat("es-CO", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

export function formatDate(date: Date | null | undefined): string {
  return date ? dateFormat.format(date) : "—";
}

export function formatDateTime(date: Date | null | undefined): string {
  return date ? `${dateFormat.format(date)} ${timeFormat.format(date)}` : "—";
}

/** "2026-11-22" (an <input type="date"> value) as the start of that day in Bogotá. */
export function startOfBogotaDay(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00-05:00`);
}

const calendarDateFormat = new Intl.DateTimeFormat("es-CO", { timeZone: "UTC", day: "2-digit", month: "2-digit", year: "numeric" });

/** A date-only column (@db.Date, read back as UTC midnight): dd/mm/aaaa of that calendar day, whatever the time zone. */
export function formatCalendarDate(date: Date | null | undefined): string {
  return date ? calendarDateFormat.format(date) : "—";
}

const bogotaDay = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Bogota", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's civil date in Bogotá as "aaaa-mm-dd" (the day people in Colombia live in). */
export function bogotaToday(now: Date = new Date()): string {
  return bogotaDay.format(now);
}
