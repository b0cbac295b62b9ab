import type { Metadata } from "next";
import Link from "next/link";
import { GapPickerForm } from "@/components/action-plans/gap-picker-form";
import { GapRuleForm, parseGapRule } from "@/components/action-plans/gap-rule-form";
import { parseGapSources } from "@/components/action-plans/gap-sources-field";
import { LevelBadge } from "@/components/self-assessments/level-badge";
import { requirePagePermission } from "@/lib/authz/page-context";
import { gapRuleProblem } from "@/lib/action-plans/gaps/select-gaps";
import { loadScoredAssessments } from "@/lib/action-plans/load-plans";
import { previewGaps } from "@/lib/action-plans/preview-gaps";

export const metadata: Metadata = { title: "Nuevo plan de acción" };

type Props = {
  params: Promise<{ entityId: string }>;
  searchParams: Promise<{ autodiagnostico?: string; umbral?: string; meta?: string; fuente?: string | string[]; fuentes?: string }>;
};

export default async function NewPlanPage({ params, searchParams }: Props) {
  const { entityId } = await params;
  const ctx = await requirePagePermission(entityId, "plan.edit");
  const query = await searchParams;
  const assessments = await loadScoredAssessments(ctx);
  const rule = parseGapRule(query.umbral, query.meta);
  const chosen = assessments.find((a) => a.id === query.autodiagnostico);
  const problem = gapRuleProblem(rule);
  const sources = parseGapSources(query.fuente, query.fuentes);
  const preview = chosen && !problem && sources.length > 0 ? await previewGaps(ctx, { assessmentId: chosen.id, rule, kinds: sources }) : null;

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/e/${entityId}/planes`} className="text-sm text-faro-700 underline">
          ← Planes de acción
        </Link>
        <h1 className="mt-1 text-2xl font-semibold text-faro-900">Nuevo plan de acción</h1>
        <p className="text-slate-600">
          Elija el autodiagnóstico (define la política y la vigencia), el umbral de brecha, el nivel meta y las fuentes: actividades calificadas bajo el umbral,
          opciones FURAG que la entidad no marcó y hallazgos abiertos de la política. Revise las brechas propuestas y elija cuáles incluir: nada se crea hasta que
          confirme.
        </p>
      </div>
      {assessments.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
          No hay autodiagnósticos con puntajes todavía. Califique primero una política en{" "}
          <Link className="underline" href={`/e/${entityId}/autodiagnosticos`}>
            Autodiagnósticos
          </Link>
          .
        </p>
      ) : (
        <GapRuleForm
          action={`/e/${entityId}/planes/nuevo`}
          rule={rule}
          problem={problem}
          assessments={assessments.map((a) => ({ id: a.id, label: `${a.policyCode} · ${a.policyName} · ${a.vigencia}` }))}
          assessmentId={chosen?.id ?? ""}
          sources={sources}
        />
      )}
      {chosen && sources.length === 0 && (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900">
          Elija al menos una fuente de brechas.
        </p>
      )}
      {preview && chosen && (
        <section aria-labelledby="brechas" className="space-y-3">
          <h2 id="brechas" className="flex flex-wrap items-center gap-3 text-lg font-semibold text-faro-800">
            {preview.gaps.length} brechas en {chosen.policyCode} {chosen.vigencia}
            <span className="text-sm font-normal text-slate-600">Puntaje actual de la política:</span>
            <LevelBadge score={preview.assessment.policyScore} />
          </h2>
          {preview.gaps.length === 0 ? (
            <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">No hay brechas en las fuentes elegidas.</p>
          ) : (
            <GapPickerForm
              entityId={entityId}
              mode={{ kind: "create", assessmentId: chosen.id, threshold: rule.threshold, targetLevel: rule.targetLevel, defaultName: `Plan de mejoramiento ${chosen.policyName} ${chosen.vigencia}` }}
              gaps={preview.gaps}
            />
          )}
        </section>
      )}
    </div>
  );
}
