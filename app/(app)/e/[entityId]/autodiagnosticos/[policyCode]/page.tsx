import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssessmentForm } from "@/components/self-assessments/assessment-form";
import { ExportWorkbookLink } from "@/components/self-assessments/export-workbook-link";
import { StartAssessmentForm } from "@/components/self-assessments/start-assessment-form";
import { StateBadge } from "@/components/self-assessments/state-badge";
import { WorkflowPanel } from "@/components/self-assessments/workflow-panel";
import { hasPermission } from "@/lib/authz/entity-context";
import { requirePagePermission } from "@/lib/authz/page-context";
import { summarizeActivityEvidence } from "@/lib/evidence/summarize-activity-evidence";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { loadAssessment } from "@/lib/self-assessments/load-assessment";
import { loadPolicyPage } from "@/lib/self-assessments/load-policy-page";
import { parseVigencia } from "@/lib/self-assessments/parse-vigencia";
import { ZPolicyCode } from "@/lib/self-assessments/schemas";
import { STATE_LABELS } from "@/lib/self-assessments/transition-assessment";

export const metadata: Metadata = { title: "Autodiagnóstico" };

type Props = { params: Promise<{ entityId: string; policyCode: string }>; searchParams: Promise<{ vigencia?: string }> };

export default async function PolicyAssessmentPage({ params, searchParams }: Props) {
  const { entityId, policyCode } = await params;
  const ctx = await requirePagePermission(entityId, "autodiagnostico.view");
  if (!ZPolicyCode.safeParse(policyCode).success) notFound();
  const vigencia = parseVigencia((await searchParams).vigencia);
  const page = await loadPolicyPage(ctx, vigencia, policyCode);
  const back = `/e/${entityId}/autodiagnosticos?vigencia=${vigencia}`;

  const heading = (
    <div>
      <Link href={back} className="text-sm text-faro-700 underline">
        ← Autodiagnósticos {vigencia}
      </Link>
      <h1 className="mt-1 text-2xl font-semibold text-faro-900">
        <span className="font-mono text-base text-slate-500">{policyCode}</span> {page.policyName}
      </h1>
    </div>
  );

  if (!page.assessmentId) {
    return (
      <div className="space-y-4">
        {heading}
        {page.start && hasPermission(ctx, "autodiagnostico.edit", policyCode) ? (
          <StartAssessmentForm entityId={entityId} vigencia={vigencia} policyCode={policyCode} instruments={page.start.instruments} previousExists={page.start.previousExists} />
        ) : (
          <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">El autodiagnóstico de esta política para {vigencia} todavía no se ha iniciado.</p>
        )}
      </div>
    );
  }

  const view = await loadAssessment(ctx, page.assessmentId);
  const evidenceSummary = hasPermission(ctx, "evidence.view") ? await summarizeActivityEvidence(ctx, view.id) : undefined;
  const allowed = (
    [
      ["submit", view.permissions.canSubmit],
      ["approve", view.permissions.canApprove],
      ["return", view.permissions.canApprove],
      ["reopen", view.permissions.canReopen],
    ] as const
  )
    .filter(([, ok]) => ok)
    .map(([t]) => t);

  return (
    <div className="space-y-4">
      {heading}
      <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
        <StateBadge state={view.state} />
        <ExportWorkbookLink entityId={entityId} assessmentId={view.id} />
        <span>{view.instrument.title}</span>
        {view.state === "APROBADO" && view.approvedAt && (
          <span>
            Aprobado por {view.approvedByName} el {formatDate(view.approvedAt)}
          </span>
        )}
      </div>
      {view.instrument.source === "FARO_REFERENCE" && <p className="text-xs text-slate-500">{view.instrument.sourceNote}</p>}
      <WorkflowPanel entityId={entityId} assessmentId={view.id} allowed={[...allowed]} />
      <AssessmentForm entityId={entityId} assessmentId={view.id} editable={view.permissions.canEdit} previous={view.previous} components={view.components} evidenceSummary={evidenceSummary} />
      {view.transitions.length > 0 && (
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="font-semibold text-slate-900">Historial</h2>
          <ul className="mt-2 space-y-1 text-sm text-slate-700">
            {view.transitions.map((t) => (
              <li key={t.id}>
                {formatDateTime(t.createdAt)} · {t.actorName}: {STATE_LABELS[t.fromState]} → {STATE_LABELS[t.toState]}
                {t.reason ? ` — «${t.reason}»` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
