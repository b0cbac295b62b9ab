// The dashboard of one entity for one vigencia: the sections of the registry,
// in order. Sections that share a source (the autodiagnósticos overview) read
// it once.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { loadPolicyOverview, readPolicyOverview, type PolicyOverview } from "@/lib/self-assessments/load-policy-overview";
import { readDashboardVigencia } from "./dashboard-vigencia";
import { summarizePolicyScores } from "./sections/policy-scores";
import { summarizeSelfAssessmentProgress } from "./sections/self-assessment-progress";
import type { Dashboard, DashboardSection } from "./types";

type SectionSources = { overview: PolicyOverview; vigencia: number };

/**
 * THE ordered list of dashboard sections. A new section (evidence, plans,
 * findings, FURAG readiness, official results) adds one line here, its
 * summary type in ./types and its component in components/dashboard.
 */
const SECTIONS: ((sources: SectionSources) => DashboardSection | Promise<DashboardSection>)[] = [
  ({ overview, vigencia }) => summarizePolicyScores(overview, vigencia),
  ({ overview, vigencia }) => summarizeSelfAssessmentProgress(overview, vigencia),
];

export async function loadDashboard(ctx: EntityContext, vigencia: number, now = new Date()): Promise<Dashboard> {
  return buildDashboard(ctx, vigencia, await loadPolicyOverview(ctx, vigencia), now);
}

/**
 * The tablero page: the vigencia asked for (or the default one) and its data
 * in ONE transaction. The page is the most opened by committees, and each
 * transaction costs the server ~2 ms of CPU (measured on the bench dataset).
 */
export async function loadDashboardForPage(ctx: EntityContext, requested: string | undefined, now = new Date()): Promise<Dashboard> {
  const { vigencia, overview } = await withTenant(ctx, async (db) => {
    const vigencia = await readDashboardVigencia(db, ctx.entityId, requested);
    return { vigencia, overview: await readPolicyOverview(db, ctx.entityId, vigencia) };
  });
  return buildDashboard(ctx, vigencia, overview, now);
}

async function buildDashboard(ctx: EntityContext, vigencia: number, overview: PolicyOverview, now: Date): Promise<Dashboard> {
  const sources = { overview, vigencia };
  const sections = await Promise.all(SECTIONS.map((load) => load(sources)));
  return { entityName: ctx.entity.name, vigencia, generatedAt: now.toISOString(), sections };
}

/** The section of a kind, typed; undefined when the dashboard has none. */
export function sectionOf<K extends DashboardSection["kind"]>(dashboard: Dashboard, kind: K): Extract<DashboardSection, { kind: K }> | undefined {
  return dashboard.sections.find((s): s is Extract<DashboardSection, { kind: K }> => s.kind === kind);
}
