// A lowest-policy group as the browser needs it (see lowest-policy-groups.tsx):
// per entity only its código SIGEP, name and score text. Server-rendering the
// 600+ entities of a department as links put ~425 KB of HTML and RSC payload
// in the workspace (most of the page) and most of its server CPU time.
import type { PolicyGroup } from "@/lib/advisor/lowest-policy";
import type { PolicyName } from "@/lib/advisor/department-table-types";
import { formatScore } from "@/lib/scoring";

/** [código SIGEP, entity name, "42,1" or "42,1 (empate)"] */
export type CompactGroupEntity = [string, string, string];
export type CompactGroup = { policyCode: string; policyName: string; entities: CompactGroupEntity[] };

export function compactGroups(groups: PolicyGroup[], policies: PolicyName[]): CompactGroup[] {
  const names = new Map(policies.map((p) => [p.code, p.name]));
  return groups.map((group) => ({
    policyCode: group.policyCode,
    policyName: names.get(group.policyCode) ?? group.policyCode,
    entities: group.entities.map((e) => [e.sigepCode, e.entityName, `${formatScore(e.score, 1)}${e.tied ? " (empate)" : ""}`]),
  }));
}
