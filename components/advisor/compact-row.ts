// A departmental row as the browser's heat map needs it (see
// department-score-table.tsx): a fifth of the size of the full row.
import type { DepartmentRow, PolicyName } from "@/lib/advisor/department-table-types";
import { formatScore } from "@/lib/scoring";
import type { CompactRow } from "./department-score-table";

export function compactRow(row: DepartmentRow, policies: PolicyName[]): CompactRow {
  return {
    sigepCode: row.sigepCode,
    entityName: row.entityName,
    note: `${row.entityId ? "En Faro" : "No usa Faro"}${row.meciOnly ? " · solo MECI" : ""}`,
    idi: row.idi,
    scores: policies.map((p) => row.scores[p.code] ?? null),
    lowest: row.lowest && !row.meciOnly ? `${row.lowest.policyCodes.join(", ")} · ${formatScore(row.lowest.score, 1)}` : "—",
  };
}
