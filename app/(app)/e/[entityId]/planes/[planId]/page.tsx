import type { Metadata } from "next";
import Link from "next/link";
import { PlanStateBadge } from "@/components/action-plans/badges";
import { BeforeAfter } from "@/components/action-plans/before-after";
import { PlanItemsList } from "@/components/action-plans/plan-items-list";
import { PlanWorkflowPanel, type PlanTransition } from "@/components/action-plans/plan-workflow-panel";
import { ProgressByGroup, ProgressSummaryLine } from "@/components/action-plans/progress-summary";
import { requirePagePermission } from "@/lib/authz/page-context";
import { PLAN_STATE_LABELS } from "@/lib/action-plans/labels";
import { loadPlan } from "@/lib/action-plans/load-plan";
import { orNotFound } from "@/lib/action-plans/or-not-found";
import { formatDate, formatDateTime } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Plan de acción" };

type Props = { params: Promise<{ entityId: string; planId: string }> };

const linkButton = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-faro-800 hover:bg-faro-50";

export default async function PlanPage({ params }: Props) {
  const { entityId, planId } = await params;
  const ctx = await requirePagePermission(entityId, "plan.view");
  const view = await orNotFound(() => loadPlan(ctx, planId), planId);
  const { plan, permissions } = view;
  const base = `/e/${entityId}/planes/${planId}`;
  const allowed = (
    [
      ["approve", permissions.canApprove],
      ["start", permissions.canStart],
      ["close", permissions.canClose],
      ["reopen", permissions.canReopen],
    ] as const
  )
    .filter(([, ok]) => ok)
    .map(([t]) => t as PlanTransition);

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/e/${entityId}/planes`} className="text-sm text-faro-700 underline">
          ← Planes de acción
        </Link>
        <h1 className="mt-1 text-2xl font-semibold text-faro-900">{plan.name}</h1>
        <div className="mt-1 flex flex-wrap items-center gap-3 text-sm text-slate-700">
          <PlanStateBadge state={plan.state} />
          <span>
            Vigencia {plan.vigencia}
            {plan.policyCode ? ` · ${plan.policyCode} ${plan.policyName ?? ""}` : ""}
          </span>
          <span>
            Brecha: puntaje menor que {plan.gapThreshold} · meta nivel {plan.targetLevel}
          </span>
          {plan.approvedAt && (
            <span>
              Aprobado por {plan.approvedByName} el {formatDate(plan.approvedAt)}
            </span>
          )}
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <Link href={`${base}/cronograma`} className={linkButton}>
          Cronograma
        </Link>
        <a href={`${base}/excel`} className={linkButton}>
          Descargar Excel
        </a>
        <a href={`${base}/pdf`} className={linkButton}>
          Descargar PDF para el comité
        </a>
        {permissions.canAddGaps && (
          <Link href={`${base}/brechas`} className={linkButton}>
            Agregar brechas nuevas
          </Link>
        )}
      </div>
      <PlanWorkflowPanel entityId={entityId} planId={planId} allowed={allowed} />

      <section className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="font-semibold text-slate-900">Avance del plan</h2>
          <ProgressSummaryLine summary={view.progress} label="todo el plan" />
          {plan.sourceAssessmentId && (
            <>
              <h2 className="pt-2 font-semibold text-slate-900">Efectividad</h2>
              <BeforeAfter label={`Puntaje de ${plan.policyCode ?? "la política"}`} before={view.policyScore.before} now={view.policyScore.now} />
              <p className="text-xs text-slate-500">«Antes» es el puntaje al crear el plan; «ahora», el del autodiagnóstico hoy.</p>
            </>
          )}
        </div>
        <ProgressByGroup title="Avance por política" groups={view.byPolicy} />
        <ProgressByGroup title="Avance por responsable" groups={view.byResponsible} />
      </section>

      <section aria-labelledby="acciones" className="space-y-3">
        <h2 id="acciones" className="text-lg font-semibold text-faro-800">
          Acciones ({view.items.length})
        </h2>
        <PlanItemsList entityId={entityId} planId={planId} items={view.items} />
      </section>

      {plan.transitions.length > 0 && (
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="font-semibold text-slate-900">Historial</h2>
          <ul className="mt-2 space-y-1 text-sm text-slate-700">
            {plan.transitions.map((t) => (
              <li key={t.id}>
                {formatDateTime(t.createdAt)} · {t.actorName}: {PLAN_STATE_LABELS[t.fromState]} → {PLAN_STATE_LABELS[t.toState]}
                {t.reason ? ` — «${t.reason}»` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
