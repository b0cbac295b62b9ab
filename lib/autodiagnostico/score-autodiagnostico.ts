import { scorePolicyBreakdown, type ScorableActivity } from "@/lib/scoring";
import type { AutodiagnosticoComponent } from "./autodiagnostico-schema";

/** Scores of an autodiagnóstico at every level, computed by lib/scoring. */
export interface AutodiagnosticoScores {
  readonly policy: number | null;
  readonly components: readonly {
    readonly name: string;
    readonly order: number;
    readonly score: number | null;
    readonly categories: readonly { readonly name: string; readonly order: number; readonly score: number | null }[];
  }[];
}

/** Ids are positional ("C1", "C1.2") because category names repeat across components. */
export function componentId(componentOrder: number): string {
  return `C${componentOrder}`;
}

export function categoryId(componentOrder: number, categoryOrder: number): string {
  return `C${componentOrder}.${categoryOrder}`;
}

/** One scorable activity per scored item (the item code is unique within a policy). */
export function toScorableActivities(components: readonly AutodiagnosticoComponent[]): ScorableActivity[] {
  return components.flatMap((component) =>
    component.categories.flatMap((category) =>
      category.items.map((item) => ({
        id: item.code,
        score: item.score,
        notApplicable: item.notApplicable,
        componentId: componentId(component.order),
        categoryId: categoryId(component.order, category.order),
      })),
    ),
  );
}

export function scoreAutodiagnostico(components: readonly AutodiagnosticoComponent[]): AutodiagnosticoScores {
  const breakdown = scorePolicyBreakdown(toScorableActivities(components));
  return {
    policy: breakdown.policy,
    components: components.map((component) => ({
      name: component.name,
      order: component.order,
      score: breakdown.components[componentId(component.order)] ?? null,
      categories: component.categories.map((category) => ({
        name: category.name,
        order: category.order,
        score: breakdown.categories[categoryId(component.order, category.order)] ?? null,
      })),
    })),
  };
}
