// The dashboard of one entity for one vigencia: the sections of the registry,
// in order, all read in ONE transaction straight to the driver
// (lib/db/sql.ts), one statement after another. Issue #9: through Prisma the
// page cost ~35 ms of Node CPU in ~57 queries and ~8 transactions; a
// statement through the driver costs ~0.15 ms. Sections that share a source
// (the autodiagnósticos overview) read it once.
import { hasPermission, type EntityContext } from "@/lib/authz/entity-context";
import { withTenantSql, type SqlTx } from "@/lib/db/sql";
import { readPolicyOverview, type PolicyOverview } from "@/lib/self-assessments/load-policy-overview";
import { readDashboardVigencia } from "./dashboard-vigencia";
import { readActionPlansSection } from "./sections/action-plans";
import { readEvidenceReviewSection } from "./sections/evidence-review";
import { readFuragReadinessSection } from "./sections/furag-readiness";
import { readOfficialResultsSection } from "./sections/official-results";
import { readOpenFindingsSection } from "./sections/open-findings";
import { summarizePolicyScores } from "./sections/policy-scores";
import { summarizeSelfAssessmentProgress } from "./sections/self-assessment-progress";
import type { Dashboard, DashboardSection } from "./types";

type SectionSources = { tx: SqlTx; ctx: EntityContext; overview: PolicyOverview; vigencia: number; now: Date };

/**
 * THE ordered list of dashboard sections. A new section adds one line here, its summary type in ./types and its component in
 * components/dashboard. A loader returns null when it has nothing to show
 * (no official results imported): that section is left out. Loaders read
 * through the one transaction `tx`, so they run one after another.
 */
const SECTIONS: ((sources: SectionSources) => DashboardSection | null | Promise<DashboardSection | null>)[] = [
  ({ overview, vigencia }) => summarizePolicyScores(overview, vigencia),
  ({ overview, vigencia }) => summarizeSelfAssessmentProgress(overview, vigencia),
  // Every role that sees the dashboard may see these today; checked anyway, so a
  // narrower role later cannot read evidence or FURAG figures through it.
  ({ tx, ctx, vigencia, now }) => (hasPermission(ctx, "plan.view") ? readActionPlansSection(tx, ctx, vigencia, now) : null),
  ({ tx, ctx, vigencia, now }) => (hasPermission(ctx, "evidence.view") ? readEvidenceReviewSection(tx, ctx, vigencia, now) : null),
  ({ tx, ctx, now }) => (hasPermission(ctx, "evidence.view") ? readOpenFindingsSection(tx, ctx, now) : null),
  ({ tx, ctx, vigencia, now }) => (hasPermission(ctx, "furag.view") ? readFuragReadinessSection(tx, ctx, vigencia, now) : null),
  ({ tx, ctx, vigencia }) => readOfficialResultsSection(tx, ctx, vigencia),
];

/** The PDF and Excel reports: the vigencia chosen by the route. */
export async function loadDashboard(ctx: EntityContext, vigencia: number, now = new Date()): Promise<Dashboard> {
  return withTenantSql(ctx, (tx) => readDashboard(tx, ctx, vigencia, now));
}

/** The tablero page: the vigencia asked for (or the default one) and every section, in the same one transaction. */
export async function loadDashboardForPage(ctx: EntityContext, requested: string | undefined, now = new Date()): Promise<Dashboard> {
  return withTenantSql(ctx, async (tx) => readDashboard(tx, ctx, await readDashboardVigencia(tx, ctx.entityId, requested), now));
}

async function readDashboard(tx: SqlTx, ctx: EntityContext, vigencia: number, now: Date): Promise<Dashboard> {
  const sources = { tx, ctx, overview: await readPolicyOverview(tx, ctx.entityId, vigencia), vigencia, now };
  const sections: DashboardSection[] = [];
  for (const load of SECTIONS) {
    const section = await load(sources);
    if (section) sections.push(section);
  }
  return { entityName: ctx.entity.name, vigencia, generatedAt: now.toISOString(), sections };
}

/** The section of a kind, typed; undefined when the dashboard has none. */
export function sectionOf<K extends DashboardSection["kind"]>(dashboard: Dashboard, kind: K): Extract<DashboardSection, { kind: K }> | undefined {
  return dashboard.sections.find((s): s is Extract<DashboardSection, { kind: K }> => s.kind === kind);
}
