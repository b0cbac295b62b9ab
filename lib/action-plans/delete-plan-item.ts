// Removes an item from a plan still in borrador (a gap ticked by mistake).
// Once approved, an item is cancelled with a reason instead, so the committee's
// plan keeps its history.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors/app-error";
import { mayEditPlan } from "./plan-access";

export async function deletePlanItem(ctx: EntityContext, input: { itemId: string }): Promise<{ planId: string }> {
  return withTenant(ctx, async (db) => {
    const item = await db.actionPlanItem.findUnique({ where: { id: input.itemId }, select: { id: true, planId: true, plan: { select: { state: true, policyCode: true } } } });
    if (!item) throw new NotFoundError();
    if (!mayEditPlan(ctx, item.plan)) throw new ForbiddenError("Solo puede cambiar planes de las políticas que tiene asignadas.");
    if (item.plan.state !== "BORRADOR") throw new ConflictError("El plan ya fue aprobado: cancele la acción explicando el motivo en lugar de borrarla.");
    await db.actionPlanItem.delete({ where: { id: item.id } });
    return { planId: item.planId };
  });
}
