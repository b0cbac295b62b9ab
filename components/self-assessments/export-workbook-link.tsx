// A plain download link (not next/link: the route answers a file, not a page).
export function ExportWorkbookLink({ entityId, assessmentId }: { entityId: string; assessmentId: string }) {
  return (
    <a
      href={`/api/e/${entityId}/autodiagnosticos/${assessmentId}/exportar`}
      download
      className="rounded-md border border-slate-300 bg-white px-2 py-0.5 text-sm font-medium text-faro-800 hover:bg-faro-50"
    >
      Exportar a Excel
    </a>
  );
}
