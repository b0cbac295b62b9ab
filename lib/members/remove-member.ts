// Taking a person out of the entity: their membership and policy assignments
// go (the audit trail keeps them); their account stays, since they may belong
// to other entities. A pending invitation from this entity stops working.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withSystem, withTenant } from "@/lib/db/context";
import { assertAnotherAdminRemains, findMemberOrThrow } from "./find-member";
import type { MemberRefInput } from "./member-schemas";

export async function removeMember(ctx: EntityContext, input: MemberRefInput, now = new Date()): Promise<{ name: string }> {
  const member = await withTenant(ctx, async (db) => {
    const found = await findMemberOrThrow(db, ctx.entityId, input.membershipId);
    if (found.role === "ADMIN") await assertAnotherAdminRemains(db, ctx.entityId, found.id);
    await db.membership.delete({ where: { id: found.id, entityId: ctx.entityId } });
    return found;
  });
  // Tokens are system-only; this touches only the links this entity issued.
  await withSystem(ctx.userId, (db) =>
    db.authToken.updateMany({
      where: { userId: member.userId, entityId: ctx.entityId, purpose: "INVITATION", usedAt: null },
      data: { usedAt: now },
    }),
  );
  return { name: member.user.name };
}
