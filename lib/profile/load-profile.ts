// What /perfil shows: the signed-in person and the entities they belong to.
import { withUser } from "@/lib/db/context";
import type { Db } from "@/lib/db/prisma";

export async function loadProfile(userId: string, client?: Db) {
  const user = await withUser(
    userId,
    (db) =>
      db.user.findUnique({
        where: { id: userId },
        select: {
          name: true,
          email: true,
          isSuperadmin: true,
          lastLoginAt: true,
          passwordHash: true,
          memberships: {
            select: { role: true, entity: { select: { id: true, name: true } } },
            orderBy: { entity: { name: "asc" } },
          },
          advisorTerritories: { select: { departmentCode: true }, orderBy: { departmentCode: "asc" } },
        },
      }),
    client,
  );
  if (!user) return null;
  const { passwordHash, ...rest } = user;
  // Only whether there is one: the hash itself never leaves the server.
  return { ...rest, hasPassword: Boolean(passwordHash) };
}

export type Profile = NonNullable<Awaited<ReturnType<typeof loadProfile>>>;
