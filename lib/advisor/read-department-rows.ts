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
  const rows = await db.$queryRaw<{ vigencia: number }[]>`
    SELECT DISTINCT vigencia FROM official_entity_results WHERE department_code = ${departmentCode} ORDER BY vigencia DESC`;
  return rows.map((r) => r.vigencia);
}

type RawRow = {
  sigep_code: string;
  entity_name: string;
  municipality_name: string | null;
  entity_id: string | null;
  meci_only: boolean;
  idi: number | null;
  scores: Record<string, number | null> | null;
};

/**
 * One round trip: each result with its policy scores as one JSON object, and
 * the platform entity matched by código SIGEP when the row predates it (the
 * entities' row-level security shows the advisor only their departments).
 * 125 rows instead of 125 + 2,375 objects: the page's main cost under load.
 */
export async function readDepartmentRows(db: DbClient, departmentCode: string, vigencia: number): Promise<DepartmentRow[]> {
  const results = await db.$queryRaw<RawRow[]>`
    SELECT r.sigep_code, r.entity_name, r.municipality_name, coalesce(r.entity_id, e.id)::text AS entity_id, r.meci_only, r.idi,
           (SELECT json_object_agg(s.policy_code, s.score) FROM official_policy_scores s WHERE s.result_id = r.id) AS scores
    FROM official_entity_results r
    LEFT JOIN entities e ON e.sigep_code = r.sigep_code AND e.department_code = r.department_code
    WHERE r.department_code = ${departmentCode} AND r.vigencia = ${vigencia}`;
  // Spanish order ("de Abejorral" before "Reservada"), which the database's collation may not give.
  results.sort((a, b) => a.entity_name.localeCompare(b.entity_name, "es"));
  return results.map((r) => {
    const scores: Record<string, number | null> = Object.fromEntries(POLICY_CODES.map((code) => [code, r.scores?.[code] ?? null]));
    return {
      sigepCode: r.sigep_code,
      entityName: r.entity_name,
      municipalityName: r.municipality_name,
      entityId: r.entity_id,
      meciOnly: r.meci_only,
      idi: r.idi,
      scores,
      lowest: lowestPolicies(scores),
    };
  });
}
