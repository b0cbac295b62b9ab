// Seed 004, Tabla 4: each municipality is classified by the policy with its
// lowest official score. A tie puts the entity in every tied group: the
// advisor would rather invite it twice than miss it. Policies that do not
// apply (blank) are ignored; MECI-only rows report just POL19, so they are
// left out of the grouping instead of all landing on control interno.
import { POLICY_CODES, type DepartmentRow } from "./department-table-types";

/** Lowest-scoring applicable policies of one row, or null if none applies. */
export function lowestPolicies(scores: Record<string, number | null>): { policyCodes: string[]; score: number } | null {
  let min: number | null = null;
  let codes: string[] = [];
  for (const code of POLICY_CODES) {
    const score = scores[code];
    if (score === null || score === undefined) continue;
    if (min === null || score < min) {
      min = score;
      codes = [code];
    } else if (score === min) {
      codes.push(code);
    }
  }
  return min === null ? null : { policyCodes: codes, score: min };
}

export type PolicyGroup = {
  policyCode: string;
  entities: { sigepCode: string; entityName: string; entityId: string | null; score: number; tied: boolean }[];
};

/** Groups in policy order; inside a group, weakest entity first. Empty groups are omitted. */
export function groupByLowestPolicy(rows: readonly DepartmentRow[]): PolicyGroup[] {
  const groups = new Map<string, PolicyGroup>();
  for (const row of rows) {
    if (row.meciOnly || !row.lowest) continue;
    for (const policyCode of row.lowest.policyCodes) {
      const group = groups.get(policyCode) ?? { policyCode, entities: [] };
      group.entities.push({
        sigepCode: row.sigepCode,
        entityName: row.entityName,
        entityId: row.entityId,
        score: row.lowest.score,
        tied: row.lowest.policyCodes.length > 1,
      });
      groups.set(policyCode, group);
    }
  }
  for (const group of groups.values()) {
    group.entities.sort((a, b) => a.score - b.score || a.entityName.localeCompare(b.entityName, "es"));
  }
  return POLICY_CODES.flatMap((code) => groups.get(code) ?? []);
}
