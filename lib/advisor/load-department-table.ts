// The advisor's departmental table (seed 004, Tabla 3): official FURAG scores
// of every entity of the department for one vigencia, with the lowest policy
// of each. Official rows also exist for entities that do not use Faro; they
// are listed too (the department advises them all), marked as not on the
// platform. Three indexed queries, so the page stays fast for 125 entities.
import { withAdvisor, type AdvisorContext } from "@/lib/authz/advisor-context";
import type { DepartmentRow, PolicyName } from "./department-table-types";
import { readDepartmentRows, readDepartmentVigencias, readPolicyNames } from "./read-department-rows";

export type DepartmentTable = {
  /** Vigencias with official results for the department, newest first. */
  vigencias: number[];
  /** The vigencia shown; null when the department has no official results yet. */
  vigencia: number | null;
  rows: DepartmentRow[];
  policies: PolicyName[];
};

/** The table for `requested` (or the newest vigencia with results). */
export async function loadDepartmentTable(ctx: AdvisorContext, requested?: number): Promise<DepartmentTable> {
  return withAdvisor(ctx, async (db) => {
    const vigencias = await readDepartmentVigencias(db, ctx.departmentCode);
    const policies = await readPolicyNames(db);
    const vigencia = requested !== undefined && vigencias.includes(requested) ? requested : (vigencias[0] ?? null);
    const rows = vigencia === null ? [] : await readDepartmentRows(db, ctx.departmentCode, vigencia);
    return { vigencias, vigencia, rows, policies };
  });
}
