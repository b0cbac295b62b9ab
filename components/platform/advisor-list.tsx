import type { AdvisorListRow } from "@/lib/platform/list-advisors";

export function AdvisorList({ advisors }: { advisors: AdvisorListRow[] }) {
  if (advisors.length === 0) {
    return <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">Todavía no hay asesores departamentales.</p>;
  }
  return (
    <ul className="grid gap-3 md:grid-cols-2" aria-label="Asesores departamentales">
      {advisors.map((advisor) => (
        <li key={advisor.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="font-semibold text-faro-900">{advisor.name}</p>
          <p className="break-all text-sm text-slate-600">{advisor.email}</p>
          <p className="mt-1 text-sm text-slate-700">
            {advisor.departmentName} ({advisor.departmentCode})
            {!advisor.hasPassword && <span className="ml-2 rounded bg-amber-50 px-2 py-0.5 text-xs text-amber-900">Sin contraseña todavía</span>}
          </p>
        </li>
      ))}
    </ul>
  );
}
