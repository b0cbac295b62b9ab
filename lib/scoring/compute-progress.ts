import { countsForScore } from "./average-scores";
import type { ScorableActivity, ScoringProgress } from "./types";

/**
 * How much of a self-assessment is done: (scored + "No aplica") / total.
 * "total" is the list the caller passes: items excluded for the entity by the
 * criterios diferenciales must be filtered out before, because applicability
 * is data (catalog rules), not something this module can know.
 */
export function computeProgress(activities: readonly ScorableActivity[]): ScoringProgress {
  let scored = 0;
  let notApplicable = 0;
  for (const activity of activities) {
    if (activity.notApplicable) notApplicable += 1;
    else if (countsForScore(activity)) scored += 1;
  }
  const total = activities.length;
  const answered = scored + notApplicable;
  return {
    total,
    scored,
    notApplicable,
    blank: total - answered,
    answered,
    ratio: total === 0 ? null : answered / total,
  };
}
