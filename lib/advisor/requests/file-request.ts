// Tabla 9: an entity files a request for advice about one policy. The
// department comes from the entity row (a database trigger sets it), so the
// request always reaches the advisors of the entity's own department. The
// "before" of the closing comparison is the entity's latest official result.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import type { FileAdvisoryRequest } from "./request-schemas";

export async function fileAdvisoryRequest(ctx: EntityContext, input: FileAdvisoryRequest) {
  return withTenant(ctx, async (db) => {
    const [entity, me, latest] = await Promise.all([
      db.entity.findUniqueOrThrow({ where: { id: ctx.entityId }, select: { departmentCode: true, sigepCode: true } }),
      db.user.findUniqueOrThrow({ where: { id: ctx.userId }, select: { name: true } }),
      db.officialEntityResult.findFirst({ where: { entityId: ctx.entityId }, orderBy: { vigencia: "desc" }, select: { vigencia: true } }),
    ]);
    // Rows imported before the entity joined carry only its código SIGEP.
    const bySigep = latest
      ? null
      : await db.officialEntityResult.findFirst({ where: { sigepCode: entity.sigepCode }, orderBy: { vigencia: "desc" }, select: { vigencia: true } });
    // Without any official result yet, the year before the current one (the last measured).
    const baselineVigencia = latest?.vigencia ?? bySigep?.vigencia ?? new Date().getFullYear() - 1;
    const request = await db.advisoryRequest.create({
      data: {
        entityId: ctx.entityId,
        departmentCode: entity.departmentCode,
        policyCode: input.policyCode,
        baselineVigencia,
        subject: input.subject,
        description: input.description,
        requestedById: ctx.userId,
        requestedByName: me.name,
      },
      select: { id: true },
    });
    return { requestId: request.id };
  });
}
