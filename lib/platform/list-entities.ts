// The platform operator's list of every entity. Only registry facts and the
// member count: the operator sees no entity content unless also a member.
import { withSystem } from "@/lib/db/context";

export async function listEntities(operatorId: string) {
  const entities = await withSystem(operatorId, (db) =>
    db.entity.findMany({
      select: {
        id: true,
        name: true,
        nit: true,
        type: true,
        departmentCode: true,
        departmentName: true,
        municipalityName: true,
        _count: { select: { memberships: true } },
      },
      orderBy: [{ departmentName: "asc" }, { name: "asc" }],
    }),
  );
  return entities.map(({ _count, ...entity }) => ({ ...entity, memberCount: _count.memberships }));
}

export type EntityListRow = Awaited<ReturnType<typeof listEntities>>[number];
