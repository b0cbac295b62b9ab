// The plan's items: gap, action, responsible, dates, status and progress, and
// the before/after score of the gap (activity items) or its state now (FURAG
// options and findings), and the evidence of completion. A list of cards
// rather than a table, so it reads on a phone without sideways scrolling.
import Link from "next/link";
import { ProgressBar } from "@/components/self-assessments/progress-bar";
import { PRIORITY_LABELS } from "@/lib/action-plans/labels";
import type { PlanItemView } from "@/lib/action-plans/load-plan";
import { formatCalendarDate } from "@/lib/committee/session-dates";
import { ItemStatusBadge } from "./badges";
import { BeforeAfter } from "./before-after";

export function PlanItemsList({ entityId, planId, items }: { entityId: string; planId: string; items: PlanItemView[] }) {
  if (items.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">El plan no tiene acciones.</p>;
  return (
    <ol className="space-y-3">
      {items.map((item, index) => (
        <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby={`accion-${item.id}`}>
          <div className="flex flex-wrap items-start justify-between gap-2">
            {item.commitmentHref ? (
              <p className="text-xs text-slate-500">
                Tarea {index + 1}:{" "}
                <Link href={item.commitmentHref} className="text-faro-700 underline">
                  {item.gapLabel}
                </Link>
              </p>
            ) : (
              <p className="text-xs text-slate-500">
                Brecha {index + 1}: {item.gapLabel}
              </p>
            )}
            <ItemStatusBadge status={item.effectiveStatus} />
          </div>
          <h3 id={`accion-${item.id}`} className="mt-1 font-medium text-slate-900">
            {item.action}
          </h3>
          <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-2 lg:grid-cols-4">
            <div>
              <dt className="inline text-slate-500">Responsable: </dt>
              <dd className="inline">{item.responsibleName ?? "Sin asignar"}</dd>
            </div>
            <div>
              <dt className="inline text-slate-500">Fecha límite: </dt>
              <dd className="inline">{formatCalendarDate(item.dueDate)}</dd>
            </div>
            <div>
              <dt className="inline text-slate-500">Prioridad: </dt>
              <dd className="inline">{PRIORITY_LABELS[item.priority]}</dd>
            </div>
            <div>
              <dt className="sr-only">Avance</dt>
              <dd>
                <ProgressBar ratio={item.progress / 100} label={`Avance de la acción ${index + 1}`} />
              </dd>
            </div>
          </dl>
          {item.status === "CANCELADA" && item.cancelReason && <p className="mt-1 text-sm text-slate-600">Cancelada: «{item.cancelReason}»</p>}
          <ItemEvidence entityId={entityId} evidence={item.evidence} />
          <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
            {item.sourceKind === "ACTIVITY" && <BeforeAfter before={item.scoreBefore} now={item.scoreNow} />}
            {item.gapState && (
              <span className={`text-sm ${item.gapState.closed ? "font-medium text-emerald-800" : "text-slate-700"}`}>
                {item.gapState.closed ? "✓ " : ""}
                {item.gapState.text}
              </span>
            )}
            {item.status === "CUMPLIDA" && item.rescoreHref && (
              <Link href={item.rescoreHref} className="text-sm font-medium text-faro-700 underline">
                Volver a calificar la actividad
              </Link>
            )}
            {item.status === "CUMPLIDA" && item.assessmentLocked && (
              <span className="text-xs text-slate-600">El autodiagnóstico está aprobado: para volver a calificar, el comité debe reabrirlo.</span>
            )}
            <Link href={`/e/${entityId}/planes/${planId}/acciones/${item.id}`} className="ml-auto text-sm font-medium text-faro-700 underline">
              {item.canEdit ? "Editar y hacer seguimiento" : "Ver detalle"}
            </Link>
          </div>
        </li>
      ))}
    </ol>
  );
}

function ItemEvidence({ entityId, evidence }: { entityId: string; evidence: PlanItemView["evidence"] }) {
  if (evidence.length === 0) return null;
  return (
    <p className="mt-2 text-sm text-slate-700">
      <span className="text-slate-500">Evidencia: </span>
      {evidence.map((e, i) => (
        <span key={e.evidenceId}>
          {i > 0 && "; "}
          <Link href={`/e/${entityId}/evidencias/${e.evidenceId}`} className="text-faro-700 underline">
            {e.title}
          </Link>
          {e.rejected && <span className="text-red-800"> (rechazada)</span>}
        </span>
      ))}
    </p>
  );
}
