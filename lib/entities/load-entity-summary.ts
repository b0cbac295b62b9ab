import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";

export async function loadEntitySummary(ctx: EntityContext) {
  return withTenant(ctx, async (db) => {
    const entity = await db.entity.findUniqueOrThrow({ where: { id: ctx.entityId } });
    const memberCount = await db.membership.count({ where: { entityId: ctx.entityId } });
    return { ...entity, memberCount };
  });
}
