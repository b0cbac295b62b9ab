// The member list of one entity: who, with which role and policies, when they
// last signed in, and whether they still have to accept their invitation.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withSystem, withTenant } from "@/lib/db/context";
import type { MemberRole } from "@/lib/generated/prisma/enums";

export type MemberAccess =
  | { state: "active" }
  /** Invited, no password yet; the link works until `expiresAt`. */
  | { state: "invited"; expiresAt: Date }
  /** No password and no working link: the invitation must be renewed. */
  | { state: "invitation-expired" }
  | { state: "deactivated" };

export type MemberRow = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  policyCodes: string[];
  lastLoginAt: Date | null;
  access: MemberAccess;
};

export async function listMembers(ctx: EntityContext, now = new Date()): Promise<MemberRow[]> {
  const memberships = await withTenant(ctx, (db) =>
    db.membership.findMany({
      where: { entityId: ctx.entityId },
      select: {
        id: true,
        role: true,
        user: { select: { id: true, name: true, email: true, lastLoginAt: true, isActive: true, passwordHash: true } },
        policyAssignments: { select: { policyCode: true }, orderBy: { policyCode: "asc" } },
      },
      orderBy: [{ user: { name: "asc" } }],
    }),
  );
  const pendingIds = memberships.filter((m) => m.user.passwordHash === null).map((m) => m.user.id);
  // Tokens are system-only; the ids come from this entity's own member list.
  const openLinks = pendingIds.length
    ? await withSystem(ctx.userId, (db) =>
        db.authToken.findMany({
          where: { userId: { in: pendingIds }, purpose: "INVITATION", usedAt: null, expiresAt: { gt: now } },
          select: { userId: true, expiresAt: true },
        }),
      )
    : [];
  const linkExpiry = new Map(openLinks.map((t) => [t.userId, t.expiresAt]));

  return memberships.map(({ id, role, user, policyAssignments }) => {
    const expiresAt = linkExpiry.get(user.id);
    const access: MemberAccess = !user.isActive
      ? { state: "deactivated" }
      : user.passwordHash !== null
        ? { state: "active" }
        : expiresAt
          ? { state: "invited", expiresAt }
          : { state: "invitation-expired" };
    return {
      membershipId: id,
      userId: user.id,
      name: user.name,
      email: user.email,
      role,
      policyCodes: policyAssignments.map((a) => a.policyCode),
      lastLoginAt: user.lastLoginAt,
      access,
    };
  });
}
