// Every member id that comes from a browser is looked up here, inside the
// entity of the request: a membership of another entity is "not found",
// exactly like an id that does not exist. The entity filter is explicit
// because RLS also shows the acting person their own memberships elsewhere.
import type { DbClient } from "@/lib/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/errors/app-error";

export async function findMemberOrThrow(db: DbClient, entityId: string, membershipId: string) {
  const member = await db.membership.findFirst({
    where: { id: membershipId, entityId },
    select: {
      id: true,
      role: true,
      userId: true,
      user: { select: { name: true, email: true, passwordHash: true } },
    },
  });
  if (!member) throw new NotFoundError("No encontramos a esa persona entre los miembros de la entidad.");
  const { passwordHash, ...user } = member.user;
  return { ...member, user: { ...user, hasPassword: passwordHash !== null } };
}

/**
 * An entity always keeps an administrator. The admin rows are locked first,
 * so two admins demoting each other at the same moment cannot both succeed.
 */
export async function assertAnotherAdminRemains(db: DbClient, entityId: string, membershipId: string): Promise<void> {
  const admins = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM memberships WHERE entity_id = ${entityId}::uuid AND role = 'ADMIN' FOR UPDATE`;
  if (!admins.some((admin) => admin.id !== membershipId)) {
    throw new ConflictError(
      "La entidad debe conservar al menos un administrador. Dé primero el rol de administrador a otra persona.",
    );
  }
}
