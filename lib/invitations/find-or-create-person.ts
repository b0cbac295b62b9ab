// People are global (one account, several entities), so the row is looked up
// and created by e-mail in system scope: an entity's admin cannot see people
// of other entities, yet inviting one of them must reuse their account.
import type { DbClient } from "@/lib/db/prisma";
import { ConflictError } from "@/lib/errors/app-error";

export type Person = { id: string; email: string; name: string; hasPassword: boolean; isNew: boolean };

/**
 * The account for `email`, created with `name` if none exists; an existing
 * name is kept. A deactivated account is refused: adding it somewhere would
 * look like access it does not have.
 */
export async function findOrCreatePerson(db: DbClient, input: { email: string; name: string }): Promise<Person> {
  const select = { id: true, email: true, name: true, passwordHash: true, isActive: true } as const;
  const existing = await db.user.findUnique({ where: { email: input.email }, select });
  if (existing && !existing.isActive) {
    throw new ConflictError(`La cuenta de ${input.email} está desactivada en Faro. Pida al operador de la plataforma que la reactive.`);
  }
  const user = existing ?? (await db.user.create({ data: { email: input.email, name: input.name }, select }));
  return { id: user.id, email: user.email, name: user.name, hasPassword: user.passwordHash !== null, isNew: !existing };
}
