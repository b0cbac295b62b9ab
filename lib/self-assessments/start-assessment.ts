// Opens an entity's autodiagnóstico of one policy for a vigencia, pinned to
// the instrument it starts with (the Faro reference one unless the entity
// chooses an official workbook it imported). Idempotent: opening it again
// returns the same one. Optionally starts from the previous vigencia's
// answers, matched by activity code.
import { requirePermission, type EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import type { DbClient } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors/app-error";
import type { StartAssessmentInput } from "./schemas";

async function chooseInstrument(db: DbClient, policyCode: string, instrumentId?: string) {
  // RLS shows only shared instruments and this entity's own imports.
  const instrument = instrumentId
    ? await db.instrument.findFirst({ where: { id: instrumentId, policyCode }, select: { id: true } })
    : await db.instrument.findFirst({ where: { policyCode, source: "FARO_REFERENCE", entityId: null }, orderBy: { createdAt: "desc" }, select: { id: true } });
  if (!instrument) throw new NotFoundError("No hay un instrumento de autodiagnóstico para esa política.");
  return instrument.id;
}

async function copyBaseline(db: DbClient, ctx: EntityContext, assessmentId: string, instrumentId: string, previousId: string) {
  const previous = await db.activityResponse.findMany({
    where: { assessmentId: previousId },
    select: { score: true, notApplicable: true, observations: true, activity: { select: { code: true } } },
  });
  const activities = await db.instrumentActivity.findMany({ where: { instrumentId }, select: { id: true, code: true } });
  const byCode = new Map(activities.map((a) => [a.code, a.id]));
  const data = previous.flatMap((p) => {
    const activityId = byCode.get(p.activity.code);
    return activityId
      ? [{ entityId: ctx.entityId, assessmentId, activityId, score: p.score, notApplicable: p.notApplicable, observations: p.observations, updatedById: ctx.userId }]
      : [];
  });
  if (data.length) await db.activityResponse.createMany({ data });
}

export async function startAssessment(ctx: EntityContext, input: StartAssessmentInput): Promise<{ id: string; created: boolean }> {
  requirePermission(ctx, "autodiagnostico.edit", input.policyCode);
  return withTenant(ctx, async (db) => {
    const key = { entityId: ctx.entityId, vigencia: input.vigencia, policyCode: input.policyCode };
    const existing = await db.selfAssessment.findUnique({ where: { entityId_vigencia_policyCode: key }, select: { id: true } });
    if (existing) return { id: existing.id, created: false };
    const instrumentId = await chooseInstrument(db, input.policyCode, input.instrumentId);
    const previous = input.fromPrevious
      ? await db.selfAssessment.findUnique({
          where: { entityId_vigencia_policyCode: { ...key, vigencia: input.vigencia - 1 } },
          select: { id: true },
        })
      : null;
    const assessment = await db.selfAssessment.create({ data: { ...key, instrumentId, baselineId: previous?.id ?? null } });
    if (previous) await copyBaseline(db, ctx, assessment.id, instrumentId, previous.id);
    return { id: assessment.id, created: true };
  });
}
