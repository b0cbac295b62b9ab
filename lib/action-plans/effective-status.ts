// "Vencida" is computed, never stored: an item past its due date that is not
// cumplida or cancelada is overdue at the moment anyone reads it, so no
// nightly job can forget to mark it. The clock is injectable for tests.
import type { PlanItemStatus } from "@/lib/generated/prisma/enums";

export type EffectiveStatus = PlanItemStatus | "VENCIDA";

export { bogotaToday } from "@/lib/format/dates";

/** A @db.Date value (midnight UTC of that civil day) as "aaaa-mm-dd". */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole days from `today` to `dueDate` (negative when already past). */
export function daysUntil(dueDate: Date, today: string): number {
  return Math.round((Date.parse(isoDay(dueDate)) - Date.parse(today)) / 86_400_000);
}

export function isClosedStatus(status: PlanItemStatus): boolean {
  return status === "CUMPLIDA" || status === "CANCELADA";
}

/** The status people see: the stored one, or VENCIDA once the due date has passed in Bogotá. */
export function effectiveStatus(item: { status: PlanItemStatus; dueDate: Date | null }, today: string): EffectiveStatus {
  if (isClosedStatus(item.status) || !item.dueDate) return item.status;
  return isoDay(item.dueDate) < today ? "VENCIDA" : item.status;
}
