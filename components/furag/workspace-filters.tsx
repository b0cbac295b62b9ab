// Filters as a plain GET form: works without JavaScript and keeps the URL shareable.
import { STATE_LABELS } from "@/lib/furag/export/answer-lines";
import { ANSWER_STATES, NO_POLICY, UNASSIGNED, type WorkspaceFilters } from "@/lib/furag/workspace/workspace-filters";

type Props = {
  action: string;
  vigencia: number;
  filters: WorkspaceFilters;
  modules: { prefix: string; topic: string }[];
  policies: string[];
  members: { id: string; name: string }[];
};

const SELECT = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export function WorkspaceFiltersForm({ action, vigencia, filters, modules, policies, members }: Props) {
  return (
    <form method="get" action={action} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
      <input type="hidden" name="vigencia" value={vigencia} />
      <label className="text-sm font-medium text-slate-700">
        Módulo
        <select name="modulo" defaultValue={filters.module} className={SELECT}>
          <option value="">Todos</option>
          {modules.map((m) => (
            <option key={m.prefix} value={m.prefix}>
              {m.prefix} · {m.topic}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-700">
        Política
        <select name="politica" defaultValue={filters.policy} className={SELECT}>
          <option value="">Todas</option>
          {policies.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
          <option value={NO_POLICY}>Sin política (PER, EMI, FIN)</option>
        </select>
      </label>
      <label className="text-sm font-medium text-slate-700">
        Responsable
        <select name="responsable" defaultValue={filters.responsible} className={SELECT}>
          <option value="">Todos</option>
          <option value={UNASSIGNED}>Sin asignar</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-700">
        Estado
        <select name="estado" defaultValue={filters.state} className={SELECT}>
          <option value="">Todos</option>
          {ANSWER_STATES.map((state) => (
            <option key={state} value={state}>
              {STATE_LABELS[state]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-faro-700 px-4 py-2 text-sm font-semibold text-white hover:bg-faro-800">
        Filtrar
      </button>
    </form>
  );
}
