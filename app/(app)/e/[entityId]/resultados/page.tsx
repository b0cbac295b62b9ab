import type { Metadata } from "next";
import { OfficialSummary } from "@/components/results/official-summary";
import { OfficialTrend } from "@/components/results/official-trend";
import { PeerPositionTable } from "@/components/results/peer-position-table";
import { PolicyComparisonTable } from "@/components/results/policy-comparison-table";
import { RecommendationList } from "@/components/results/recommendation-list";
import { VigenciaPicker } from "@/components/self-assessments/vigencia-picker";
import { requirePagePermission } from "@/lib/authz/page-context";
import { loadResultsPage } from "@/lib/results/load-results-page";

export const metadata: Metadata = { title: "Resultados FURAG" };

type Props = { params: Promise<{ entityId: string }>; searchParams: Promise<{ vigencia?: string }> };

export default async function OfficialResultsPage({ params, searchParams }: Props) {
  const { entityId } = await params;
  const ctx = await requirePagePermission(entityId, "dashboard.view");
  const requested = Number((await searchParams).vigencia);
  const data = await loadResultsPage(ctx, Number.isInteger(requested) ? requested : null);
  const { selected } = data;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-faro-900">Resultados FURAG oficiales</h1>
          <p className="max-w-3xl text-slate-600">
            Los resultados que publica Función Pública para {ctx.entity.name}: Índice de Desempeño Institucional, dimensiones y políticas, y su posición en el
            grupo par.
          </p>
        </div>
        {selected && data.results.length > 1 && <VigenciaPicker vigencia={selected.vigencia} years={data.results.map((r) => r.vigencia).reverse()} />}
      </div>
      {!selected ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
          Aún no hay resultados oficiales de esta entidad en Faro. Aparecen cuando el operador de la plataforma carga el archivo de Función Pública que la
          incluye (por su código SIGEP).
        </p>
      ) : (
        <>
          <div className="grid gap-6 lg:grid-cols-2">
            <OfficialSummary result={selected} />
            <OfficialTrend results={data.results} />
          </div>
          <PeerPositionTable peerGroup={selected.peerGroup} standings={data.peers} />
          <PolicyComparisonTable result={selected} selfAssessment={data.selfAssessment} />
          <RecommendationList vigencia={selected.vigencia} recommendations={data.recommendations} />
        </>
      )}
    </div>
  );
}
