import { AUDIT_ACTION_LABELS, AUDITED_TABLES, type AuditFilters } from "@/lib/audit/audit-filters";

const field = "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5";

export function AuditFilterForm({ filters, people }: { filters: AuditFilters; people: { id: string; name: string }[] }) {
  return (
    <form method="get" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6" aria-label="Filtros de la auditoría">
      <label className="text-sm text-slate-700">
        Desde
        <input type="date" name="desde" defaultValue={filters.desde ?? ""} className={field} />
      </label>
      <label className="text-sm text-slate-700">
        Hasta
        <input type="date" name="hasta" defaultValue={filters.hasta ?? ""} className={field} />
      </label>
      <FilterSelect label="Registro" name="registro" value={filters.registro} anyLabel="Todos" options={Object.entries(AUDITED_TABLES)} />
      <FilterSelect label="Acción" name="accion" value={filters.accion} anyLabel="Todas" options={Object.entries(AUDIT_ACTION_LABELS)} />
      <FilterSelect label="Persona" name="persona" value={filters.persona} anyLabel="Todas" options={people.map((p) => [p.id, p.name])} />
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800">
          Filtrar
        </button>
        <a href="?" className="px-2 py-2 text-sm text-faro-700 underline">
          Limpiar
        </a>
      </div>
    </form>
  );
}

/** One filter: "any" first, then the `options` as [value, label]. */
function FilterSelect(props: { label: string; name: string; value?: string | null; anyLabel: string; options: [value: string, label: string][] }) {
  return (
    <label className="text-sm text-slate-700">
      {props.label}
      <select name={props.name} defaultValue={props.value ?? ""} className={field}>
        <option value="">{props.anyLabel}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
