// The helpers other features call to attach evidence to their items and to
// show it: linkEvidence / unlinkEvidence / listEvidenceFor. They run inside
// the caller's tenant transaction; ids of another entity are "not found".
import type { DbClient } from "@/lib/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/errors/app-error";
import type { EvidenceReviewState, EvidenceTargetKind } from "@/lib/generated/prisma/enums";
import { isExpired } from "./expiry";
import { resolveLinkTarget } from "./link-targets";
import type { LinkTarget } from "./schemas";

type Actor = { userId: string; entityId: string };

export async function linkEvidence(db: DbClient, actor: Actor, evidenceId: string, target: LinkTarget) {
  const evidence = await db.evidence.findFirst({ where: { id: evidenceId, entityId: actor.entityId }, select: { id: true } });
  if (!evidence) throw new NotFoundError();
  const resolved = await resolveLinkTarget(db, actor.entityId, target.kind, target);
  const existing = await db.evidenceLink.findUnique({
    where: {
      evidenceId_targetKind_targetId_targetSubId: { evidenceId, targetKind: target.kind, targetId: target.targetId, targetSubId: target.targetSubId },
    },
    select: { id: true },
  });
  if (existing) throw new ConflictError("Esta evidencia ya está vinculada a ese elemento.");
  return db.evidenceLink.create({
    data: {
      entityId: actor.entityId,
      evidenceId,
      targetKind: target.kind,
      targetId: target.targetId,
      targetSubId: target.targetSubId,
      policyCode: resolved.policyCode,
      createdById: actor.userId,
    },
    select: { id: true },
  });
}

export async function unlinkEvidence(db: DbClient, entityId: string, linkId: string): Promise<void> {
  const link = await db.evidenceLink.findFirst({ where: { id: linkId, entityId }, select: { id: true } });
  if (!link) throw new NotFoundError();
  await db.evidenceLink.delete({ where: { id: linkId } });
}

export type LinkedEvidence = {
  linkId: string;
  evidenceId: string;
  title: string;
  vigencia: number;
  currentRevision: number;
  evidenceReviewState: EvidenceReviewState;
  linkReviewState: EvidenceReviewState;
  linkReviewComment: string | null;
  validUntil: Date | null;
  expired: boolean;
  fileCount: number;
};

/** The evidence linked to one item, newest link first. */
export async function listEvidenceFor(
  db: DbClient,
  entityId: string,
  target: { kind: EvidenceTargetKind; targetId: string; targetSubId?: string },
): Promise<LinkedEvidence[]> {
  const links = await db.evidenceLink.findMany({
    where: { entityId, targetKind: target.kind, targetId: target.targetId, targetSubId: target.targetSubId ?? "" },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      reviewState: true,
      reviewComment: true,
      evidence: {
        select: {
          id: true,
          title: true,
          vigencia: true,
          currentRevision: true,
          reviewState: true,
          validUntil: true,
          revisions: { orderBy: { number: "desc" }, take: 1, select: { _count: { select: { files: true } } } },
        },
      },
    },
  });
  return links.map((l) => ({
    linkId: l.id,
    evidenceId: l.evidence.id,
    title: l.evidence.title,
    vigencia: l.evidence.vigencia,
    currentRevision: l.evidence.currentRevision,
    evidenceReviewState: l.evidence.reviewState,
    linkReviewState: l.reviewState,
    linkReviewComment: l.reviewComment,
    validUntil: l.evidence.validUntil,
    expired: isExpired(l.evidence.validUntil),
    fileCount: l.evidence.revisions[0]?._count.files ?? 0,
  }));
}
