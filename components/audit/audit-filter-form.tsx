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
      <label className="text-sm text-slate-700">
        Registro
        <select name="registro" defaultValue={filters.registro ?? ""} className={field}>
          <option value="">Todos</option>
          {Object.entries(AUDITED_TABLES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm text-slate-700">
        Acción
        <select name="accion" defaultValue={filters.accion ?? ""} className={field}>
          <option value="">Todas</option>
          {Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm text-slate-700">
        Persona
        <select name="persona" defaultValue={filters.persona ?? ""} className={field}>
          <option value="">Todas</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
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
