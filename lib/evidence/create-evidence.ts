// A new evidence with its first revision (files and links), optionally linked
// to the item the form came from, in one transaction.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import type { DbClient } from "@/lib/db/prisma";
import { ValidationError } from "@/lib/errors/app-error";
import { withCommittedFiles, type StoredFile } from "./commit-files";
import { dateOnly } from "./expiry";
import { linkEvidence } from "./link-evidence";
import type { EvidenceFields, LinkTarget } from "./schemas";
import type { ObjectStorage } from "./storage/object-storage";
import type { StagedFile } from "./upload/stage-upload";

export async function requireMember(db: DbClient, entityId: string, userId: string, field: string): Promise<void> {
  const member = await db.membership.findUnique({ where: { entityId_userId: { entityId, userId } }, select: { id: true } });
  if (!member) throw new ValidationError("Elija a una persona de la entidad.", { [field]: ["Elija a una persona de la entidad."] });
}

export async function actorName(db: DbClient, userId: string): Promise<string> {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } })).name;
}

export function fileRows(entityId: string, files: StoredFile[]) {
  return files.map((f) => ({ entityId, storageKey: f.storageKey, originalName: f.originalName, mediaType: f.mediaType, sizeBytes: f.sizeBytes, sha256: f.sha256 }));
}

export async function createEvidence(
  ctx: Pick<EntityContext, "userId" | "entityId">,
  fields: EvidenceFields,
  staged: StagedFile[],
  target: LinkTarget | null,
  storage: ObjectStorage,
): Promise<{ id: string }> {
  if (staged.length === 0 && fields.urls.length === 0) {
    throw new ValidationError("Adjunte al menos un archivo o escriba un enlace.", { files: ["Adjunte al menos un archivo o escriba un enlace."] });
  }
  return withCommittedFiles(storage, staged, (files) =>
    withTenant(ctx, async (db) => {
      await requireMember(db, ctx.entityId, fields.ownerId, "ownerId");
      const evidence = await db.evidence.create({
        data: {
          entityId: ctx.entityId,
          vigencia: fields.vigencia,
          title: fields.title,
          description: fields.description || null,
          documentDate: dateOnly(fields.documentDate),
          ownerId: fields.ownerId,
          policyCode: fields.policyCode || null,
          validUntil: fields.validUntil ? dateOnly(fields.validUntil) : null,
          createdById: ctx.userId,
          revisions: {
            create: {
              entityId: ctx.entityId,
              number: 1,
              createdById: ctx.userId,
              createdByName: await actorName(db, ctx.userId),
              files: { create: fileRows(ctx.entityId, files) },
              urls: { create: fields.urls.map((url) => ({ entityId: ctx.entityId, url })) },
            },
          },
        },
        select: { id: true },
      });
      if (target) await linkEvidence(db, ctx, evidence.id, target);
      return evidence;
    }),
  );
}
