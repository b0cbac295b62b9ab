import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LinkedEvidencePanel } from "@/components/evidence/linked-evidence-panel";
import { FindingStateBadge, SeverityBadge } from "@/components/findings/finding-badges";
import { FindingTextForm } from "@/components/findings/finding-text-form";
import { hasPermission } from "@/lib/authz/entity-context";
import { requirePagePermission } from "@/lib/authz/page-context";
import { NotFoundError } from "@/lib/errors/app-error";
import { formatDay } from "@/lib/evidence/expiry";
import { mayAnswerFinding } from "@/lib/findings/answer-finding";
import { loadFinding } from "@/lib/findings/load-findings";
import { formatDateTime } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Hallazgo" };

const card = "rounded-lg border border-slate-200 bg-white p-4";

export default async function FindingPage({ params }: { params: Promise<{ entityId: string; findingId: string }> }) {
  const { entityId, findingId } = await params;
  const ctx = await requirePagePermission(entityId, "evidence.view");
  const finding = await loadFinding(ctx, findingId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const canAnswer = finding.state !== "CERRADO" && hasPermission(ctx, "finding.answer") && mayAnswerFinding(ctx, finding);
  const canClose = finding.state === "RESPONDIDO" && hasPermission(ctx, "finding.close");
  return (
    <div className="max-w-3xl space-y-4">
      <Link href={`/e/${entityId}/hallazgos`} className="text-sm text-faro-700 underline">
        ← Hallazgos
      </Link>
      <h1 className="text-2xl font-semibold text-faro-900">Hallazgo de control interno</h1>
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <FindingStateBadge state={finding.state} />
        <SeverityBadge severity={finding.severity} />
        <span>
          Registrado por {finding.createdByName} el {formatDateTime(finding.createdAt)} · Responde: {finding.responsible.name} · Plazo: {formatDay(finding.dueDate)}
        </span>
      </div>
      <section className={card}>
        <p className="whitespace-pre-line text-slate-900">{finding.description}</p>
        <dl className="mt-3 grid gap-1 text-sm text-slate-700 sm:grid-cols-[auto_1fr] sm:gap-x-4">
          {finding.policyCode && (
            <>
              <dt className="font-medium">Política</dt>
              <dd>{finding.policyCode}</dd>
            </>
          )}
          {finding.activity && (
            <>
              <dt className="font-medium">Actividad</dt>
              <dd>{finding.activity.href ? <Link href={finding.activity.href} className="text-faro-800 underline">{finding.activity.label}</Link> : finding.activity.label}</dd>
            </>
          )}
          {finding.evidence && (
            <>
              <dt className="font-medium">Evidencia</dt>
              <dd>
                <Link href={`/e/${entityId}/evidencias/${finding.evidence.id}`} className="text-faro-800 underline">
                  {finding.evidence.title}
                </Link>
              </dd>
            </>
          )}
        </dl>
      </section>
      <section className={card} aria-labelledby="respuesta">
        <h2 id="respuesta" className="font-semibold text-slate-900">Respuesta</h2>
        {finding.answer ? (
          <p className="mt-1 whitespace-pre-line text-slate-800">
            {finding.answer}
            <span className="block text-sm text-slate-500">
              {finding.answeredByName}, {formatDateTime(finding.answeredAt)}
            </span>
          </p>
        ) : (
          <p className="mt-1 text-sm text-slate-600">Todavía sin respuesta.</p>
        )}
        {canAnswer && (
          <div className="mt-3">
            <FindingTextForm entityId={entityId} findingId={finding.id} kind="answer" initial={finding.answer ?? ""} />
          </div>
        )}
      </section>
      <section className={card} aria-labelledby="soportes">
        <h2 id="soportes" className="mb-2 font-semibold text-slate-900">Evidencias de la respuesta</h2>
        <LinkedEvidencePanel entityId={entityId} target={{ kind: "FINDING", targetId: finding.id, targetSubId: "" }} />
      </section>
      <section className={card} aria-labelledby="cierre">
        <h2 id="cierre" className="font-semibold text-slate-900">Cierre</h2>
        {finding.state === "CERRADO" ? (
          <p className="mt-1 text-slate-800">
            Cerrado por {finding.closedByName} el {formatDateTime(finding.closedAt)}: «{finding.closureComment}»
          </p>
        ) : canClose ? (
          <div className="mt-2">
            <FindingTextForm entityId={entityId} findingId={finding.id} kind="close" />
          </div>
        ) : (
          <p className="mt-1 text-sm text-slate-600">Control interno lo cierra una vez respondido.</p>
        )}
      </section>
    </div>
  );
}
