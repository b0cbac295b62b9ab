// A change of files makes a new revision: the new files and links, plus (by
// default) those of the previous revision. The evidence and each of its links
// go back to "pendiente": control interno has not seen this content yet.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { NotFoundError, ValidationError } from "@/lib/errors/app-error";
import { withCommittedFiles } from "./commit-files";
import { actorName, fileRows } from "./create-evidence";
import type { RevisionFields } from "./schemas";
import type { ObjectStorage } from "./storage/object-storage";
import type { StagedFile } from "./upload/stage-upload";

export async function addRevision(
  ctx: Pick<EntityContext, "userId" | "entityId">,
  evidenceId: string,
  fields: RevisionFields,
  staged: StagedFile[],
  storage: ObjectStorage,
): Promise<{ number: number }> {
  if (staged.length === 0 && fields.urls.length === 0) {
    throw new ValidationError("Una revisión nueva necesita al menos un archivo o un enlace nuevo.", { files: ["Adjunte al menos un archivo o escriba un enlace."] });
  }
  return withCommittedFiles(storage, staged, (files) =>
    withTenant(ctx, async (db) => {
      const evidence = await db.evidence.findFirst({
        where: { id: evidenceId, entityId: ctx.entityId },
        select: { currentRevision: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { files: true, urls: true } } },
      });
      if (!evidence) throw new NotFoundError();
      const previous = evidence.revisions[0];
      const kept = fields.keepPrevious && previous ? previous : { files: [], urls: [] };
      const number = evidence.currentRevision + 1;
      await db.evidenceRevision.create({
        data: {
          entityId: ctx.entityId,
          evidenceId,
          number,
          note: fields.note || null,
          createdById: ctx.userId,
          createdByName: await actorName(db, ctx.userId),
          files: { create: [...fileRows(ctx.entityId, kept.files), ...fileRows(ctx.entityId, files)] },
          urls: { create: [...kept.urls.map((u) => u.url), ...fields.urls].map((url) => ({ entityId: ctx.entityId, url })) },
        },
      });
      const reset = { reviewState: "PENDIENTE" as const, reviewComment: null, reviewedAt: null, reviewedByName: null };
      await db.evidence.update({ where: { id: evidenceId }, data: { currentRevision: number, pendingSince: new Date(), ...reset } });
      await db.evidenceLink.updateMany({ where: { evidenceId }, data: reset });
      return { number };
    }),
  );
}
