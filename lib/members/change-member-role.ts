// Role changes keep the entity administrable (never zero admins), and a person
// who stops being RESPONSABLE stops answering for their policies.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { assertAnotherAdminRemains, findMemberOrThrow } from "./find-member";
import type { ChangeMemberRoleInput } from "./member-schemas";

export async function changeMemberRole(ctx: EntityContext, input: ChangeMemberRoleInput): Promise<{ changed: boolean }> {
  return withTenant(ctx, async (db) => {
    const member = await findMemberOrThrow(db, ctx.entityId, input.membershipId);
    if (member.role === input.role) return { changed: false };
    if (member.role === "ADMIN") await assertAnotherAdminRemains(db, ctx.entityId, member.id);
    await db.membership.update({ where: { id: member.id, entityId: ctx.entityId }, data: { role: input.role } });
    if (member.role === "RESPONSABLE") {
      await db.policyAssignment.deleteMany({ where: { membershipId: member.id, entityId: ctx.entityId } });
    }
    return { changed: true };
  });
}
