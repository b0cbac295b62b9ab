import type { Metadata } from "next";
import Link from "next/link";
import { LevelBadge } from "@/components/self-assessments/level-badge";
import { ProgressBar } from "@/components/self-assessments/progress-bar";
import { StateBadge } from "@/components/self-assessments/state-badge";
import { VigenciaPicker } from "@/components/self-assessments/vigencia-picker";
import { requirePagePermission } from "@/lib/authz/page-context";
import { defaultVigencia } from "@/lib/self-assessments/default-vigencia";
import { mayImportWorkbooks } from "@/lib/self-assessments/import/load-import-options";
import { loadPolicyOverview } from "@/lib/self-assessments/load-policy-overview";
import { parseVigencia } from "@/lib/self-assessments/parse-vigencia";

export const metadata: Metadata = { title: "Autodiagnósticos" };

type Props = { params: Promise<{ entityId: string }>; searchParams: Promise<{ vigencia?: string }> };

export default async function SelfAssessmentsOverviewPage({ params, searchParams }: Props) {
  const { entityId } = await params;
  const ctx = await requirePagePermission(entityId, "autodiagnostico.view");
  const vigencia = parseVigencia((await searchParams).vigencia);
  const overview = await loadPolicyOverview(ctx, vigencia);
  const current = defaultVigencia();
  const years = Array.from({ length: current - 2018 + 2 }, (_, i) => current + 1 - i);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-faro-900">Autodiagnósticos {vigencia}</h1>
          <p className="text-slate-600">
            Las 19 políticas de {ctx.entity.name}
            {overview.catalog ? `, agrupadas según ${overview.catalog.name}` : ""}. Los puntajes son del autodiagnóstico de la entidad, no el índice oficial de
            Función Pública.
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          {mayImportWorkbooks(ctx) && (
            <Link href={`/e/${entityId}/autodiagnosticos/importar`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-faro-800 hover:bg-faro-50">
              Importar libro oficial
            </Link>
          )}
          <VigenciaPicker vigencia={vigencia} years={years} />
        </div>
      </div>
      {overview.dimensions.map((dimension) => (
        <section key={dimension.number} aria-labelledby={`dim-${dimension.number}`} className="space-y-2">
          <h2 id={`dim-${dimension.number}`} className="text-lg font-semibold text-faro-800">
            D{dimension.number} · {dimension.name}
          </h2>
          <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
            {dimension.policies.map((policy) => (
              <li key={policy.code}>
                <Link
                  href={`/e/${entityId}/autodiagnosticos/${policy.code}?vigencia=${vigencia}`}
                  className="grid gap-2 p-3 hover:bg-faro-50 sm:grid-cols-[1fr_auto_auto_auto] sm:items-center sm:gap-6"
                >
                  <span>
                    <span className="block font-medium text-slate-900">
                      <span className="font-mono text-xs text-slate-500">{policy.code}</span> {policy.name}
                    </span>
                    <span className="block text-sm text-slate-600">
                      {policy.responsibles.length ? `Responsable: ${policy.responsibles.join(", ")}` : "Sin responsable asignado"}
                    </span>
                  </span>
                  <LevelBadge score={policy.assessment?.score ?? null} />
                  <ProgressBar ratio={policy.assessment?.progress.ratio ?? 0} label={`Avance de ${policy.name}`} />
                  <StateBadge state={policy.assessment?.state ?? null} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
