// "Mis tareas": the items a person is responsible for in one entity, open ones
// first by due date, with the computed status.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { bogotaToday, daysUntil, effectiveStatus, isClosedStatus } from "./effective-status";

export async function loadMyTasks(ctx: EntityContext, now: Date = new Date()) {
  const today = bogotaToday(now);
  const items = await withTenant(ctx, (db) =>
    db.actionPlanItem.findMany({
      where: { responsibleId: ctx.userId },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { sortOrder: "asc" }],
      select: {
        id: true,
        action: true,
        gapLabel: true,
        status: true,
        progress: true,
        dueDate: true,
        priority: true,
        plan: { select: { id: true, name: true, state: true } },
      },
    }),
  );
  const tasks = items.map((item) => ({
    ...item,
    effectiveStatus: effectiveStatus(item, today),
    daysLeft: item.dueDate ? daysUntil(item.dueDate, today) : null,
  }));
  return {
    today,
    open: tasks.filter((t) => !isClosedStatus(t.status) && t.plan.state !== "CERRADO"),
    closed: tasks.filter((t) => isClosedStatus(t.status) || t.plan.state === "CERRADO"),
  };
}
