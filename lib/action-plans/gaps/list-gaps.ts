// Every registered gap source, in one ordered list.
//
// THE ORDER OF SOURCES: activity gaps first (largest distance to the target
// first, see select-gaps.ts), then FURAG options not met (questionnaire
// order, options in the question's order), then open findings (severity,
// then due date). Scored activities come first because they are what the
// policy score, and so the plan's before/after, measures.
import type { DbClient } from "@/lib/db/prisma";
import type { PlanItemSourceKind } from "@/lib/generated/prisma/enums";
import { activityGapSource } from "./activity-gaps";
import { findingGapSource } from "./finding-gaps";
import { furagOptionGapSource } from "./furag-option-gaps";
import type { GapCandidate, GapRequest, GapSource } from "./gap-source";

export const GAP_SOURCES: readonly GapSource[] = [activityGapSource, furagOptionGapSource, findingGapSource];

export const ALL_SOURCE_KINDS: readonly PlanItemSourceKind[] = GAP_SOURCES.map((s) => s.kind);

/** Candidates of the chosen sources (all by default), in the order above. */
export async function listGaps(db: DbClient, request: GapRequest, kinds: readonly PlanItemSourceKind[] = ALL_SOURCE_KINDS): Promise<GapCandidate[]> {
  const lists = [];
  for (const source of GAP_SOURCES) if (kinds.includes(source.kind)) lists.push(await source.list(db, request));
  return lists.flat();
}
