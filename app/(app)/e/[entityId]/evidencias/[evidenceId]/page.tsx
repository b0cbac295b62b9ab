import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditEvidenceForm } from "@/components/evidence/edit-evidence-form";
import { ExpiredBadge, ReviewBadge } from "@/components/evidence/evidence-badges";
import { FileList } from "@/components/evidence/file-list";
import { LinkActivityForm } from "@/components/evidence/link-activity-form";
import { ReviewForm } from "@/components/evidence/review-form";
import { RevisionForm } from "@/components/evidence/revision-form";
import { UnlinkButton } from "@/components/evidence/unlink-button";
import { hasPermission } from "@/lib/authz/entity-context";
import { requirePagePermission } from "@/lib/authz/page-context";
import { NotFoundError } from "@/lib/errors/app-error";
import { formatDay, isoDateOf } from "@/lib/evidence/expiry";
import { REVIEW_STATE_LABELS } from "@/lib/evidence/labels";
import { TARGET_KIND_LABELS } from "@/lib/evidence/link-targets";
import { loadEvidence } from "@/lib/evidence/load-evidence";
import { loadFormOptions } from "@/lib/evidence/load-evidence-page-options";
import { evidenceMaxBytes } from "@/lib/evidence/storage/get-storage";
import { formatDateTime } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Evidencia" };

type Props = { params: Promise<{ entityId: string; evidenceId: string }> };

const card = "rounded-lg border border-slate-200 bg-white p-4";

