import type { Metadata } from "next";
import Link from "next/link";
import { PlanTimeline } from "@/components/action-plans/plan-timeline";
import { requirePagePermission } from "@/lib/authz/page-context";
import { loadPlan } from "@/lib/action-plans/load-plan";
import { orNotFound } from "@/lib/action-plans/or-not-found";

export const metadata: Metadata = { title: "Cronograma del plan" };

type Props = { params: Promise<{ entityId: string; planId: string }> };

export default async function PlanTimelinePage({ params }: Props) {
  const { entityId, planId } = await params;
  const ctx = await requirePagePermission(entityId, "plan.view");
  const view = await orNotFound(() => loadPlan(ctx, planId), planId);
  return (
    <div className="space-y-4">
      <div>
        <Link href={`/e/${entityId}/planes/${planId}`} className="text-sm text-faro-700 underline">
          ← {view.plan.name}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold text-faro-900">Cronograma</h1>
        <p className="text-slate-600">Cada barra va de la fecha de inicio a la fecha límite de la acción.</p>
      </div>
      <PlanTimeline entityId={entityId} planId={planId} items={view.items} today={view.today} />
    </div>
  );
}
