// Sorting of the departmental table by any column. Blank scores (does not
// apply, or no result) always go last, whichever the direction: the advisor
// looks for the weakest or strongest entities, never for the blanks.
import { POLICY_CODES, type DepartmentRow } from "./department-table-types";

export const SORT_KEYS = ["entidad", "idi", "menor", ...POLICY_CODES] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

export function parseSort(key: string | undefined, dir: string | undefined): { key: SortKey; dir: SortDirection } {
  const known = (SORT_KEYS as readonly string[]).includes(key ?? "") ? (key as SortKey) : "entidad";
  return { key: known, dir: dir === "desc" ? "desc" : "asc" };
}

function valueOf(row: DepartmentRow, key: SortKey): string | number | null {
  if (key === "entidad") return row.entityName;
  if (key === "idi") return row.idi;
  if (key === "menor") return row.lowest?.score ?? null;
  return row.scores[key] ?? null;
}

export function sortRows(rows: readonly DepartmentRow[], key: SortKey, dir: SortDirection): DepartmentRow[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = valueOf(a, key);
    const vb = valueOf(b, key);
    if (va === null && vb === null) return a.entityName.localeCompare(b.entityName, "es");
    if (va === null) return 1;
    if (vb === null) return -1;
    const order = typeof va === "string" ? va.localeCompare(String(vb), "es") : va - (vb as number);
    return sign * order || a.entityName.localeCompare(b.entityName, "es");
  });
}
