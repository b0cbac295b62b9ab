// POL01..POL19 with a name, for the policy pickers and filters (the newest
// catalog version's names; codes are the same in every version).
import type { DbClient } from "@/lib/db/prisma";

export async function listPolicyNames(db: DbClient): Promise<{ code: string; name: string }[]> {
  const rows = await db.catalogPolicy.findMany({
    orderBy: [{ code: "asc" }, { version: { createdAt: "desc" } }],
    distinct: ["code"],
    select: { code: true, name: true },
  });
  return rows;
}
