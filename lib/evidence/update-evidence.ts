// Edits an evidence's description (title, dates, owner, policy). Files are
// not touched here: changing them is a new revision (add-revision.ts).
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { NotFoundError } from "@/lib/errors/app-error";
import type { z } from "zod";
import { requireMember } from "./create-evidence";
import { dateOnly } from "./expiry";
import type { ZUpdateEvidence } from "./schemas";

export async function updateEvidence(ctx: Pick<EntityContext, "userId" | "entityId">, input: z.infer<typeof ZUpdateEvidence>): Promise<void> {
  await withTenant(ctx, async (db) => {
    const found = await db.evidence.findFirst({ where: { id: input.evidenceId, entityId: ctx.entityId }, select: { id: true } });
    if (!found) throw new NotFoundError();
    await requireMember(db, ctx.entityId, input.ownerId, "ownerId");
    await db.evidence.update({
      where: { id: input.evidenceId },
      data: {
        title: input.title,
        description: input.description || null,
        documentDate: dateOnly(input.documentDate),
        ownerId: input.ownerId,
        policyCode: input.policyCode || null,
        validUntil: input.validUntil ? dateOnly(input.validUntil) : null,
      },
    });
  });
}
