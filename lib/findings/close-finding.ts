// Control interno closes a hallazgo once it has been answered.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { ConflictError, NotFoundError } from "@/lib/errors/app-error";
import { actorName } from "@/lib/evidence/create-evidence";

export async function closeFinding(ctx: Pick<EntityContext, "userId" | "entityId">, findingId: string, comment: string): Promise<void> {
  await withTenant(ctx, async (db) => {
    const finding = await db.finding.findFirst({ where: { id: findingId, entityId: ctx.entityId }, select: { state: true } });
    if (!finding) throw new NotFoundError();
    if (finding.state === "CERRADO") throw new ConflictError("El hallazgo ya estaba cerrado.");
    if (finding.state !== "RESPONDIDO") throw new ConflictError("El hallazgo todavía no tiene respuesta del responsable: no se puede cerrar.");
    await db.finding.update({
      where: { id: findingId },
      data: { state: "CERRADO", closureComment: comment, closedAt: new Date(), closedByName: await actorName(db, ctx.userId) },
    });
  });
}
