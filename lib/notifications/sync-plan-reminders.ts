// Creates the signed-in person's plan reminders when they open the app: no
// scheduled job that can be missed. For each entity they belong to, their
// open items of approved plans due within 14 days or overdue get one notice
// per dedupe key (a repeated visit adds nothing).
//
// It runs on every page load, so it is one transaction straight to the driver
// (lib/db/sql.ts): the memberships as the person, then each entity's items
// with that entity as the tenant, so row-level security still confines every
// statement to one entity.
import { randomUUID } from "node:crypto";
import { bogotaToday } from "@/lib/action-plans/effective-status";
import { sql, withUserSql, type SqlTx } from "@/lib/db/sql";
import { DUE_SOON_DAYS, reminderFor } from "./plan-reminders";

type DueItem = { id: string; action: string; dueDay: string; planId: string };

export async function syncPlanReminders(userId: string, now: Date = new Date()): Promise<number> {
  const today = bogotaToday(now);
  const horizon = new Date(Date.parse(today) + DUE_SOON_DAYS * 86_400_000).toISOString().slice(0, 10);
  return withUserSql(userId, async (tx) => {
    const memberships = await tx.rows<{ entityId: string }>(sql`SELECT entity_id::text AS "entityId" FROM memberships WHERE user_id = ${userId}::uuid`);
    let created = 0;
    for (const { entityId } of memberships) {
      await tx.rows(sql`SELECT set_config('faro.entity_id', ${entityId}, true)`);
      created += await syncEntity(tx, userId, entityId, today, horizon);
    }
    return created;
  });
}

async function syncEntity(tx: SqlTx, userId: string, entityId: string, today: string, horizon: string): Promise<number> {
  const items = await tx.rows<DueItem>(sql`
    SELECT i.id::text AS id, i.action, i.due_date::text AS "dueDay", i.plan_id::text AS "planId"
    FROM action_plan_items i JOIN action_plans p ON p.id = i.plan_id
    WHERE i.entity_id = ${entityId}::uuid AND i.responsible_id = ${userId}::uuid AND i.status IN ('PENDIENTE', 'EN_CURSO')
      AND i.due_date <= ${horizon}::date AND p.state IN ('APROBADO', 'EN_SEGUIMIENTO')`);
  const data = items.flatMap((item) => {
    // A date-only column as Prisma returns it (UTC midnight), whatever the server's time zone.
    const reminder = reminderFor({ id: item.id, action: item.action, dueDate: new Date(`${item.dueDay}T00:00:00Z`) }, today);
    return reminder ? [{ ...reminder, itemId: item.id, link: `/e/${entityId}/planes/${item.planId}/acciones/${item.id}` }] : [];
  });
  if (data.length === 0) return 0;
  // Most page loads find every reminder already there: read the keys (an
  // index lookup) instead of attempting the inserts again.
  const existing = await tx.rows<{ key: string }>(sql`SELECT dedupe_key AS key FROM notifications WHERE user_id = ${userId}::uuid AND dedupe_key = ANY(${data.map((d) => d.dedupeKey)}::text[])`);
  const known = new Set(existing.map((n) => n.key));
  const fresh = data.filter((d) => !known.has(d.dedupeKey));
  if (fresh.length === 0) return 0;
  const inserted = await tx.rows(sql`
    INSERT INTO notifications (id, entity_id, user_id, kind, item_id, title, link, dedupe_key)
    SELECT u.id, ${entityId}::uuid, ${userId}::uuid, u.kind::"NotificationKind", u.item_id, u.title, u.link, u.dedupe_key
    FROM unnest(${fresh.map(() => randomUUID())}::uuid[], ${fresh.map((f) => f.kind)}::text[], ${fresh.map((f) => f.itemId)}::uuid[],
                ${fresh.map((f) => f.title)}::text[], ${fresh.map((f) => f.link)}::text[], ${fresh.map((f) => f.dedupeKey)}::text[])
      AS u(id, kind, item_id, title, link, dedupe_key)
    ON CONFLICT (user_id, dedupe_key) DO NOTHING
    RETURNING id`);
  return inserted.length;
}
