// Every registered gap source, in one ordered list. FURAG options
// (lib/furag/gaps.ts) and control interno findings are added here once those
// features are merged; the plan tables already carry their source kinds.
import type { DbClient } from "@/lib/db/prisma";
import { activityGapSource } from "./activity-gaps";
import type { GapCandidate, GapRequest, GapSource } from "./gap-source";

export const GAP_SOURCES: readonly GapSource[] = [activityGapSource];

/** Candidates of every source; each source keeps its own order (largest distance first). */
export async function listGaps(db: DbClient, request: GapRequest): Promise<GapCandidate[]> {
  const lists = [];
  for (const source of GAP_SOURCES) lists.push(await source.list(db, request));
  return lists.flat();
}
