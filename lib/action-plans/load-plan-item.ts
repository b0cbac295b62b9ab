// One item for its edit and follow-up page: fields, notes, the people who can
// be made responsible, and whether this person may edit it.
import type { EntityContext } from "@/lib/authz/entity-context";
import { can } from "@/lib/authz/permissions";
import { withTenant } from "@/lib/db/context";
import { NotFoundError } from "@/lib/errors/app-error";
import { bogotaToday, effectiveStatus, isoDay } from "./effective-status";
import { mayEditItem, mayEditPlan } from "./plan-access";

export async function loadPlanItem(ctx: EntityContext, planId: string, itemId: string, now: Date = new Date()) {
  return withTenant(ctx, async (db) => {
    const item = await db.actionPlanItem.findUnique({
      where: { id: itemId },
      include: { plan: { select: { id: true, name: true, state: true, policyCode: true } }, notes: { orderBy: { createdAt: "desc" } } },
    });
    if (!item || item.planId !== planId) throw new NotFoundError();
    const members = await db.membership.findMany({
      where: { entityId: ctx.entityId, user: { isActive: true } },
      orderBy: { user: { name: "asc" } },
      select: { userId: true, role: true, user: { select: { name: true } } },
    });
    return {
      item: {
        ...item,
        startDay: item.startDate ? isoDay(item.startDate) : "",
        dueDay: item.dueDate ? isoDay(item.dueDate) : "",
        effectiveStatus: effectiveStatus(item, bogotaToday(now)),
      },
      // Only people who can report on an item may be made responsible for it.
      members: members.filter((m) => can(m.role, "plan.edit")).map((m) => ({ id: m.userId, name: m.user.name })),
      canEdit: item.plan.state !== "CERRADO" && mayEditItem(ctx, item),
      /** Only a plan still in borrador loses items; afterwards they are cancelled with a reason. */
      canDelete: item.plan.state === "BORRADOR" && mayEditPlan(ctx, item.plan),
    };
  });
}

export type PlanItemEditView = Awaited<ReturnType<typeof loadPlanItem>>;
