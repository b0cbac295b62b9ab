import type { Metadata } from "next";
import Link from "next/link";
import { PlanStateBadge } from "@/components/action-plans/badges";
import { ProgressSummaryLine } from "@/components/action-plans/progress-summary";
import { hasPermission } from "@/lib/authz/entity-context";
import { requirePagePermission } from "@/lib/authz/page-context";
import { loadPlans } from "@/lib/action-plans/load-plans";
import { formatDate } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Planes de acción" };

type Props = { params: Promise<{ entityId: string }> };

export default async function PlansPage({ params }: Props) {
  const { entityId } = await params;
  const ctx = await requirePagePermission(entityId, "plan.view");
  const plans = await loadPlans(ctx);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-faro-900">Planes de acción</h1>
          <p className="text-slate-600">Planes de mejoramiento de {ctx.entity.name}, generados desde las brechas de los autodiagnósticos.</p>
        </div>
        <div className="flex flex-wrap gap-3">
          <Link href={`/e/${entityId}/mis-tareas`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-faro-800 hover:bg-faro-50">
            Mis tareas
          </Link>
          {hasPermission(ctx, "plan.edit") && (
            <Link href={`/e/${entityId}/planes/nuevo`} className="rounded-md bg-faro-700 px-4 py-2 text-sm font-semibold text-white hover:bg-faro-800">
              Nuevo plan desde un autodiagnóstico
            </Link>
          )}
        </div>
      </div>
      {plans.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">Todavía no hay planes de acción.</p>
      ) : (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
          {plans.map((plan) => (
            <li key={plan.id}>
              <Link href={`/e/${entityId}/planes/${plan.id}`} className="grid gap-2 p-3 hover:bg-faro-50 sm:grid-cols-[1fr_auto] sm:items-center sm:gap-6">
                <span>
                  <span className="block font-medium text-slate-900">{plan.name}</span>
                  <span className="block text-sm text-slate-600">
                    Vigencia {plan.vigencia}
                    {plan.policyCode ? ` · ${plan.policyCode}` : ""} · creado el {formatDate(plan.createdAt)}
                  </span>
                  <ProgressSummaryLine summary={plan.progress} label={plan.name} />
                </span>
                <span className="justify-self-start">
                  <PlanStateBadge state={plan.state} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
