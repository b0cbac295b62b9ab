// Decisions, commitments and approvals recorded in a session. The session
// (and the approval) must belong to the entity of the context: RLS hides
// another entity's rows, so a foreign id answers 404 like a missing one.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import type { DbClient } from "@/lib/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/errors/app-error";
import type { z } from "zod";
import type { ZAddCommitment, ZAddDecision, ZLinkApproval } from "./schemas";
import { calendarDate, formatCalendarDate } from "./session-dates";

async function requireSession(db: DbClient, ctx: EntityContext, sessionId: string): Promise<void> {
  const session = await db.committeeSession.findFirst({ where: { id: sessionId, entityId: ctx.entityId }, select: { id: true } });
  if (!session) throw new NotFoundError("La sesión del comité no existe.");
}

export function addDecision(ctx: EntityContext, input: z.infer<typeof ZAddDecision>) {
  return withTenant(ctx, async (db) => {
    await requireSession(db, ctx, input.sessionId);
    return db.committeeDecision.create({ data: { entityId: ctx.entityId, sessionId: input.sessionId, text: input.text }, select: { id: true } });
  });
}

export function addCommitment(ctx: EntityContext, input: z.infer<typeof ZAddCommitment>) {
  return withTenant(ctx, async (db) => {
    await requireSession(db, ctx, input.sessionId);
    return db.committeeCommitment.create({
      data: {
        entityId: ctx.entityId,
        sessionId: input.sessionId,
        text: input.text,
        responsible: input.responsible,
        dueOn: input.dueOn ? calendarDate(input.dueOn) : null,
      },
      select: { id: true },
    });
  });
}

/**
 * Links an approval (an autodiagnóstico's or an action plan's transition to
 * APROBADO) to the session that took it. Each approval is linked once.
 */
export function linkApproval(ctx: EntityContext, input: z.infer<typeof ZLinkApproval>) {
  return withTenant(ctx, async (db) => {
    await requireSession(db, ctx, input.sessionId);
    const where = { id: input.transitionId, entityId: ctx.entityId, toState: "APROBADO" as const };
    const linkedIn = { committeeApprovals: { select: { session: { select: { heldOn: true } } } } };
    const assessment = await db.assessmentTransition.findFirst({ where, select: { id: true, ...linkedIn } });
    const plan = assessment ? null : await db.actionPlanTransition.findFirst({ where, select: { id: true, ...linkedIn } });
    const transition = assessment ?? plan;
    if (!transition) throw new NotFoundError("La aprobación no existe.");
    const linked = transition.committeeApprovals[0];
    if (linked) throw new ConflictError(`Esa aprobación ya está registrada en la sesión del ${formatCalendarDate(linked.session.heldOn)}.`);
    return db.committeeApproval.create({
      data: assessment
        ? { entityId: ctx.entityId, sessionId: input.sessionId, kind: "SELF_ASSESSMENT", assessmentTransitionId: assessment.id }
        : { entityId: ctx.entityId, sessionId: input.sessionId, kind: "ACTION_PLAN", planTransitionId: transition.id },
      select: { id: true },
    });
  });
}

/** A commitment that became a plan task stays in the acta: the task points back to it. */
async function refuseConvertedCommitment(db: DbClient, commitmentId: string): Promise<void> {
  const converted = await db.committeeCommitment.findFirst({ where: { id: commitmentId, planItemId: { not: null } }, select: { planItem: { select: { plan: { select: { name: true } } } } } });
  if (converted?.planItem) throw new ConflictError(`Este compromiso ya es una tarea del plan «${converted.planItem.plan.name}»: no se puede quitar del acta.`);
}

type RemovableItem = "committeeDecision" | "committeeCommitment" | "committeeApproval";

/** Deletes one item of a session of this entity; a foreign or missing id is 404. */
export function removeSessionItem(ctx: EntityContext, model: RemovableItem, itemId: string) {
  return withTenant(ctx, async (db) => {
    const where = { id: itemId, entityId: ctx.entityId };
    if (model === "committeeCommitment") await refuseConvertedCommitment(db, itemId);
    const { count } =
      model === "committeeDecision"
        ? await db.committeeDecision.deleteMany({ where })
        : model === "committeeCommitment"
          ? await db.committeeCommitment.deleteMany({ where })
          : await db.committeeApproval.deleteMany({ where });
    if (count === 0) throw new NotFoundError("Ese registro de la sesión no existe.");
    return { id: itemId };
  });
}
