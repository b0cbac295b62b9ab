// Control interno records a hallazgo: severity, description, what it is about
// (policy, activity, evidence), who must answer it and by when.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { NotFoundError } from "@/lib/errors/app-error";
import { actorName, requireMember } from "@/lib/evidence/create-evidence";
import { dateOnly } from "@/lib/evidence/expiry";
import { resolveLinkTarget } from "@/lib/evidence/link-targets";
import type { z } from "zod";
import type { ZCreateFinding } from "@/lib/evidence/schemas";

export async function createFinding(ctx: Pick<EntityContext, "userId" | "entityId">, input: z.infer<typeof ZCreateFinding>): Promise<{ id: string }> {
  return withTenant(ctx, async (db) => {
    await requireMember(db, ctx.entityId, input.responsibleId, "responsibleId");
    let policyCode = input.policyCode || null;
    let assessmentId: string | null = null;
    let activityId: string | null = null;
    if (input.activityRef) {
      [assessmentId, activityId] = input.activityRef.split(":") as [string, string];
      const activity = await resolveLinkTarget(db, ctx.entityId, "ACTIVITY", { targetId: assessmentId, targetSubId: activityId });
      policyCode ??= activity.policyCode;
    }
    if (input.evidenceId) {
      const evidence = await db.evidence.findFirst({ where: { id: input.evidenceId, entityId: ctx.entityId }, select: { id: true } });
      if (!evidence) throw new NotFoundError();
    }
    return db.finding.create({
      data: {
        entityId: ctx.entityId,
        severity: input.severity,
        description: input.description,
        policyCode,
        assessmentId,
        activityId,
        evidenceId: input.evidenceId || null,
        responsibleId: input.responsibleId,
        dueDate: dateOnly(input.dueDate),
        createdById: ctx.userId,
        createdByName: await actorName(db, ctx.userId),
      },
      select: { id: true },
    });
  });
}
