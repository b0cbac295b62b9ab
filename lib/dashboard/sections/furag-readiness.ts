// How ready the entity is to fill the official FURAG form for the vigencia,
// and the weakest modules. The readiness page's own rules — the evidence
// rules (evidenceStatus, indexOptionEvidence) and the counts
// (computeReadiness) — over items read in the dashboard's transaction
// (./furag-readiness-items.ts restates loadFuragItems' selection in SQL;
// tests/integration/dashboard-sql-equals-pages.test.ts proves both agree).
import type { EntityContext } from "@/lib/authz/entity-context";
import type { SqlTx } from "@/lib/db/sql";
import { computeReadiness, readinessPercents, type ReadinessCounts } from "@/lib/furag/workspace/readiness";
import type { FuragReadinessSection, ModuleReadiness } from "../types";
import { readFuragReadinessItems } from "./furag-readiness-items";

/** How many modules the section names as the weakest. */
export const WEAKEST_SHOWN = 5;

const EMPTY_COUNTS: ReadinessCounts = { total: 0, answered: 0, evidenceRequired: 0, evidenceSupported: 0, reviewed: 0, withObservations: 0 };

/** Lowest share answered first; among equals, lowest share reviewed; then by prefix (stable). */
export function weakestModules(modules: ModuleReadiness[], count = WEAKEST_SHOWN): ModuleReadiness[] {
  return [...modules]
    .sort((a, b) => a.percents.answered - b.percents.answered || a.percents.reviewed - b.percents.reviewed || a.prefix.localeCompare(b.prefix))
    .slice(0, count);
}

function section(vigencia: number, overall: ReadinessCounts, modules: ModuleReadiness[], hasQuestionnaire: boolean): FuragReadinessSection {
  return {
    kind: "furag-readiness",
    vigencia,
    hasQuestionnaire,
    ...overall,
    percents: readinessPercents(overall),
    moduleCount: modules.length,
    modulesWithoutAnswers: modules.filter((m) => m.answered === 0).length,
    weakestModules: weakestModules(modules),
  };
}

export async function readFuragReadinessSection(tx: SqlTx, ctx: EntityContext, vigencia: number, now = new Date()): Promise<FuragReadinessSection> {
  const workspace = await readFuragReadinessItems(tx, ctx.entityId, vigencia, now);
  if (!workspace) return section(vigencia, EMPTY_COUNTS, [], false);
  const readiness = computeReadiness(workspace.items);
  const modules = [...readiness.byModule].map(([prefix, counts]) => ({
    prefix,
    topic: workspace.moduleTopics.get(prefix) ?? "",
    total: counts.total,
    answered: counts.answered,
    percents: readinessPercents(counts),
  }));
  return section(vigencia, readiness.overall, modules, true);
}
