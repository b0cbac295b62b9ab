// An entity's admin adds a person by e-mail. A new person gets an account
// and a one-time link to create their password; someone who already has an
// account (say, a member of another entity) only gets the membership, and a
// link only if they never created a password.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withSystem, withTenant } from "@/lib/db/context";
import { ConflictError } from "@/lib/errors/app-error";
import { findOrCreatePerson } from "@/lib/invitations/find-or-create-person";
import { sendInvitation, type SentInvitation } from "@/lib/invitations/issue-invitation";
import type { InviteMemberInput } from "./member-schemas";

export type InviteMemberResult = {
  name: string;
  email: string;
  /** True when the account already existed (its name is kept as it was). */
  existingAccount: boolean;
  /** Null when the person already has a password and can sign in now. */
  invitation: SentInvitation | null;
};

function alreadyMember(email: string) {
  return new ConflictError(`${email} ya es miembro de esta entidad. Cambie su rol en la lista de miembros.`);
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

export async function inviteMember(ctx: EntityContext, input: InviteMemberInput, now = new Date()): Promise<InviteMemberResult> {
  // Checked in the tenant first, so a duplicate creates no account either.
  const duplicate = await withTenant(ctx, (db) =>
    db.membership.findFirst({ where: { entityId: ctx.entityId, user: { email: input.email } }, select: { id: true } }),
  );
  if (duplicate) throw alreadyMember(input.email);

  const person = await withSystem(ctx.userId, (db) => findOrCreatePerson(db, { email: input.email, name: input.name }));

  try {
    // In the tenant: row-level security and the audit trail apply.
    await withTenant(ctx, async (db) => {
      const membership = await db.membership.create({ data: { entityId: ctx.entityId, userId: person.id, role: input.role } });
      if (input.policyCodes.length > 0) {
        await db.policyAssignment.createMany({
          data: input.policyCodes.map((policyCode) => ({ entityId: ctx.entityId, membershipId: membership.id, policyCode })),
        });
      }
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyMember(input.email); // added by someone else meanwhile
    throw error;
  }

  const invitation = person.hasPassword
    ? null
    : await sendInvitation(
        { userId: person.id, entityId: ctx.entityId, createdById: ctx.userId, person, placeName: ctx.entity.name },
        now,
      );
  return { name: person.name, email: person.email, existingAccount: !person.isNew, invitation };
}
