// The consistency warnings of a loaded workspace (pure over its items).
import { runConsistencyChecks } from "../consistency/run-consistency-checks";
import type { EvidenceLinks } from "../evidence-status";
import type { ConsistencyWarning } from "../consistency/types";
import type { FuragItem } from "./load-furag-items";

/** `links`: the workspace's, so "evidence missing" agrees with readiness. */
export function warningsOf(items: readonly FuragItem[], links: EvidenceLinks): ConsistencyWarning[] {
  return runConsistencyChecks(
    items
      // "No aplica" answers are not judged: nothing was declared.
      .filter((item) => !item.answer?.notApplicable)
      .map((item) => ({ question: item.question, value: item.answer?.value ?? null, answerId: item.answer?.id ?? null, previous: item.previous })),
    // The check re-derives the evidence status from the same function and links as the items.
    { links },
  );
}

export function countByQuestion(warnings: readonly ConsistencyWarning[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of warnings) counts.set(w.questionCode, (counts.get(w.questionCode) ?? 0) + 1);
  return counts;
}
