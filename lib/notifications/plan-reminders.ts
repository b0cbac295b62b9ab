// Which reminder an item deserves today: "vence pronto" within 14 days of its
// due date, "vencida" once past it. Pure, with the day passed in.
//
// The dedupe key is kind + item + due date: a person gets one notice of each
// kind per item (not one a day, which would bury the bell), and a new one if
// the due date is moved.
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { daysUntil, isoDay } from "@/lib/action-plans/effective-status";

export const DUE_SOON_DAYS = 14;

export type Reminder = { kind: NotificationKind; dedupeKey: string; title: string };

export function reminderFor(item: { id: string; action: string; dueDate: Date | null }, today: string): Reminder | null {
  if (!item.dueDate) return null;
  const days = daysUntil(item.dueDate, today);
  if (days > DUE_SOON_DAYS) return null;
  const kind: NotificationKind = days < 0 ? "PLAN_ITEM_OVERDUE" : "PLAN_ITEM_DUE_SOON";
  const action = item.action.length > 120 ? `${item.action.slice(0, 117)}…` : item.action;
  const title =
    kind === "PLAN_ITEM_OVERDUE"
      ? `Acción vencida: «${action}»`
      : `Vence ${days === 0 ? "hoy" : `en ${days} ${days === 1 ? "día" : "días"}`}: «${action}»`;
  return { kind, dedupeKey: `${kind}:${item.id}:${isoDay(item.dueDate)}`, title };
}
