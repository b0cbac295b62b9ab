// Turns chosen gap candidates into plan items. The (plan, source key) pair is
// unique, so inserting a gap that is already in the plan adds nothing: that is
// what makes generating again safe.
import type { DbClient } from "@/lib/db/prisma";
import type { PlanItemPriority } from "@/lib/generated/prisma/enums";
import { NotFoundError, ValidationError } from "@/lib/errors/app-error";
import type { GapCandidate } from "./gaps/gap-source";

/** Far gaps first: 41+ points to go is high priority, 21-40 medium, less is low. */
export function priorityForDistance(distance: number): PlanItemPriority {
  if (distance >= 41) return "ALTA";
  if (distance >= 21) return "MEDIA";
  return "BAJA";
}

/**
 * The candidates the person ticked, in the generator's order. A key naming a
 * self-assessment, FURAG question or finding this entity cannot see is 404
 * (another entity's ids look missing); a key that is simply no longer a gap
 * (scores changed, option selected, finding closed) is 422.
 */
export async function chooseCandidates(db: DbClient, entityId: string, candidates: GapCandidate[], sourceKeys: string[]): Promise<GapCandidate[]> {
  const wanted = new Set(sourceKeys);
  const chosen = candidates.filter((c) => wanted.has(c.sourceKey));
  if (chosen.length !== wanted.size) {
    const known = new Set(chosen.map((c) => c.sourceKey));
    for (const key of wanted) if (!known.has(key) && !(await sourceExists(db, entityId, key))) throw new NotFoundError();
    throw new ValidationError("Algunas brechas elegidas ya no lo son (los puntajes cambiaron). Revise la vista previa de nuevo.", {
      sourceKeys: ["Algunas brechas elegidas ya no están en la lista."],
    });
  }
  return chosen;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the record a source key names exists for this entity (keys: see ActionPlanItem.sourceKey). */
async function sourceExists(db: DbClient, entityId: string, key: string): Promise<boolean> {
  const [kind, id = ""] = key.split(":");
  if (!UUID.test(id)) return false;
  if (kind === "ACTIVITY") return (await db.selfAssessment.count({ where: { id, entityId } })) > 0;
  if (kind === "FURAG_OPTION") return (await db.furagAnswer.count({ where: { questionId: id, entityId } })) > 0;
  if (kind === "FINDING") return (await db.finding.count({ where: { id, entityId } })) > 0;
  return false;
}

export async function insertGapItems(db: DbClient, plan: { id: string; entityId: string }, chosen: GapCandidate[]): Promise<number> {
  const last = await db.actionPlanItem.aggregate({ where: { planId: plan.id }, _max: { sortOrder: true } });
  const start = (last._max.sortOrder ?? -1) + 1;
  const { count } = await db.actionPlanItem.createMany({
    data: chosen.map((gap, i) => ({
      entityId: plan.entityId,
      planId: plan.id,
      sourceKind: gap.sourceKind,
      sourceKey: gap.sourceKey,
      assessmentId: gap.assessmentId,
      activityId: gap.activityId,
      furagQuestionId: gap.furagQuestionId,
      furagOption: gap.furagOption,
      findingId: gap.findingId,
      gapLabel: gap.label,
      policyCode: gap.policyCode,
      scoreBefore: gap.score,
      action: `Cerrar la brecha: ${gap.label}`.slice(0, 2000),
      goal: gap.goal ?? `Alcanzar al menos ${gap.targetScore} puntos`,
      priority: gap.priority ?? priorityForDistance(gap.distance),
      sortOrder: start + i,
    })),
    skipDuplicates: true,
  });
  return count;
}
