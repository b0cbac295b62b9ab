// The entity's members, for "responsable" pickers (evidence owner, who must
// answer a finding).
import type { DbClient } from "@/lib/db/prisma";

export async function listEntityPeople(db: DbClient, entityId: string) {
  const members = await db.membership.findMany({
    where: { entityId, user: { isActive: true } },
    select: { role: true, user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return members.map((m) => ({ id: m.user.id, name: m.user.name, role: m.role }));
}

export type Person = Awaited<ReturnType<typeof listEntityPeople>>[number];
