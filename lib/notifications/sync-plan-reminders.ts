// Creates the signed-in person's plan reminders when they open the app: no
// scheduled job that can be missed. For each entity they belong to, their
// open items of approved plans due within 14 days or overdue get one notice
// per dedupe key (a repeated visit adds nothing).
import { withTenant, withUser } from "@/lib/db/context";
import { bogotaToday } from "@/lib/action-plans/effective-status";
import { DUE_SOON_DAYS, reminderFor } from "./plan-reminders";

export async function syncPlanReminders(userId: string, now: Date = new Date()): Promise<number> {
  const today = bogotaToday(now);
  const horizon = new Date(Date.parse(today) + DUE_SOON_DAYS * 86_400_000);
  const memberships = await withUser(userId, (db) => db.membership.findMany({ where: { userId }, select: { entityId: true } }));
  let created = 0;
  for (const { entityId } of memberships) {
    created += await withTenant({ userId, entityId }, async (db) => {
      const items = await db.actionPlanItem.findMany({
        where: {
          responsibleId: userId,
          status: { in: ["PENDIENTE", "EN_CURSO"] },
          dueDate: { lte: horizon },
          plan: { state: { in: ["APROBADO", "EN_SEGUIMIENTO"] } },
        },
        select: { id: true, action: true, dueDate: true, planId: true },
      });
      const data = items.flatMap((item) => {
        const reminder = reminderFor(item, today);
        return reminder ? [{ ...reminder, entityId, userId, itemId: item.id, link: `/e/${entityId}/planes/${item.planId}/acciones/${item.id}` }] : [];
      });
      if (data.length === 0) return 0;
      // Most page loads find every reminder already there: read the keys
      // (an index lookup) instead of attempting the inserts again.
      const existing = await db.notification.findMany({ where: { userId, dedupeKey: { in: data.map((d) => d.dedupeKey) } }, select: { dedupeKey: true } });
      const known = new Set(existing.map((n) => n.dedupeKey));
      const fresh = data.filter((d) => !known.has(d.dedupeKey));
      if (fresh.length === 0) return 0;
      return (await db.notification.createMany({ data: fresh, skipDuplicates: true })).count;
    });
  }
  return created;
}
