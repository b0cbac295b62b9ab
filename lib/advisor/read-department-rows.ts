// Queries of the departmental table, usable in any unit of work (the
// advisor's, or the demo seed's system scope): official FURAG rows of one
// department and vigencia, the vigencias available, and the policy names.
import type { DbClient } from "@/lib/db/prisma";
import { POLICY_CODES, type DepartmentRow, type PolicyName } from "./department-table-types";
import { lowestPolicies } from "./lowest-policy";

/** POL01..POL19 names from the current manual (catalog version B). */
export async function readPolicyNames(db: DbClient): Promise<PolicyName[]> {
  const policies = await db.catalogPolicy.findMany({
    where: { version: { code: "B" }, code: { in: POLICY_CODES } },
    select: { code: true, name: true },
    orderBy: { code: "asc" },
  });
  const names = new Map(policies.map((p) => [p.code, p.name]));
  return POLICY_CODES.map((code) => ({ code, name: names.get(code) ?? code }));
}

export async function readDepartmentVigencias(db: DbClient, departmentCode: string): Promise<number[]> {
  const rows = await db.officialEntityResult.findMany({
    where: { departmentCode },
    distinct: ["vigencia"],
    select: { vigencia: true },
    orderBy: { vigencia: "desc" },
  });
  return rows.map((r) => r.vigencia);
}

export async function readDepartmentRows(db: DbClient, departmentCode: string, vigencia: number): Promise<DepartmentRow[]> {
  const [results, platformEntities] = await Promise.all([
    db.officialEntityResult.findMany({
      where: { departmentCode, vigencia },
      select: {
        sigepCode: true,
        entityName: true,
        municipalityName: true,
        entityId: true,
        meciOnly: true,
        idi: true,
        policyScores: { select: { policyCode: true, score: true } },
      },
    }),
    // Entities that joined after the import are matched by código SIGEP.
    db.entity.findMany({ where: { departmentCode }, select: { id: true, sigepCode: true } }),
  ]);
  const bySigep = new Map(platformEntities.map((e) => [e.sigepCode, e.id]));
  // Spanish order ("de Abejorral" before "Reservada"), which the database's collation may not give.
  results.sort((a, b) => a.entityName.localeCompare(b.entityName, "es"));
  return results.map((r) => {
    const scores: Record<string, number | null> = Object.fromEntries(POLICY_CODES.map((code) => [code, null]));
    for (const s of r.policyScores) if (s.policyCode in scores) scores[s.policyCode] = s.score;
    return {
      sigepCode: r.sigepCode,
      entityName: r.entityName,
      municipalityName: r.municipalityName,
      entityId: r.entityId ?? bySigep.get(r.sigepCode) ?? null,
      meciOnly: r.meciOnly,
      idi: r.idi,
      scores,
      lowest: lowestPolicies(scores),
    };
  });
}
