// An entity's official scores in each vigencia: one row per policy (so it
// reads on a phone), one column per vigencia, with the change from the
// previous vigencia in words.
import { ScoreChange } from "@/components/self-assessments/score-change";
import type { OfficialTrendRow } from "@/lib/advisor/load-advised-entity";
import { ScoreCell } from "./score-cell";

export function OfficialTrendTable({ trend, policies }: { trend: OfficialTrendRow[]; policies: { code: string; name: string }[] }) {
  const lines = [{ code: "IDI", name: "Índice de Desempeño Institucional", values: trend.map((t) => t.idi) }].concat(
    policies.map((p) => ({ code: p.code, name: p.name, values: trend.map((t) => t.scores[p.code] ?? null) })),
  );
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} aria-label="Resultados oficiales por vigencia">
      <table className="heat-map min-w-full border-separate border-spacing-0 text-sm">
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="sticky left-0 bg-slate-50 px-2 py-2 text-left">Política</th>
            {trend.map((t) => (
              <th key={t.vigencia} scope="col" className="px-2 py-2">
                {t.vigencia}
              </th>
            ))}
            {trend.length > 1 && <th scope="col" className="px-2 py-2 text-left">Cambio</th>}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.code}>
              <th scope="row" className="sticky left-0 min-w-[10rem] border-b border-slate-100 bg-white px-2 py-1 text-left font-normal">
                <span className="font-mono text-xs text-slate-500">{line.code}</span> {line.name}
              </th>
              {line.values.map((value, i) => (
                <ScoreCell key={trend[i]!.vigencia} score={value} />
              ))}
              {trend.length > 1 && (
                <td className="border-b border-slate-100 px-2 py-1">
                  <ScoreChange current={line.values.at(-1) ?? null} previous={line.values.at(-2) ?? null} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
