// THE place that decides who may act in an entity. Pages, server actions and
// route handlers all build their context here from the session and the
// entity id in the URL or input; a person who is not a member gets "not
// found", exactly as for an id that does not exist.
import { z } from "zod";
import { sql, withTenantSql } from "@/lib/db/sql";
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
  // the query itself only finds this person's own membership there. Every
  // entity request starts here, so it is ONE statement (Prisma's nested
  // select would send four; see docs/query-plans/save-score-membership.md),
  // straight to the driver (lib/db/sql.ts).
  const membership = await withTenantSql({ userId, entityId }, (tx) =>
    tx.first<MembershipRow>(sql`
      SELECT m.role::text AS role, e.id, e.name, e.department_name AS "departmentName", e.municipality_name AS "municipalityName",
             u.is_active AS "isActive",
             array(SELECT pa.policy_code::text FROM policy_assignments pa WHERE pa.membership_id = m.id ORDER BY pa.policy_code) AS "policyCodes"
      FROM memberships m JOIN entities e ON e.id = m.entity_id JOIN users u ON u.id = m.user_id
      WHERE m.entity_id = ${entityId}::uuid AND m.user_id = ${userId}::uuid`),
  );
  if (!membership || !membership.isActive) throw new NotFoundError();
  return {
    userId,
    entityId,
    role: membership.role,
    entity: { id: membership.id, name: membership.name, departmentName: membership.departmentName, municipalityName: membership.municipalityName },
    assignedPolicyCodes: membership.policyCodes,
  };
}

type MembershipRow = {
  role: MemberRole;
  id: string;
  name: string;
  departmentName: string;
  municipalityName: string | null;
  isActive: boolean;
  policyCodes: string[];
};

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
