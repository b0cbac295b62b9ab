// Evidence of completion: what a plan item links from the evidence
// repository (PLAN_ITEM links). THE RULE for "cumplida": at least one linked
// evidence that is not rejected — neither the link (rejected for this item)
// nor the evidence itself. Evidence still waiting for review counts: control
// interno may review after the due date, and a later rejection shows on the
// plan next to the item instead of silently undoing the completion.
import type { DbClient } from "@/lib/db/prisma";
import type { EvidenceReviewState } from "@/lib/generated/prisma/enums";
import { ValidationError } from "@/lib/errors/app-error";

export type ItemEvidence = { evidenceId: string; title: string; rejected: boolean };

const isRejected = (link: EvidenceReviewState, evidence: EvidenceReviewState) => link === "RECHAZADA" || evidence === "RECHAZADA";

/** Evidence titles per item, oldest link first, for the plan page and the exports. */
export async function loadItemEvidence(db: DbClient, entityId: string, itemIds: readonly string[]): Promise<Map<string, ItemEvidence[]>> {
  const links = itemIds.length
    ? await db.evidenceLink.findMany({
        where: { entityId, targetKind: "PLAN_ITEM", targetId: { in: [...itemIds] } },
        orderBy: { createdAt: "asc" },
        select: { targetId: true, reviewState: true, evidence: { select: { id: true, title: true, reviewState: true } } },
      })
    : [];
  const byItem = new Map<string, ItemEvidence[]>();
  for (const link of links) {
    const entry = { evidenceId: link.evidence.id, title: link.evidence.title, rejected: isRejected(link.reviewState, link.evidence.reviewState) };
    byItem.set(link.targetId, [...(byItem.get(link.targetId) ?? []), entry]);
  }
  return byItem;
}

export const MISSING_EVIDENCE =
  "Para marcarla cumplida, vincule al menos una evidencia de cumplimiento (no rechazada) en «Evidencia de cumplimiento» más abajo.";

/** 422 unless the item has at least one evidence that is not rejected. */
export async function requireCompletionEvidence(db: DbClient, entityId: string, itemId: string): Promise<void> {
  const evidence = (await loadItemEvidence(db, entityId, [itemId])).get(itemId) ?? [];
  if (!evidence.some((e) => !e.rejected)) throw new ValidationError(MISSING_EVIDENCE, { status: [MISSING_EVIDENCE] });
}
