// The advisors of a department, for assigning a request. People's rows are
// private; a database function returns just id and name, and only to a
// caller who advises that department (see the advisory migration).
import type { DbClient } from "@/lib/db/prisma";

export async function listDepartmentAdvisors(db: DbClient, departmentCode: string): Promise<{ id: string; name: string }[]> {
  const rows = await db.$queryRaw<{ user_id: string; name: string }[]>`SELECT user_id, name FROM faro_department_advisors(${departmentCode})`;
  return rows.map((r) => ({ id: r.user_id, name: r.name }));
}
