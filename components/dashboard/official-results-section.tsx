// The entity's official FURAG results, labelled as such and kept apart from
// the autodiagnóstico: the IDI against the grupo par median across vigencias
// (line chart), and each policy's official score per vigencia with its change
// (bars that also write the signed number) and the grupo par median.
import { signedChange, summarizeOfficialResultsText } from "@/lib/dashboard/official-results-summary";
import type { OfficialPolicyTrend, OfficialResultsSection } from "@/lib/dashboard/types";
import { formatScore } from "@/lib/scoring";
import { ChartFigure } from "./chart-figure";
import { LazyOfficialTrendLineChart } from "./charts/lazy-charts";
import { DataTable } from "./data-table";

/** Change bars on a ±MAX scale; the text gives the exact figure. */
const MAX_CHANGE = 20;

function ChangeBar({ policy }: { policy: OfficialPolicyTrend }) {
  const change = policy.change ?? 0;
  const width = `${(Math.min(Math.abs(change), MAX_CHANGE) / MAX_CHANGE) * 50}%`;
  const up = change >= 0;
  return (
    <li className="grid grid-cols-[3.5rem_1fr_3.5rem] items-center gap-2 text-xs">
      <span className="font-mono text-slate-600">{policy.code}</span>
      <span className="relative h-3 rounded bg-slate-100">
        <span className="absolute inset-y-0 left-1/2 w-px bg-slate-400" />
        <span className={`absolute inset-y-0 ${up ? "left-1/2 bg-emerald-600" : "right-1/2 bg-red-600"}`} style={{ width }} />
      </span>
      <span className="text-right tabular-nums text-slate-900">
        {policy.change === null ? "—" : `${up ? "▲" : "▼"} ${signedChange(policy.change)}`}
      </span>
    </li>
  );
}

export function OfficialResultsSectionView({ section, entityId }: { section: OfficialResultsSection; entityId: string }) {
  const href = `/e/${entityId}/resultados?vigencia=${section.vigencia}`;
  const years = section.vigencias.map((v) => v.vigencia);
  const previous = years[years.indexOf(section.vigencia) - 1];
  return (
    <section aria-labelledby="official-results" className="space-y-4">
      <div>
        <h2 id="official-results" className="text-xl font-semibold text-faro-900">
          Resultados oficiales FURAG
        </h2>
        <p className="text-sm text-slate-600">
          Publicados por Función Pública{section.peerGroup ? `; grupo par: ${section.peerGroup}` : ""}. No son los puntajes del autodiagnóstico de
          arriba y no se mezclan con ellos.
        </p>
      </div>
      <div className="grid items-start gap-4 lg:grid-cols-2">
        <ChartFigure
          id="official-idi"
          title="IDI oficial por vigencia"
          summary={summarizeOfficialResultsText(section)}
          chart={<LazyOfficialTrendLineChart points={section.vigencias.map((v) => ({ vigencia: v.vigencia, idi: v.idi, median: v.peerMedianIdi }))} />}
          table={
            <DataTable
              caption="IDI oficial y mediana del grupo par por vigencia"
              headers={["Vigencia", "IDI oficial", "Mediana grupo par"]}
              rows={section.vigencias.map((v) => [v.vigencia, v.meciOnly && v.idi === null ? "Solo MECI" : formatScore(v.idi, 1), formatScore(v.peerMedianIdi, 1)])}
            />
          }
          link={{ href, label: "Ver los resultados oficiales" }}
        />
        <ChartFigure
          id="official-policies"
          title={`Cambio por política${previous ? ` de ${previous} a ${section.vigencia}` : ""}`}
          summary={
            previous
              ? `Puntaje oficial de cada política en ${section.vigencia} menos el de la vigencia anterior que lo tiene; la tabla da los puntajes de cada vigencia y la mediana del grupo par.`
              : `Solo hay resultados oficiales de ${section.vigencia}: aún no hay cambio que mostrar. La tabla da los puntajes y la mediana del grupo par.`
          }
          chart={
            <ul className="space-y-1">
              {section.policies.map((p) => (
                <ChangeBar key={p.code} policy={p} />
              ))}
            </ul>
          }
          table={
            <DataTable
              caption={`Puntajes oficiales por política y vigencia, cambio y mediana del grupo par ${section.vigencia}`}
              headers={["Política", ...years.map(String), "Cambio", `Mediana ${section.vigencia}`]}
              rows={section.policies.map((p) => [`${p.code} ${p.name}`, ...p.scores.map((s) => formatScore(s, 1)), signedChange(p.change), formatScore(p.peerMedian, 1)])}
            />
          }
          link={{ href, label: "Comparar con el grupo par" }}
        />
      </div>
    </section>
  );
}
