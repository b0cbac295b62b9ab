// Seed 004, Tabla 4: the entities grouped by their lowest-scoring policy,
// each group with a shortcut to design a training offer for it (Tabla 6).
import Link from "next/link";
import type { PolicyName } from "@/lib/advisor/department-table-types";
import type { PolicyGroup } from "@/lib/advisor/lowest-policy";
import { formatScore } from "@/lib/scoring";

export function LowestPolicyGroups({ groups, policies, basePath, vigencia }: { groups: PolicyGroup[]; policies: PolicyName[]; basePath: string; vigencia: number }) {
  const names = new Map(policies.map((p) => [p.code, p.name]));
  if (groups.length === 0) return <p className="text-slate-600">No hay entidades con puntajes de políticas en esta vigencia.</p>;
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {groups.map((group) => (
        <li key={group.policyCode} className="rounded-lg border border-slate-200 bg-white p-3">
          <h3 className="font-semibold text-slate-900">
            <span className="font-mono text-xs text-slate-500">{group.policyCode}</span> {names.get(group.policyCode)}
          </h3>
          <p className="text-sm text-slate-600">
            {group.entities.length} {group.entities.length === 1 ? "entidad la tiene" : "entidades la tienen"} como política más baja.
          </p>
          <ul className="mt-2 space-y-0.5 text-sm">
            {group.entities.map((e) => (
              <li key={e.sigepCode} className="flex justify-between gap-2">
                <Link href={`${basePath}/entidades/${encodeURIComponent(e.sigepCode)}`} className="text-faro-800 hover:underline">
                  {e.entityName}
                </Link>
                <span className="tabular-nums text-slate-700">
                  {formatScore(e.score, 1)}
                  {e.tied ? " (empate)" : ""}
                </span>
              </li>
            ))}
          </ul>
          <Link
            href={`${basePath}/capacitaciones/nueva?politica=${group.policyCode}&vigencia=${vigencia}`}
            className="mt-3 inline-block rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-faro-800 hover:bg-faro-50"
          >
            Crear capacitación para este grupo
          </Link>
        </li>
      ))}
    </ul>
  );
}
