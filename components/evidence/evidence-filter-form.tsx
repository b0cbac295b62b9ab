// The list's filters as a plain GET form: works without JavaScript and the
// URL can be shared with the filters in it.
import type { EvidenceFilters } from "@/lib/evidence/list-evidences";
import { REVIEW_STATE_LABELS } from "@/lib/evidence/labels";

const field = "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

type Props = { action: string; filters: EvidenceFilters; policies: { code: string; name: string }[]; years: number[] };

export function EvidenceFilterForm({ action, filters, policies, years }: Props) {
  return (
    <form action={action} method="get" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto] lg:items-end">
      <label className="text-sm text-slate-700">
        Buscar
        <input name="q" defaultValue={filters.q ?? ""} placeholder="Título, descripción o archivo" className={field} />
      </label>
      <label className="text-sm text-slate-700">
        Política
        <select name="policy" defaultValue={filters.policy ?? ""} className={field}>
          <option value="">Todas</option>
          {policies.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code} · {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm text-slate-700">
        Vigencia
        <select name="vigencia" defaultValue={filters.vigencia ?? ""} className={field}>
          <option value="">Todas</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm text-slate-700">
        Revisión
        <select name="state" defaultValue={filters.state ?? ""} className={field}>
          <option value="">Todas</option>
          {Object.entries(REVIEW_STATE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm text-slate-700">
        Vencimiento
        <select name="expiry" defaultValue={filters.expiry ?? ""} className={field}>
          <option value="">Todas</option>
          <option value="por-vencer">Por vencer (30 días)</option>
          <option value="vencidas">Vencidas</option>
        </select>
      </label>
      <button type="submit" className="rounded-md bg-faro-700 px-4 py-2 text-sm font-semibold text-white hover:bg-faro-800">
        Filtrar
      </button>
    </form>
  );
}
