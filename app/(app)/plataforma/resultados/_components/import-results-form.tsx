"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { ImportSummary } from "@/lib/results/import-results";

type Problem = { error: string; fieldErrors?: Record<string, string[]> };

const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-2";

/** Upload of an official workbook to /api/plataforma/resultados (a route: national files exceed the 1 MB limit of server actions). */
export function ImportResultsForm() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<ImportSummary | null>(null);
  const lastVigencia = new Date().getFullYear() - 1;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    const form = new FormData(event.currentTarget);
    const file = form.get("archivo");
    if (!(file instanceof File) || file.size === 0) {
      setProblem({ error: "Elija el libro de Excel (.xlsx)." });
      return;
    }
    setPending(true);
    try {
      const response = await fetch("/api/plataforma/resultados", { method: "POST", body: form });
      const body = (await response.json().catch(() => ({ error: "El servidor no respondió como se esperaba. Intente de nuevo." }))) as ImportSummary & Problem;
      if (response.ok) {
        setDone(body);
        router.refresh();
      } else setProblem(body);
    } catch {
      setProblem({ error: "No hay conexión con el servidor. El archivo no se importó; intente de nuevo." });
    } finally {
      setPending(false);
    }
  }

  const problems = Object.entries(problem?.fieldErrors ?? {}).flatMap(([where, messages]) => messages.map((m) => `${where}: ${m}`));
  return (
    <section aria-labelledby="importar" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="importar" className="text-lg font-semibold text-faro-900">
        Importar un archivo
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Una nueva importación de la misma vigencia, tipo y alcance <strong>reemplaza</strong> la anterior por completo. Si el archivo tiene errores, no se
        importa nada y se listan por fila y columna.
      </p>
      <form onSubmit={onSubmit} noValidate className="mt-3 grid gap-4 sm:grid-cols-3">
        <label className="text-sm font-medium text-slate-700">
          Tipo de archivo
          <select name="kind" defaultValue="RESULTADOS" className={selectClass}>
            <option value="RESULTADOS">Resultados (IDI, dimensiones, políticas)</option>
            <option value="RECOMENDACIONES">Recomendaciones</option>
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700">
          Vigencia
          <input name="vigencia" type="number" inputMode="numeric" min={2017} max={2100} defaultValue={lastVigencia} required className={selectClass} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          Alcance
          <select name="scope" defaultValue="territorio" className={selectClass}>
            <option value="territorio">Territorio</option>
            <option value="nacion">Nación</option>
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700 sm:col-span-3">
          Libro de Excel (.xlsx)
          <input
            name="archivo"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-faro-50 file:px-3 file:py-2 file:font-medium file:text-faro-800"
          />
        </label>
        <div className="sm:col-span-3">
          <button type="submit" disabled={pending} className="rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800 disabled:opacity-60">
            {pending ? "Importando… (puede tardar unos segundos)" : "Importar"}
          </button>
        </div>
      </form>
      {problem && (
        <div role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          <p className="font-medium">{problem.error}</p>
          {problems.length > 0 && (
            <ul className="mt-2 max-h-80 list-disc space-y-1 overflow-y-auto pl-5">
              {problems.map((line) => (
                <li key={line} className="break-words">
                  {line}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {done && (
        <div role="status" className="mt-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          <p className="font-medium">
            {done.kind === "RESULTADOS" ? "Resultados" : "Recomendaciones"} de la vigencia {done.vigencia} importados: {done.rowCount.toLocaleString("es-CO")}{" "}
            {done.kind === "RESULTADOS" ? "filas de entidades" : "recomendaciones"}.
          </p>
          <ul className="mt-1 list-disc pl-5">
            <li>Entidades de la plataforma: {done.matchedCount.toLocaleString("es-CO")}</li>
            <li>Entidades de referencia (no están en la plataforma): {done.referenceCount.toLocaleString("es-CO")}</li>
            {done.kind === "RESULTADOS" && <li>Solo MECI (control interno): {done.meciOnlyCount.toLocaleString("es-CO")}</li>}
            {done.replacedCount > 0 && <li>Reemplazó {done.replacedCount.toLocaleString("es-CO")} filas de la importación anterior.</li>}
          </ul>
        </div>
      )}
    </section>
  );
}
