// "Convertir en tarea del plan": a commitment of a committee session becomes
// one item of an open plan of the same entity. The item keeps where it came
// from (source COMMITMENT, label "Compromiso del comité del dd/mm/aaaa") and
// the commitment keeps which item it became (its unique plan_item_id), so a
// commitment converts once, even if two people press the button at once.
import type { EntityContext } from "@/lib/authz/entity-context";
import { can } from "@/lib/authz/permissions";
import { formatCalendarDate } from "@/lib/committee/session-dates";
import { withTenant } from "@/lib/db/context";
import type { DbClient } from "@/lib/db/prisma";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors/app-error";
import { mayEditPlan } from "./plan-access";

export type CommitmentToItemInput = { commitmentId: string; planId: string };

/** Names compared the way people write them: no accents, case or extra spaces. */
export function normalizePersonName(name: string): string {
  return name.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The commitment's responsible is free text. It becomes the item's responsible
 * only when it names exactly one active member who may report on plan items.
 */
async function responsibleIdFor(db: DbClient, entityId: string, responsible: string): Promise<string | null> {
  const wanted = normalizePersonName(responsible);
  const members = await db.membership.findMany({ where: { entityId, user: { isActive: true } }, select: { userId: true, role: true, user: { select: { name: true } } } });
  const matches = members.filter((m) => can(m.role, "plan.edit") && normalizePersonName(m.user.name) === wanted);
  return matches.length === 1 ? matches[0]!.userId : null;
}

export async function createItemFromCommitment(ctx: EntityContext, input: CommitmentToItemInput): Promise<{ planId: string; itemId: string }> {
  return withTenant(ctx, async (db) => {
    const commitment = await db.committeeCommitment.findFirst({
      where: { id: input.commitmentId, entityId: ctx.entityId },
      select: { id: true, text: true, responsible: true, dueOn: true, planItem: { select: { plan: { select: { name: true } } } }, session: { select: { heldOn: true } } },
    });
    if (!commitment) throw new NotFoundError("El compromiso no existe.");
    if (commitment.planItem) throw new ConflictError(`Este compromiso ya es una tarea del plan «${commitment.planItem.plan.name}».`);
    const plan = await db.actionPlan.findFirst({ where: { id: input.planId, entityId: ctx.entityId }, select: { id: true, entityId: true, state: true, policyCode: true } });
    if (!plan) throw new NotFoundError("El plan de acción no existe.");
    if (!mayEditPlan(ctx, plan)) throw new ForbiddenError("Solo puede agregar tareas a planes de las políticas que tiene asignadas.");
    if (plan.state === "CERRADO") throw new ConflictError("El plan está cerrado: elija un plan abierto.");

    const last = await db.actionPlanItem.aggregate({ where: { planId: plan.id }, _max: { sortOrder: true } });
    const item = await db.actionPlanItem.create({
      data: {
        entityId: ctx.entityId,
        planId: plan.id,
        sourceKind: "COMMITMENT",
        sourceKey: `COMMITMENT:${commitment.id}`,
        gapLabel: `Compromiso del comité del ${formatCalendarDate(commitment.session.heldOn)}`,
        policyCode: plan.policyCode,
        action: commitment.text,
        responsibleId: await responsibleIdFor(db, ctx.entityId, commitment.responsible),
        dueDate: commitment.dueOn,
        sortOrder: (last._max.sortOrder ?? -1) + 1,
      },
      select: { id: true },
    });
    // Conditional on "not converted yet": a concurrent conversion waits for
    // this row's lock, then finds it set and rolls its own item back.
    const { count } = await db.committeeCommitment.updateMany({ where: { id: commitment.id, planItemId: null }, data: { planItemId: item.id } });
    if (count === 0) throw new ConflictError("Este compromiso ya se convirtió en tarea de un plan: recargue la página.");
    return { planId: plan.id, itemId: item.id };
  });
}
