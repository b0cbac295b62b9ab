// Download links of each module's prepared answers, to transcribe into the official form.
export function ModuleExports({ entityId, vigencia, modules }: { entityId: string; vigencia: number; modules: { prefix: string; topic: string }[] }) {
  const href = (prefix: string, format: "xlsx" | "pdf") => `/api/e/${entityId}/furag/${vigencia}/${prefix}/${format}`;
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer font-semibold text-faro-900">Exportar respuestas por módulo (Excel o PDF para imprimir)</summary>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {modules.map((m) => (
          <li key={m.prefix} className="flex items-center justify-between gap-2 rounded border border-slate-100 px-2 py-1.5 text-sm">
            <span className="min-w-0 truncate">
              <span className="font-mono font-semibold">{m.prefix}</span> {m.topic}
            </span>
            <span className="flex shrink-0 gap-2">
              <a href={href(m.prefix, "xlsx")} className="text-faro-700 underline">
                Excel
              </a>
              <a href={href(m.prefix, "pdf")} className="text-faro-700 underline" target="_blank" rel="noopener">
                PDF
              </a>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
