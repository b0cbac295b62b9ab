import type { Metadata } from "next";
import Link from "next/link";
import { ItemStatusBadge } from "@/components/action-plans/badges";
import { DeleteItemButton } from "@/components/action-plans/delete-item-button";
import { ItemForm } from "@/components/action-plans/item-form";
import { ItemNoteForm } from "@/components/action-plans/item-note-form";
import { LinkedEvidencePanel } from "@/components/evidence/linked-evidence-panel";
import { requirePagePermission } from "@/lib/authz/page-context";
import { loadPlanItem } from "@/lib/action-plans/load-plan-item";
import { orNotFound } from "@/lib/action-plans/or-not-found";
import { formatDateTime } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Acción del plan" };

type Props = { params: Promise<{ entityId: string; planId: string; itemId: string }> };

/** Where the gap of a FURAG or finding item lives (activity items link from the plan). */
function sourceHref(entityId: string, item: { sourceKind: string; findingId: string | null; furagQuestionId: string | null }): string | null {
  if (item.sourceKind === "FINDING" && item.findingId) return `/e/${entityId}/hallazgos/${item.findingId}`;
  if (item.sourceKind === "FURAG_OPTION" && item.furagQuestionId) return `/e/${entityId}/furag/pregunta/${item.furagQuestionId}`;
  return null;
}

export default async function PlanItemPage({ params }: Props) {
  const { entityId, planId, itemId } = await params;
  const ctx = await requirePagePermission(entityId, "plan.view");
  const { item, members, canEdit, canDelete } = await orNotFound(() => loadPlanItem(ctx, planId, itemId), planId, itemId);
  const gapHref = sourceHref(entityId, item);
  return (
    <div className="space-y-4">
      <div>
        <Link href={`/e/${entityId}/planes/${planId}`} className="text-sm text-faro-700 underline">
          ← {item.plan.name}
        </Link>
        <h1 className="mt-1 flex flex-wrap items-center gap-3 text-2xl font-semibold text-faro-900">
          Acción del plan <ItemStatusBadge status={item.effectiveStatus} />
        </h1>
        <p className="break-words text-slate-700">
          Brecha: {item.gapLabel}
          {gapHref && (
            <>
              {" "}
              <Link href={gapHref} className="text-sm text-faro-700 underline">
                {item.sourceKind === "FINDING" ? "Ver el hallazgo" : "Ver la pregunta FURAG"}
              </Link>
            </>
          )}
        </p>
        {!canEdit && <p className="text-sm text-slate-600">Solo lectura: su rol o el estado del plan no permiten editar esta acción.</p>}
      </div>
      <ItemForm
        entityId={entityId}
        itemId={item.id}
        version={item.version}
        editable={canEdit}
        members={members}
        initial={{
          action: item.action,
          deliverable: item.deliverable,
          indicator: item.indicator,
          goal: item.goal,
          responsibleId: item.responsibleId ?? "",
          startDate: item.startDay,
          dueDate: item.dueDay,
          priority: item.priority,
          status: item.status,
          progress: item.progress,
          cancelReason: item.cancelReason ?? "",
          completionNote: item.completionNote ?? "",
        }}
      />
      <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="evidencia-cumplimiento">
        <h2 id="evidencia-cumplimiento" className="font-semibold text-slate-900">
          Evidencia de cumplimiento
        </h2>
        <p className="text-sm text-slate-600">Para marcar la acción como cumplida, vincule al menos una evidencia del repositorio que no esté rechazada.</p>
        <LinkedEvidencePanel entityId={entityId} target={{ kind: "PLAN_ITEM", targetId: item.id, targetSubId: "" }} />
      </section>
      <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="seguimiento">
        <h2 id="seguimiento" className="font-semibold text-slate-900">
          Seguimiento
        </h2>
        {canEdit && <ItemNoteForm entityId={entityId} itemId={item.id} />}
        {item.notes.length === 0 ? (
          <p className="text-sm text-slate-600">Sin notas de seguimiento todavía.</p>
        ) : (
          <ul className="space-y-2">
            {item.notes.map((note) => (
              <li key={note.id} className="border-t border-slate-100 pt-2 text-sm">
                <p className="text-xs text-slate-500">
                  {formatDateTime(note.createdAt)} · {note.authorName}
                  {note.progress !== null ? ` · avance ${note.progress} %` : ""}
                </p>
                <p className="whitespace-pre-line text-slate-800">{note.body}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {canDelete && <DeleteItemButton entityId={entityId} planId={planId} itemId={item.id} />}
    </div>
  );
}