export default async function EvidencePage({ params }: Props) {
  const { entityId, evidenceId } = await params;
  const ctx = await requirePagePermission(entityId, "evidence.view");
  const evidence = await loadEvidence(ctx, evidenceId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const canUpload = hasPermission(ctx, "evidence.upload");
  const canReview = hasPermission(ctx, "evidence.review");
  const options = canUpload ? await loadFormOptions(ctx, { activities: true }) : null;
  const [current, ...older] = evidence.revisions;

  return (
    <div className="space-y-4">
      <Link href={`/e/${entityId}/evidencias`} className="text-sm text-faro-700 underline">
        ← Evidencias
      </Link>
      <div>
        <h1 className="text-2xl font-semibold text-faro-900">{evidence.title}</h1>
        <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <ReviewBadge state={evidence.reviewState} />
          <ExpiredBadge expired={evidence.expired} />
          <span>
            Vigencia {evidence.vigencia}
            {evidence.policyCode ? ` · ${evidence.policyCode}` : ""} · Documento del {formatDay(evidence.documentDate)} · Responsable: {evidence.owner.name}
            {evidence.validUntil ? ` · Vigente hasta ${formatDay(evidence.validUntil)}` : ""}
          </span>
        </div>
        {evidence.description && <p className="mt-2 whitespace-pre-line text-slate-700">{evidence.description}</p>}
        {evidence.reviewComment && (
          <p className="mt-2 rounded-md bg-slate-100 p-2 text-sm text-slate-800">
            Control interno ({evidence.reviewedByName}, {formatDateTime(evidence.reviewedAt)}): «{evidence.reviewComment}»
          </p>
        )}
      </div>

      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-4">
          <section className={card} aria-labelledby="rev-actual">
            <h2 id="rev-actual" className="font-semibold text-slate-900">
              Revisión {current?.number} (actual)
              <span className="ml-2 text-sm font-normal text-slate-600">
                {current && `${current.createdByName}, ${formatDateTime(current.createdAt)}`}
                {current?.note ? ` — «${current.note}»` : ""}
              </span>
            </h2>
            {current && <FileList entityId={entityId} revision={current} preview />}
          </section>
          {older.length > 0 && (
            <section className={card} aria-labelledby="rev-anteriores">
              <h2 id="rev-anteriores" className="font-semibold text-slate-900">Revisiones anteriores</h2>
              {older.map((r) => (
                <details key={r.id} className="mt-2">
                  <summary className="cursor-pointer text-sm text-faro-700">
                    Revisión {r.number} · {r.createdByName}, {formatDateTime(r.createdAt)}
                    {r.note ? ` — «${r.note}»` : ""}
                  </summary>
                  <div className="mt-2">
                    <FileList entityId={entityId} revision={r} preview={false} />
                  </div>
                </details>
              ))}
            </section>
          )}
          {canUpload && (
            <section className={card} aria-labelledby="nueva-rev">
              <h2 id="nueva-rev" className="font-semibold text-slate-900">Nueva revisión</h2>
              <p className="mb-2 text-sm text-slate-600">Cambiar los archivos crea la revisión {(current?.number ?? 0) + 1}; la evidencia vuelve a «Pendiente» de revisión.</p>
              <RevisionForm entityId={entityId} evidenceId={evidence.id} maxBytes={evidenceMaxBytes()} />
            </section>
          )}
        </div>

        <div className="space-y-4">
          {canReview && (
            <section className={card}>
              <ReviewForm entityId={entityId} evidenceId={evidence.id} current={evidence.reviewState} label={`Revisión de la evidencia (revisión ${evidence.currentRevision})`} />
              {hasPermission(ctx, "finding.create") && (
                <Link href={`/e/${entityId}/hallazgos/nuevo?evidencia=${evidence.id}`} className="mt-3 inline-block text-sm text-faro-800 underline">
                  Registrar un hallazgo sobre esta evidencia
                </Link>
              )}
            </section>
          )}
          <section className={card} aria-labelledby="vinculos">
            <h2 id="vinculos" className="font-semibold text-slate-900">Vinculada a</h2>
            {evidence.links.length === 0 && <p className="text-sm text-slate-600">Todavía no está vinculada a ningún elemento.</p>}
            <ul className="mt-2 space-y-3">
              {evidence.links.map((link) => (
                <li key={link.id} className="space-y-1 border-t border-slate-100 pt-2 text-sm">
                  <p className="text-xs text-slate-500">{TARGET_KIND_LABELS[link.targetKind]}</p>
                  {link.target.href ? (
                    <Link href={link.target.href} className="text-faro-800 underline">
                      {link.target.label}
                    </Link>
                  ) : (
                    <span>{link.target.label}</span>
                  )}
                  <div className="flex flex-wrap items-center gap-2">
                    <ReviewBadge state={link.reviewState} prefix="Para este elemento" />
                    <ExpiredBadge expired={evidence.expired} />
                    {canUpload && <UnlinkButton entityId={entityId} linkId={link.id} />}
                  </div>
                  {link.reviewComment && <p className="text-slate-700">«{link.reviewComment}» — {link.reviewedByName}</p>}
                  {canReview && (
                    <details>
                      <summary className="cursor-pointer text-faro-700">Revisar este vínculo</summary>
                      <div className="mt-2">
                        <ReviewForm entityId={entityId} evidenceId={evidence.id} linkId={link.id} current={link.reviewState} label="Revisión del vínculo" />
                      </div>
                    </details>
                  )}
                </li>
              ))}
            </ul>
            {options && (
              <div className="mt-3 border-t border-slate-100 pt-3">
                <LinkActivityForm entityId={entityId} evidenceId={evidence.id} groups={options.activityGroups} />
              </div>
            )}
          </section>
          {evidence.findings.length > 0 && (
            <section className={card}>
              <h2 className="font-semibold text-slate-900">Hallazgos sobre esta evidencia</h2>
              <ul className="mt-2 space-y-1 text-sm">
                {evidence.findings.map((f) => (
                  <li key={f.id}>
                    <Link href={`/e/${entityId}/hallazgos/${f.id}`} className="text-faro-800 underline">
                      {f.description.slice(0, 80)}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section className={card} aria-labelledby="historial">
            <h2 id="historial" className="font-semibold text-slate-900">Historial de revisión</h2>
            {evidence.reviews.length === 0 ? (
              <p className="text-sm text-slate-600">Sin revisiones todavía.</p>
            ) : (
              <ul className="mt-2 space-y-2 text-sm text-slate-700">
                {evidence.reviews.map((r) => (
                  <li key={r.id}>
                    {formatDateTime(r.createdAt)} · {r.reviewerName}: <strong>{REVIEW_STATE_LABELS[r.state]}</strong> (rev. {r.revisionNumber}
                    {r.linkLabel ? `, vínculo: ${r.linkLabel}` : ""}){r.comment ? ` — «${r.comment}»` : ""}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {canUpload && options && (
            <details className={card}>
              <summary className="cursor-pointer font-semibold text-slate-900">Editar datos de la evidencia</summary>
              <div className="mt-3">
                <EditEvidenceForm
                  entityId={entityId}
                  evidenceId={evidence.id}
                  people={options.people}
                  policies={options.policies}
                  initial={{
                    title: evidence.title,
                    description: evidence.description ?? "",
                    documentDate: isoDateOf(evidence.documentDate),
                    ownerId: evidence.owner.id,
                    policyCode: evidence.policyCode ?? "",
                    validUntil: isoDateOf(evidence.validUntil),
                  }}
                />
              </div>
            </details>
          )}
        </div>
      </div>
    </div>
  );
}
