import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GapPickerForm } from "@/components/action-plans/gap-picker-form";
import { requirePagePermission } from "@/lib/authz/page-context";
import type { ScoreLevelNumber } from "@/lib/scoring";
import { loadPlan } from "@/lib/action-plans/load-plan";
import { orNotFound } from "@/lib/action-plans/or-not-found";
import { previewGaps } from "@/lib/action-plans/preview-gaps";

export const metadata: Metadata = { title: "Agregar brechas al plan" };

type Props = { params: Promise<{ entityId: string; planId: string }> };

export default async function AddGapsPage({ params }: Props) {
  const { entityId, planId } = await params;
  const ctx = await requirePagePermission(entityId, "plan.edit");
  const { plan, permissions } = await orNotFound(() => loadPlan(ctx, planId), planId);
  if (!permissions.canAddGaps || !plan.sourceAssessmentId) notFound();
  const preview = await previewGaps(ctx, {
    assessmentId: plan.sourceAssessmentId,
    rule: { threshold: plan.gapThreshold, targetLevel: plan.targetLevel as ScoreLevelNumber },
    planId,
  });
  const fresh = preview.gaps.filter((g) => !g.inPlan).length;
  return (
    <div className="space-y-4">
      <div>
        <Link href={`/e/${entityId}/planes/${planId}`} className="text-sm text-faro-700 underline">
          ← {plan.name}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold text-faro-900">Agregar brechas nuevas</h1>
        <p className="text-slate-600">
          Brechas actuales de {preview.assessment.policyCode} {preview.assessment.vigencia}: actividades con puntaje menor que {plan.gapThreshold}, opciones FURAG
          no cumplidas y hallazgos abiertos de la política. Las que ya están en el plan no se duplican.
        </p>
      </div>
      {fresh === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">No hay brechas nuevas: todas las actuales ya están en el plan.</p>
      ) : (
        <GapPickerForm entityId={entityId} mode={{ kind: "add", planId }} gaps={preview.gaps} />
      )}
    </div>
  );
}
