// Criterios diferenciales: whether an activity applies to an entity, from the
// rule stored with the activity (data, not code). No rule: applies to all.
import type { ScorableActivity } from "@/lib/scoring";
import type { EntityType, MunicipalCategory } from "@/lib/generated/prisma/enums";

type Rule = { entityTypes?: unknown; municipalCategories?: unknown } | null;

export function activityApplies(rule: unknown, entity: { type: EntityType; municipalCategory: MunicipalCategory | null }): boolean {
  if (!rule || typeof rule !== "object") return true;
  const { entityTypes, municipalCategories } = rule as NonNullable<Rule>;
  if (Array.isArray(entityTypes) && !entityTypes.includes(entity.type)) return false;
  if (Array.isArray(municipalCategories) && !(entity.municipalCategory && municipalCategories.includes(entity.municipalCategory))) return false;
  return true;
}

/**
 * An activity as the scoring module sees it: one that does not apply to the
 * entity counts as "no aplica", like one the person marked so. The server
 * views and the filling page's running totals all go through here.
 */
export function toScorableActivity(
  activity: { id: string; categoryId: string; componentId: string; applies: boolean },
  answer: { score: number | null; notApplicable: boolean } | undefined,
): ScorableActivity {
  return {
    id: activity.id,
    score: answer?.score ?? null,
    notApplicable: !activity.applies || (answer?.notApplicable ?? false),
    categoryId: activity.categoryId,
    componentId: activity.componentId,
  };
}
