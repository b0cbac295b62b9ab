// Scores and levels per policy grouped by dimension: a radar of the
// dimension estimates, then bars (and a radar when it has three or more
// policies) for each dimension.
import { LevelBadge } from "@/components/self-assessments/level-badge";
import { levelLabel, shortScoreLabel, stateLabel } from "@/lib/dashboard/labels";
import { summarizeDimensionsText, summarizeDimensionText } from "@/lib/dashboard/text-summaries";
import type { DimensionScores, PolicyScoresSection } from "@/lib/dashboard/types";
import { formatScore, scoreLevel } from "@/lib/scoring";
import { ChartFigure } from "./chart-figure";
import type { ScorePoint } from "./charts/chart-data";
import { LazyScoreBarChart, LazyScoreRadarChart } from "./charts/lazy-charts";
import { DataTable } from "./data-table";

const point = (key: string, name: string, score: number | null, href?: string): ScorePoint => ({
  key,
  name,
  value: score ?? 0,
  label: shortScoreLabel(score),
  color: scoreLevel(score)?.color ?? "#e2e8f0",
  href,
});

function DimensionFigure({ dimension, base, query }: { dimension: DimensionScores; base: string; query: string }) {
  const policyHref = (code: string) => `${base}/autodiagnosticos/${code}${query}`;
  const points = dimension.policies.map((p) => point(p.code, p.name, p.score, policyHref(p.code)));
  return (
    <ChartFigure
      id={`dimension-${dimension.number}`}
      title={`D${dimension.number} · ${dimension.name}`}
      summary={summarizeDimensionText(dimension)}
      chart={
        <div className="space-y-2">
          <LazyScoreBarChart points={points} />
          {points.length >= 3 && <LazyScoreRadarChart points={points} />}
        </div>
      }
      table={
        <DataTable
          caption={`Políticas de la dimensión ${dimension.name}`}
          headers={["Política", "Puntaje", "Nivel", "Estado"]}
          rows={dimension.policies.map((p) => [
            <a key="p" href={policyHref(p.code)} className="text-faro-700 underline">
              {p.code} {p.name}
            </a>,
            formatScore(p.score),
            levelLabel(p.score),
            stateLabel(p.state),
          ])}
        />
      }
      link={{ href: `${base}/autodiagnosticos${query}#dim-${dimension.number}`, label: "Ver los autodiagnósticos de esta dimensión" }}
    />
  );
}

export function PolicyScoresSectionView({ section, entityId }: { section: PolicyScoresSection; entityId: string }) {
  const base = `/e/${entityId}`;
  const query = `?vigencia=${section.vigencia}`;
  return (
    <section aria-labelledby="policy-scores" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="policy-scores" className="text-xl font-semibold text-faro-900">
            Puntaje y nivel por política
          </h2>
          <p className="text-sm text-slate-600">
            Del autodiagnóstico de la entidad{section.catalogName ? `, agrupadas según ${section.catalogName}` : ""}. Los estimados por dimensión y de la
            entidad son internos (promedio de las políticas), no el índice oficial de Función Pública.
          </p>
        </div>
        <div className="text-sm text-slate-700">
          <span className="block text-slate-500">Estimado de la entidad</span>
          <LevelBadge score={section.entityScore} size="lg" />
        </div>
      </div>
      <ChartFigure
        id="dimensions"
        title="Estimado por dimensión"
        summary={summarizeDimensionsText(section)}
        chart={<LazyScoreRadarChart points={section.dimensions.map((d) => point(`D${d.number}`, d.name, d.score))} />}
        table={
          <DataTable
            caption="Estimado por dimensión"
            headers={["Dimensión", "Puntaje estimado", "Nivel"]}
            rows={section.dimensions.map((d) => [`D${d.number} · ${d.name}`, formatScore(d.score), levelLabel(d.score)])}
          />
        }
        link={{ href: `${base}/autodiagnosticos${query}`, label: "Ver los 19 autodiagnósticos" }}
      />
      <div className="grid items-start gap-4 lg:grid-cols-2">
        {section.dimensions.map((dimension) => (
          <DimensionFigure key={dimension.number} dimension={dimension} base={base} query={query} />
        ))}
      </div>
    </section>
  );
}
