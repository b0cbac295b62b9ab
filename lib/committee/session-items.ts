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

/** Links an autodiagnóstico approval (a transition to APROBADO) to the session that took it. */
export function linkApproval(ctx: EntityContext, input: z.infer<typeof ZLinkApproval>) {
  return withTenant(ctx, async (db) => {
    await requireSession(db, ctx, input.sessionId);
    const transition = await db.assessmentTransition.findFirst({
      where: { id: input.transitionId, entityId: ctx.entityId, toState: "APROBADO" },
      select: { id: true, committeeApprovals: { select: { session: { select: { heldOn: true } } } } },
    });
    if (!transition) throw new NotFoundError("La aprobación no existe.");
    const linked = transition.committeeApprovals[0];
    if (linked) throw new ConflictError(`Esa aprobación ya está registrada en la sesión del ${formatCalendarDate(linked.session.heldOn)}.`);
    return db.committeeApproval.create({
      data: { entityId: ctx.entityId, sessionId: input.sessionId, kind: "SELF_ASSESSMENT", assessmentTransitionId: transition.id },
      select: { id: true },
    });
  });
}

type RemovableItem = "committeeDecision" | "committeeCommitment" | "committeeApproval";

/** Deletes one item of a session of this entity; a foreign or missing id is 404. */
export function removeSessionItem(ctx: EntityContext, model: RemovableItem, itemId: string) {
  return withTenant(ctx, async (db) => {
    const where = { id: itemId, entityId: ctx.entityId };
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
