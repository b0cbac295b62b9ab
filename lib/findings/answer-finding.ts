// The responsible named on a hallazgo (or Planeación) answers it; the answer
// can be rewritten until control interno closes the finding.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors/app-error";
import { actorName } from "@/lib/evidence/create-evidence";

export function mayAnswerFinding(ctx: Pick<EntityContext, "userId" | "role">, finding: { responsibleId: string }): boolean {
  return ctx.role === "PLANEACION" || finding.responsibleId === ctx.userId;
}

export async function answerFinding(ctx: Pick<EntityContext, "userId" | "entityId" | "role">, findingId: string, answer: string): Promise<void> {
  await withTenant(ctx, async (db) => {
    const finding = await db.finding.findFirst({ where: { id: findingId, entityId: ctx.entityId }, select: { responsibleId: true, state: true } });
    if (!finding) throw new NotFoundError();
    if (!mayAnswerFinding(ctx, finding)) throw new ForbiddenError("Solo la persona responsable del hallazgo o Planeación pueden responderlo.");
    if (finding.state === "CERRADO") throw new ConflictError("El hallazgo ya está cerrado: no admite más respuestas.");
    await db.finding.update({
      where: { id: findingId },
      data: { answer, state: "RESPONDIDO", answeredAt: new Date(), answeredByName: await actorName(db, ctx.userId) },
    });
  });
}
