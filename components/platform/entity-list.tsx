// Every registered entity, for the platform operator: registry facts only.
import { ENTITY_TYPE_LABELS } from "@/lib/entities/labels";
import type { EntityListRow } from "@/lib/platform/list-entities";

export function EntityList({ entities }: { entities: EntityListRow[] }) {
  if (entities.length === 0) {
    return <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">Todavía no hay entidades registradas.</p>;
  }
  return (
    <ul className="grid gap-3 md:grid-cols-2" aria-label="Entidades registradas">
      {entities.map((entity) => (
        <li key={entity.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="entity-card">
          <p className="font-semibold text-faro-900">{entity.name}</p>
          <p className="text-sm text-slate-600">
            {ENTITY_TYPE_LABELS[entity.type]} · {entity.municipalityName ? `${entity.municipalityName}, ` : ""}
            {entity.departmentName} ({entity.departmentCode})
          </p>
          <p className="mt-1 text-sm text-slate-500">
            NIT {entity.nit} · {entity.memberCount === 1 ? "1 miembro" : `${entity.memberCount} miembros`}
          </p>
        </li>
      ))}
    </ul>
  );
}
