// Readiness per group (module or policy) as a table that scrolls sideways on a phone.
import { readinessPercents, type ReadinessCounts } from "@/lib/furag/workspace/readiness";

const fmt = (n: number | null) => (n === null ? "—" : `${n.toLocaleString("es-CO")} %`);

type Props = { caption: string; groupLabel: string; rows: { key: string; label: string; href: string; counts: ReadinessCounts }[] };

export function ReadinessTable({ caption, groupLabel, rows }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="p-3 text-left font-semibold text-faro-900">{caption}</caption>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">{groupLabel}</th>
            <th scope="col" className="px-3 py-2 text-right">Preguntas</th>
            <th scope="col" className="px-3 py-2 text-right">Respondidas</th>
            <th scope="col" className="px-3 py-2 text-right">Con evidencia</th>
            <th scope="col" className="px-3 py-2 text-right">Revisadas</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map(({ key, label, href, counts }) => {
            const p = readinessPercents(counts);
            return (
              <tr key={key}>
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  <a href={href} className="text-faro-700 underline">{label}</a>
                </th>
                <td className="px-3 py-2 text-right tabular-nums">{counts.total}</td>
                <td className="px-3 py-2 text-right tabular-nums">{fmt(p.answered)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{fmt(p.evidence)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{fmt(p.reviewed)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
