// Criterios diferenciales: whether an activity applies to an entity, from the
// rule stored with the activity (data, not code). No rule: applies to all.
import type { EntityType, MunicipalCategory } from "@/lib/generated/prisma/enums";

type Rule = { entityTypes?: unknown; municipalCategories?: unknown } | null;

export function activityApplies(rule: unknown, entity: { type: EntityType; municipalCategory: MunicipalCategory | null }): boolean {
  if (!rule || typeof rule !== "object") return true;
  const { entityTypes, municipalCategories } = rule as NonNullable<Rule>;
  if (Array.isArray(entityTypes) && !entityTypes.includes(entity.type)) return false;
  if (Array.isArray(municipalCategories) && !(entity.municipalCategory && municipalCategories.includes(entity.municipalCategory))) return false;
  return true;
}
