import { formatDateTime } from "@/lib/format/dates";
import type { ResultsImportRow } from "@/lib/results/list-imports";

const KIND = { RESULTADOS: "Resultados", RECOMENDACIONES: "Recomendaciones" } as const;
const SCOPE: Record<string, string> = { territorio: "Territorio", nacion: "Nación" };

/** Who imported which file and when; replaced imports stay listed as history. */
export function ImportHistory({ imports }: { imports: ResultsImportRow[] }) {
  return (
    <section aria-labelledby="historial" className="space-y-3">
      <h2 id="historial" className="text-lg font-semibold text-faro-900">
        Importaciones
      </h2>
      {imports.length === 0 ? (
        <p className="text-slate-600">Aún no se ha importado ningún archivo oficial.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {imports.map((item) => (
            <li key={item.id} className="grid gap-1 p-3 text-sm sm:grid-cols-[11rem_1fr_auto] sm:items-center sm:gap-4">
              <span className="font-semibold text-slate-900">
                {KIND[item.kind]} {item.vigencia}
                <span className="block font-normal text-slate-600">{SCOPE[item.scope] ?? item.scope}</span>
              </span>
              <span className="min-w-0">
                <span className="block break-words font-medium text-slate-800">{item.fileName}</span>
                <span className="block text-slate-600">
                  {item.rowCount.toLocaleString("es-CO")} filas · {item.matchedCount.toLocaleString("es-CO")}{" "}
                  {item.kind === "RESULTADOS" ? "de la plataforma" : "entidades de la plataforma"}
                  {item.kind === "RESULTADOS" && ` · ${item.meciOnlyCount.toLocaleString("es-CO")} solo MECI`}
                </span>
                <span className="block text-slate-500">
                  {formatDateTime(item.importedAt)} · {item.importedBy?.name ?? "Línea de comandos"}
                </span>
              </span>
              <span className={`justify-self-start rounded px-2 py-0.5 text-xs font-semibold ${item.supersededAt ? "bg-slate-100 text-slate-700" : "bg-emerald-100 text-emerald-900"}`}>
                {item.supersededAt ? `Reemplazada el ${formatDateTime(item.supersededAt)}` : "Vigente"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
