// Everything the entity's results page shows for one vigencia: its official
// results (all vigencias, for the trend), its grupo par position, the
// official recommendations, and — in a separate field, never merged — its own
// autodiagnóstico policy scores from the one scoring module.
import { hasPermission, type EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { loadPolicyOverview } from "@/lib/self-assessments/load-policy-overview";
import { loadEntityRecommendations } from "./queries/entity-recommendations";
import { loadEntityOfficialResults } from "./queries/entity-results";
import { loadPeerPosition } from "./queries/peer-position";

export async function loadResultsPage(ctx: EntityContext, requestedVigencia: number | null) {
  const official = await withTenant(ctx, async (db) => {
    const entity = await db.entity.findUniqueOrThrow({ where: { id: ctx.entityId }, select: { id: true, sigepCode: true } });
    const results = await loadEntityOfficialResults(db, entity);
    const selected = results.find((r) => r.vigencia === requestedVigencia) ?? results.at(-1) ?? null;
    if (!selected) return { results, selected, peers: [], recommendations: [] };
    const [peers, recommendations] = [await loadPeerPosition(db, selected.id), await loadEntityRecommendations(db, entity, selected.vigencia)];
    return { results, selected, peers, recommendations };
  });
  const vigencia = official.selected?.vigencia ?? requestedVigencia;
  // The entity's own scores, labelled apart on the page: an estimate from its
  // autodiagnósticos is never the official index.
  const selfAssessment =
    vigencia !== null && hasPermission(ctx, "autodiagnostico.view")
      ? new Map(
          (await loadPolicyOverview(ctx, vigencia)).dimensions.flatMap((d) => d.policies.map((p) => [p.code, p.assessment?.score ?? null] as const)),
        )
      : null;
  return { ...official, selfAssessment };
}

export type ResultsPageData = Awaited<ReturnType<typeof loadResultsPage>>;
