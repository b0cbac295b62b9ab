// The evidence linked to FURAG answers (targetKind FURAG_OPTION: answer id +
// option key), loaded for a whole vigencia in one query and indexed by
// answer and key: for readiness and the consistency check (which keys have a
// standing file) and for the pages and exports (titles, review, "vencida").
import type { DbClient } from "@/lib/db/prisma";
import { isExpired } from "@/lib/evidence/expiry";
import type { EvidenceReviewState } from "@/lib/generated/prisma/enums";
import { linkedEvidenceCounts, type EvidenceLinks } from "../evidence-status";

/** One evidence linked to one option, as pages and exports show it (plain data: crosses to the browser). */
export type OptionEvidence = {
  linkId: string;
  evidenceId: string;
  title: string;
  linkReviewState: EvidenceReviewState;
  evidenceReviewState: EvidenceReviewState;
  expired: boolean;
  /** Whether it supports the option for readiness (see evidence-status.ts). */
  counts: boolean;
};

/** Option key → its linked evidence, oldest link first. */
export type OptionEvidenceByKey = Record<string, OptionEvidence[]>;

export type FuragEvidenceIndex = EvidenceLinks & { evidenceOf(answerId: string): OptionEvidenceByKey };

type LinkRow = { answerId: string; key: string } & Omit<OptionEvidence, "counts">;

export function indexOptionEvidence(rows: readonly LinkRow[]): FuragEvidenceIndex {
  const byAnswer = new Map<string, OptionEvidenceByKey>();
  for (const { answerId, key, ...link } of rows) {
    const byKey = byAnswer.get(answerId) ?? {};
    (byKey[key] ??= []).push({ ...link, counts: linkedEvidenceCounts(link) });
    byAnswer.set(answerId, byKey);
  }
  return {
    keysFor: (answerId) =>
      new Set(Object.entries(byAnswer.get(answerId) ?? {}).filter(([, links]) => links.some((l) => l.counts)).map(([key]) => key)),
    evidenceOf: (answerId) => byAnswer.get(answerId) ?? {},
  };
}

/** The links to these answers (one query, whatever their number), inside the caller's tenant transaction. */
export async function loadOptionEvidence(db: DbClient, entityId: string, answerIds: readonly string[], now = new Date()): Promise<FuragEvidenceIndex> {
  if (answerIds.length === 0) return indexOptionEvidence([]);
  const links = await db.evidenceLink.findMany({
    where: { entityId, targetKind: "FURAG_OPTION", targetId: { in: [...answerIds] } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true, targetId: true, targetSubId: true, reviewState: true,
      evidence: { select: { id: true, title: true, reviewState: true, validUntil: true } },
    },
  });
  return indexOptionEvidence(
    links.map((l) => ({
      answerId: l.targetId,
      key: l.targetSubId,
      linkId: l.id,
      evidenceId: l.evidence.id,
      title: l.evidence.title,
      linkReviewState: l.reviewState,
      evidenceReviewState: l.evidence.reviewState,
      expired: isExpired(l.evidence.validUntil, now),
    })),
  );
}
