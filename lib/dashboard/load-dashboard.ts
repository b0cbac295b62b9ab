// The dashboard of one entity for one vigencia: the sections of the registry,
// in order. Sections that share a source (the autodiagnósticos overview) read
// it once.
import { hasPermission, type EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { loadPolicyOverview, readPolicyOverview, type PolicyOverview } from "@/lib/self-assessments/load-policy-overview";
import { readDashboardVigencia } from "./dashboard-vigencia";
import { loadActionPlansSection } from "./sections/action-plans";
import { loadEvidenceReviewSection } from "./sections/evidence-review";
import { loadFuragReadinessSection } from "./sections/furag-readiness";
import { loadOfficialResultsSection } from "./sections/official-results";
import { loadOpenFindingsSection } from "./sections/open-findings";
import { summarizePolicyScores } from "./sections/policy-scores";
import { summarizeSelfAssessmentProgress } from "./sections/self-assessment-progress";
import type { Dashboard, DashboardSection } from "./types";

type SectionSources = { ctx: EntityContext; overview: PolicyOverview; vigencia: number; now: Date };

/**
 * THE ordered list of dashboard sections. A new section adds one line here, its summary type in ./types and its component in
 * components/dashboard. A loader returns null when it has nothing to show
 * (no official results imported): that section is left out.
 */
const SECTIONS: ((sources: SectionSources) => DashboardSection | null | Promise<DashboardSection | null>)[] = [
  ({ overview, vigencia }) => summarizePolicyScores(overview, vigencia),
  ({ overview, vigencia }) => summarizeSelfAssessmentProgress(overview, vigencia),
  // Every role that sees the dashboard may see these today; checked anyway, so a
  // narrower role later cannot read evidence or FURAG figures through it.
  ({ ctx, vigencia, now }) => (hasPermission(ctx, "plan.view") ? loadActionPlansSection(ctx, vigencia, now) : null),
  ({ ctx, vigencia, now }) => (hasPermission(ctx, "evidence.view") ? loadEvidenceReviewSection(ctx, vigencia, now) : null),
  ({ ctx, now }) => (hasPermission(ctx, "evidence.view") ? loadOpenFindingsSection(ctx, now) : null),
  ({ ctx, vigencia }) => (hasPermission(ctx, "furag.view") ? loadFuragReadinessSection(ctx, vigencia) : null),
  ({ ctx, vigencia }) => loadOfficialResultsSection(ctx, vigencia),
];

export async function loadDashboard(ctx: EntityContext, vigencia: number, now = new Date()): Promise<Dashboard> {
  return buildDashboard(ctx, vigencia, await loadPolicyOverview(ctx, vigencia), now);
}

/**
 * The tablero page: the vigencia asked for (or the default one) and the
 * autodiagnósticos overview in ONE transaction (each transaction costs the
 * server ~2 ms of CPU, measured on the bench dataset); the other sections
 * load in parallel after it.
 */
export async function loadDashboardForPage(ctx: EntityContext, requested: string | undefined, now = new Date()): Promise<Dashboard> {
  const { vigencia, overview } = await withTenant(ctx, async (db) => {
    const vigencia = await readDashboardVigencia(db, ctx.entityId, requested);
    return { vigencia, overview: await readPolicyOverview(db, ctx.entityId, vigencia) };
  });
  return buildDashboard(ctx, vigencia, overview, now);
}

async function buildDashboard(ctx: EntityContext, vigencia: number, overview: PolicyOverview, now: Date): Promise<Dashboard> {
  const sources = { ctx, overview, vigencia, now };
  const loaded = await Promise.all(SECTIONS.map((load) => load(sources)));
  const sections = loaded.filter((s): s is DashboardSection => s !== null);
  return { entityName: ctx.entity.name, vigencia, generatedAt: now.toISOString(), sections };
}

/** The section of a kind, typed; undefined when the dashboard has none. */
export function sectionOf<K extends DashboardSection["kind"]>(dashboard: Dashboard, kind: K): Extract<DashboardSection, { kind: K }> | undefined {
  return dashboard.sections.find((s): s is Extract<DashboardSection, { kind: K }> => s.kind === kind);
}
