// The policies a RESPONSABLE answers for. The form sends the whole set of
// checked boxes; only the differences are written, so the audit trail shows
// exactly which policies were assigned or taken away.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { ConflictError } from "@/lib/errors/app-error";
import { findMemberOrThrow } from "./find-member";
import type { SetMemberPoliciesInput } from "./member-schemas";

export async function setMemberPolicies(ctx: EntityContext, input: SetMemberPoliciesInput): Promise<{ policyCodes: string[] }> {
  return withTenant(ctx, async (db) => {
    const member = await findMemberOrThrow(db, ctx.entityId, input.membershipId);
    if (member.role !== "RESPONSABLE") {
      throw new ConflictError("Solo se asignan políticas a un responsable de política. Cambie primero su rol.");
    }
    const current = await db.policyAssignment.findMany({
      where: { membershipId: member.id, entityId: ctx.entityId },
      select: { policyCode: true },
    });
    const before = new Set(current.map((a) => a.policyCode));
    const wanted = new Set<string>(input.policyCodes);
    const removed = [...before].filter((code) => !wanted.has(code));
    const added = [...wanted].filter((code) => !before.has(code));
    if (removed.length > 0) {
      await db.policyAssignment.deleteMany({ where: { membershipId: member.id, entityId: ctx.entityId, policyCode: { in: removed } } });
    }
    if (added.length > 0) {
      await db.policyAssignment.createMany({
        data: added.map((policyCode) => ({ entityId: ctx.entityId, membershipId: member.id, policyCode })),
      });
    }
    return { policyCodes: [...wanted].sort() };
  });
}
