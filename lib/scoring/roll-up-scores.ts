import { averageScores } from "./average-scores";
import type { PolicyScoreBreakdown, ScorableActivity } from "./types";

/*
 * Roll-ups copy the official Función Pública workbook formulas:
 *   category  = AVERAGE(scores of the category's rows)
 *   component = AVERAGE(scores of ALL the component's rows)   — not the mean of categories
 *   policy    = AVERAGE(scores of ALL the policy's rows)      — not the mean of components
 * so a category with 20 scored rows weighs 20 times more than one with 1 row.
 */

export function scoreCategory(activities: readonly ScorableActivity[], categoryId: string): number | null {
  return averageScores(activities.filter((a) => a.categoryId === categoryId));
}

export function scoreComponent(activities: readonly ScorableActivity[], componentId: string): number | null {
  return averageScores(activities.filter((a) => a.componentId === componentId));
}

export function scorePolicy(activities: readonly ScorableActivity[]): number | null {
  return averageScores(activities);
}

/** Policy, component and category scores at once (ids that appear in the input). */
export function scorePolicyBreakdown(activities: readonly ScorableActivity[]): PolicyScoreBreakdown {
  const byComponent = groupBy(activities, (a) => a.componentId);
  const byCategory = groupBy(activities, (a) => a.categoryId);
  return {
    policy: averageScores(activities),
    components: mapValues(byComponent, averageScores),
    categories: mapValues(byCategory, averageScores),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function mapValues<T, R>(groups: Map<string, T[]>, fn: (items: T[]) => R): Record<string, R> {
  const out: Record<string, R> = {};
  for (const [k, items] of groups) out[k] = fn(items);
  return out;
}
