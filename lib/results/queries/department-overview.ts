// Every official result of a department for one vigencia with the IDI, the 7
// dimensions and the 19 policy scores: what a departmental advisor compares.
// One SQL statement; the (vigencia, department_code) index finds the rows and
// the policy scores' primary key (result_id, policy_code) their scores.
// Plan and timings: docs/query-plans/official-results-department.md.
import type { DbClient } from "@/lib/db/prisma";
import type { DimensionKey, PolicyCode } from "../official-layout";

export type DepartmentResultRow = {
  resultId: string;
  sigepCode: string;
  /** The platform entity, when it is one. */
  entityId: string | null;
  entityName: string;
  municipalityCode: string | null;
  municipalityName: string | null;
  peerGroup: string | null;
  meciOnly: boolean;
  idi: number | null;
  dimensions: Record<DimensionKey, number | null>;
  /** Every policy code of the file; null = does not apply. */
  policies: Partial<Record<PolicyCode, number | null>>;
};

type Row = {
  result_id: string;
  sigep_code: string;
  entity_id: string | null;
  entity_name: string;
  municipality_code: string | null;
  municipality_name: string | null;
  peer_group: string | null;
  meci_only: boolean;
  idi: number | null;
  dimensions: Record<DimensionKey, number | null>;
  policies: Partial<Record<PolicyCode, number | null>> | null;
};

export async function loadDepartmentOfficialResults(db: DbClient, departmentCode: string, vigencia: number): Promise<DepartmentResultRow[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT r.id AS result_id, r.sigep_code, r.entity_id, r.entity_name, r.municipality_code, r.municipality_name, r.peer_group, r.meci_only, r.idi,
      json_build_object('d1', r.d1, 'd2', r.d2, 'd3', r.d3, 'd4', r.d4, 'd5', r.d5, 'd6', r.d6, 'd7', r.d7) AS dimensions,
      (SELECT json_object_agg(s.policy_code, s.score) FROM "official_policy_scores" s WHERE s.result_id = r.id) AS policies
    FROM "official_entity_results" r
    WHERE r.vigencia = ${vigencia}::int AND r.department_code = ${departmentCode}
    ORDER BY r.entity_name, r.sigep_code`;
  return rows.map((r) => ({
    resultId: r.result_id,
    sigepCode: r.sigep_code,
    entityId: r.entity_id,
    entityName: r.entity_name,
    municipalityCode: r.municipality_code,
    municipalityName: r.municipality_name,
    peerGroup: r.peer_group,
    meciOnly: r.meci_only,
    idi: r.idi,
    dimensions: r.dimensions,
    policies: r.policies ?? {},
  }));
}

/** The vigencias with official results, newest first. */
export async function listOfficialVigencias(db: DbClient): Promise<number[]> {
  const rows = await db.resultsImport.findMany({
    where: { kind: "RESULTADOS", supersededAt: null },
    distinct: ["vigencia"],
    orderBy: { vigencia: "desc" },
    select: { vigencia: true },
  });
  return rows.map((r) => r.vigencia);
}
