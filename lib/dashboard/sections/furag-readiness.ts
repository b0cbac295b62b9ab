// How ready the entity is to fill the official FURAG form for the vigencia:
// the readiness page's own numbers (loadFuragItems + computeReadiness), so
// the dashboard and that page never disagree, and the weakest modules.
import type { EntityContext } from "@/lib/authz/entity-context";
import { loadFuragItems, loadQuestionnaireVigencias } from "@/lib/furag/workspace/load-furag-items";
import { computeReadiness, readinessPercents, type ReadinessCounts } from "@/lib/furag/workspace/readiness";
import type { FuragReadinessSection, ModuleReadiness } from "../types";

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

export async function loadFuragReadinessSection(ctx: EntityContext, vigencia: number): Promise<FuragReadinessSection> {
  if (!(await loadQuestionnaireVigencias(ctx)).includes(vigencia)) return section(vigencia, EMPTY_COUNTS, [], false);
  const { items, moduleTopics } = await loadFuragItems(ctx, vigencia);
  const readiness = computeReadiness(items);
  const modules = [...readiness.byModule].map(([prefix, counts]) => ({
    prefix,
    topic: moduleTopics.get(prefix) ?? "",
    total: counts.total,
    answered: counts.answered,
    percents: readinessPercents(counts),
  }));
  return section(vigencia, readiness.overall, modules, true);
}
