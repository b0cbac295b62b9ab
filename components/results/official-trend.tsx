import { changeFromPrevious, type OfficialResult } from "@/lib/results/queries/entity-results";
import { formatScore } from "@/lib/scoring";
import { LazyOfficialTrendChart } from "./lazy-official-trend-chart";

function changeText(change: number | null): string {
  if (change === null) return "—";
  if (Math.abs(change) < 0.05) return "sin cambio";
  return `${change > 0 ? "▲ subió" : "▼ bajó"} ${formatScore(Math.abs(change), 1)}`;
}

/** The IDI trend: a text summary, the chart, and the same numbers as a table. */
export function OfficialTrend({ results }: { results: OfficialResult[] }) {
  const withIdi = results.filter((r) => r.idi !== null);
  const first = withIdi[0];
  const last = withIdi.at(-1);
  const summary =
    first && last && first !== last
      ? `Entre ${first.vigencia} y ${last.vigencia} el IDI oficial pasó de ${formatScore(first.idi, 1)} a ${formatScore(last.idi, 1)} (${changeText(last.idi! - first.idi!)}).`
      : last
        ? `Solo hay IDI oficial de la vigencia ${last.vigencia}: ${formatScore(last.idi, 1)}.`
        : "No hay IDI oficial publicado (la entidad reporta solo MECI o no hay resultados).";
  return (
    <section aria-labelledby="tendencia" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="tendencia" className="text-lg font-semibold text-faro-900">
        Tendencia del IDI oficial
      </h2>
      <p className="text-slate-700">{summary}</p>
      {withIdi.length > 1 && <LazyOfficialTrendChart points={results.map((r) => ({ vigencia: r.vigencia, idi: r.idi }))} />}
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">IDI oficial por vigencia y cambio frente a la vigencia anterior</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-600">
              <th scope="col" className="py-1 pr-4 font-medium">Vigencia</th>
              <th scope="col" className="py-1 pr-4 font-medium">IDI oficial</th>
              <th scope="col" className="py-1 font-medium">Cambio</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r, i) => (
              <tr key={r.vigencia} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-4 text-left font-medium">{r.vigencia}</th>
                <td className="py-1 pr-4 tabular-nums">{r.meciOnly ? "Solo MECI" : formatScore(r.idi, 1)}</td>
                <td className="py-1">{changeText(changeFromPrevious(results, i, (x) => x.idi))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
