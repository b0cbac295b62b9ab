"use client";

// Seed 004, Tabla 4: the entities grouped by their lowest-scoring policy,
// each group with a shortcut to design a training offer for it (Tabla 6).
// Drawn in the browser from compact data, like the heat map above it (see
// compact-group.ts for why); without JavaScript the Excel and PDF downloads
// carry the same scores.
import Link from "next/link";
import { useSyncExternalStore } from "react";
import type { CompactGroup } from "./compact-group";

const noSubscription = () => () => {};

type Props = { groups: CompactGroup[]; basePath: string; vigencia: number };

export function LowestPolicyGroups({ groups, basePath, vigencia }: Props) {
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  if (groups.length === 0) return <p className="text-slate-600">No hay entidades con puntajes de políticas en esta vigencia.</p>;
  if (!inBrowser) {
    return (
      <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600" role="status">
        Cargando {groups.length} grupos…
      </p>
    );
  }
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {groups.map((group) => (
        <li key={group.policyCode} className="rounded-lg border border-slate-200 bg-white p-3">
          <h3 className="font-semibold text-slate-900">
            <span className="font-mono text-xs text-slate-500">{group.policyCode}</span> {group.policyName}
          </h3>
          <p className="text-sm text-slate-600">
            {group.entities.length} {group.entities.length === 1 ? "entidad la tiene" : "entidades la tienen"} como política más baja.
          </p>
          <ul className="mt-2 space-y-0.5 text-sm">
            {group.entities.map(([sigepCode, entityName, scoreText]) => (
              <li key={sigepCode} className="flex justify-between gap-2">
                {/* No prefetch: hundreds of entity links in view would each fetch their page. */}
                <Link href={`${basePath}/entidades/${encodeURIComponent(sigepCode)}`} prefetch={false} className="text-faro-800 hover:underline">
                  {entityName}
                </Link>
                <span className="tabular-nums text-slate-700">{scoreText}</span>
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
