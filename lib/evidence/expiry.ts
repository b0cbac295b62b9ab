// "Vencida": an evidence whose validity end date has passed (in Bogotá). Also
// "por vencer" within EXPIRING_SOON_DAYS, for the list filter.
import { bogotaToday } from "@/lib/format/dates";

export const EXPIRING_SOON_DAYS = 30;

/** Today's date in Bogotá at 00:00 UTC, comparable with @db.Date values. */
export function todayAsDate(now = new Date()): Date {
  return new Date(`${bogotaToday(now)}T00:00:00Z`);
}

export function isExpired(validUntil: Date | null, now = new Date()): boolean {
  return validUntil !== null && validUntil.getTime() < todayAsDate(now).getTime();
}

export function expiringSoonLimit(now = new Date()): Date {
  return new Date(todayAsDate(now).getTime() + EXPIRING_SOON_DAYS * 86_400_000);
}

/** "2026-11-22" -> a @db.Date value. */
export function dateOnly(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** A @db.Date value -> "2026-11-22" (for <input type="date">). */
export function isoDateOf(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** A @db.Date value as dd/mm/aaaa (a calendar day: no time zone shift). */
export { formatCalendarDate as formatDay } from "@/lib/format/dates";
