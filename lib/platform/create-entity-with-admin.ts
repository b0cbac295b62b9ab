// The platform operator registers an entity together with its first
// administrator, in one transaction: an entity nobody can administer never
// exists. The operator works in system scope (no tenant yet); the audit
// trail records them as the actor of every row written here.
import { withSystem } from "@/lib/db/context";
import { AppError } from "@/lib/errors/app-error";
import { findOrCreatePerson } from "@/lib/invitations/find-or-create-person";
import { issueInvitationLink, mailInvitation, type SentInvitation } from "@/lib/invitations/issue-invitation";
import type { CreateEntityInput } from "./platform-schemas";

export type CreatedEntity = {
  entity: { id: string; name: string };
  admin: { name: string; email: string; existingAccount: boolean };
  /** Null when the admin already has a password and can sign in now. */
  invitation: SentInvitation | null;
};

function duplicate(field: "nit" | "sigepCode", message: string) {
  return new AppError(409, message, { [field]: [message] });
}

export async function createEntityWithAdmin(operatorId: string, input: CreateEntityInput, now = new Date()): Promise<CreatedEntity> {
  const { adminEmail, adminName, ...entityData } = input;
  const created = await withSystem(operatorId, async (db) => {
    const existing = await db.entity.findFirst({
      where: { OR: [{ nit: input.nit }, { sigepCode: input.sigepCode }] },
      select: { name: true, nit: true },
    });
    if (existing?.nit === input.nit) throw duplicate("nit", `Ya existe una entidad con el NIT ${input.nit}: ${existing.name}.`);
    if (existing) throw duplicate("sigepCode", `Ya existe una entidad con el código SIGEP ${input.sigepCode}: ${existing.name}.`);

    const entity = await db.entity.create({ data: entityData, select: { id: true, name: true } });
    const person = await findOrCreatePerson(db, { email: adminEmail, name: adminName });
    await db.membership.create({ data: { entityId: entity.id, userId: person.id, role: "ADMIN" } });
    const link = person.hasPassword
      ? null
      : await issueInvitationLink(db, { userId: person.id, entityId: entity.id, createdById: operatorId }, now);
    return { entity, person, link };
  });

  const { entity, person, link } = created;
  return {
    entity,
    admin: { name: person.name, email: person.email, existingAccount: !person.isNew },
    invitation: link ? { ...link, emailed: await mailInvitation(link, person, entity.name) } : null,
  };
}
