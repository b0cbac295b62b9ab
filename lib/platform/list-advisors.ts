// Departmental advisors and the departments they follow, for the operator.
import { withSystem } from "@/lib/db/context";
import { departmentName } from "./dane-departments";

export async function listAdvisors(operatorId: string) {
  const rows = await withSystem(operatorId, (db) =>
    db.advisorTerritory.findMany({
      select: { id: true, departmentCode: true, user: { select: { name: true, email: true, passwordHash: true } } },
      orderBy: [{ departmentCode: "asc" }, { user: { name: "asc" } }],
    }),
  );
  return rows.map(({ id, departmentCode, user }) => ({
    id,
    departmentCode,
    departmentName: departmentName(departmentCode) ?? departmentCode,
    name: user.name,
    email: user.email,
    hasPassword: user.passwordHash !== null,
  }));
}

export type AdvisorListRow = Awaited<ReturnType<typeof listAdvisors>>[number];
