// A new invitation link for a member who has not created a password yet
// (the old link expired, got lost, or went to a mistyped address). Issuing it
// cancels the earlier unused links of that person.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { ConflictError } from "@/lib/errors/app-error";
import { sendInvitation, type SentInvitation } from "@/lib/invitations/issue-invitation";
import { findMemberOrThrow } from "./find-member";
import type { MemberRefInput } from "./member-schemas";

export async function renewInvitation(ctx: EntityContext, input: MemberRefInput, now = new Date()): Promise<SentInvitation & { name: string }> {
  const member = await withTenant(ctx, (db) => findMemberOrThrow(db, ctx.entityId, input.membershipId));
  if (member.user.hasPassword) {
    throw new ConflictError(
      `${member.user.name} ya creó su contraseña y puede iniciar sesión. Si la olvidó, genere un enlace para restablecerla.`,
    );
  }
  const sent = await sendInvitation(
    { userId: member.userId, entityId: ctx.entityId, createdById: ctx.userId, person: member.user, placeName: ctx.entity.name },
    now,
  );
  return { ...sent, name: member.user.name };
}
