// THE place that decides who may act in an entity. Pages, server actions and
// route handlers all build their context here from the session and the
// entity id in the URL or input; a person who is not a member gets "not
// found", exactly as for an id that does not exist.
import { z } from "zod";
import { withTenant } from "@/lib/db/context";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { ForbiddenError, NotFoundError } from "@/lib/errors/app-error";
import { can, POLICY_SCOPED_ACTIONS, type Action } from "./permissions";

export type EntityContext = {
  userId: string;
  entityId: string;
  role: MemberRole;
  entity: { id: string; name: string; departmentName: string; municipalityName: string | null };
  /** POL codes a RESPONSABLE answers for; empty for other roles. */
  assignedPolicyCodes: string[];
};

const ZUuid = z.uuid();

/** The membership of `userId` in `entityId`, or NotFoundError. */
export async function loadEntityContext(userId: string, entityId: string): Promise<EntityContext> {
  if (!ZUuid.safeParse(entityId).success) throw new NotFoundError();
  // Scoped to the requested entity so its policy assignments are visible;
  // the query itself only finds this person's own membership there.
  const membership = await withTenant({ userId, entityId }, (db) =>
    db.membership.findUnique({
      where: { entityId_userId: { entityId, userId } },
      select: {
        role: true,
        entity: { select: { id: true, name: true, departmentName: true, municipalityName: true } },
        policyAssignments: { select: { policyCode: true }, orderBy: { policyCode: "asc" } },
        user: { select: { isActive: true } },
      },
    }),
  );
  if (!membership || !membership.user.isActive) throw new NotFoundError();
  return {
    userId,
    entityId,
    role: membership.role,
    entity: membership.entity,
    assignedPolicyCodes: membership.policyAssignments.map((a) => a.policyCode),
  };
}

/** Whether the context's role allows the action (on that policy, for RESPONSABLE). */
export function hasPermission(ctx: EntityContext, action: Action, policyCode?: string): boolean {
  if (!can(ctx.role, action)) return false;
  if (ctx.role === "RESPONSABLE" && POLICY_SCOPED_ACTIONS.has(action)) {
    return policyCode !== undefined && ctx.assignedPolicyCodes.includes(policyCode);
  }
  return true;
}

/**
 * The role allows the action on at least some policy. Entry points check this
 * first; the policy-level check follows once the policy is known.
 */
export function requireRolePermission(ctx: EntityContext, action: Action): void {
  if (!can(ctx.role, action)) throw new ForbiddenError();
}

export function requirePermission(ctx: EntityContext, action: Action, policyCode?: string): void {
  if (!hasPermission(ctx, action, policyCode)) throw new ForbiddenError();
}
