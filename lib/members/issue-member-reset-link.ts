// An admin helps a member who forgot their password: a one-time reset link,
// shown to the admin (and e-mailed when SMTP is configured). Someone without
// a password yet needs their invitation renewed instead.
import type { EntityContext } from "@/lib/authz/entity-context";
import { issuePasswordResetLink } from "@/lib/auth/password-reset";
import { withTenant } from "@/lib/db/context";
import { getPrisma } from "@/lib/db/prisma";
import { ConflictError } from "@/lib/errors/app-error";
import { findMemberOrThrow } from "./find-member";
import type { MemberRefInput } from "./member-schemas";

export async function issueMemberResetLink(
  ctx: EntityContext,
  input: MemberRefInput,
): Promise<{ name: string; url: string; expiresAt: Date; emailed: boolean }> {
  const member = await withTenant(ctx, (db) => findMemberOrThrow(db, ctx.entityId, input.membershipId));
  if (!member.user.hasPassword) {
    throw new ConflictError(`${member.user.name} todavía no ha creado su contraseña: renueve su invitación.`);
  }
  // The member was checked against this entity above; issuePasswordResetLink
  // opens its own system-scope transaction (tokens are system-only) on the client given.
  const link = await issuePasswordResetLink(getPrisma(), { userId: member.userId, createdById: ctx.userId });
  return { ...link, name: member.user.name };
}
