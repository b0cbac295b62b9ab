import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommitmentForm, ConvertCommitmentForm, DecisionForm, LinkApprovalForm, RemoveItemButton } from "@/components/committee/session-item-forms";
import { secondaryButton } from "@/components/forms/form-parts";
import { hasPermission } from "@/lib/authz/entity-context";
import { requirePagePermission } from "@/lib/authz/page-context";
import { loadCommitteeSession } from "@/lib/committee/load-session";
import { loadConvertiblePlans, loadUnlinkedApprovals } from "@/lib/committee/load-session-options";
import { formatCalendarDate } from "@/lib/committee/session-dates";
import { NotFoundError } from "@/lib/errors/app-error";
import { formatDate } from "@/lib/format/dates";
import { removeCommitmentAction, removeDecisionAction, unlinkApprovalAction } from "../actions";

export const metadata: Metadata = { title: "Sesión del comité" };

type Props = { params: Promise<{ entityId: string; sessionId: string }> };

function Block({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-lg font-semibold text-faro-800">{title}</h2>
      {children}
    </section>
  );
}

export default async function CommitteeSessionPage({ params }: Props) {
  const { entityId, sessionId } = await params;
  const ctx = await requirePagePermission(entityId, "dashboard.view");
  const session = await loadCommitteeSession(ctx, sessionId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const manage = hasPermission(ctx, "committee.manage");
  const approvable = manage ? await loadUnlinkedApprovals(ctx) : [];
  // Converting writes a plan item: plan.edit, narrowed per plan (see loadConvertiblePlans).
  const convertible = hasPermission(ctx, "plan.edit") && session.commitments.some((c) => !c.planItem) ? await loadConvertiblePlans(ctx) : null;
  const ref = { entityId, sessionId: session.id };
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm">
            <Link href={`/e/${entityId}/comite`} className="text-faro-700 underline">
              Comité
            </Link>
          </p>
          <h1 className="text-2xl font-semibold text-faro-900">Sesión del {formatCalendarDate(session.heldOn)}</h1>
          {session.place && <p className="text-slate-600">{session.place}</p>}
        </div>
        <div className="flex flex-wrap gap-2">
          <a href={`/api/e/${entityId}/comite/${session.id}/acta`} className={secondaryButton}>
            Descargar acta (PDF)
          </a>
          {manage && (
            <Link href={`/e/${entityId}/comite/${session.id}/editar`} className={secondaryButton}>
              Editar fecha, asistentes y orden del día
            </Link>
          )}
        </div>
      </div>
      <div className="grid gap-5 lg:grid-cols-2">
        <Block title="Asistentes">
          <ul className="space-y-1 text-sm">
            {session.attendees.map((a) => (
              <li key={a.id}>
                {a.name}
                {a.position ? ` — ${a.position}` : a.userId ? "" : " (invitado)"}
              </li>
            ))}
          </ul>
        </Block>
        <Block title="Orden del día">
          <ol className="list-decimal space-y-1 pl-5 text-sm">
            {session.agenda.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ol>
        </Block>
      </div>
      <Block title="Decisiones">
        {session.decisions.length === 0 && <p className="text-sm text-slate-600">Sin decisiones registradas.</p>}
        <ul className="space-y-2">
          {session.decisions.map((d) => (
            <li key={d.id} className="flex items-start justify-between gap-3 border-b border-slate-100 pb-2 text-sm">
              <span className="min-w-0 whitespace-pre-line">{d.text}</span>
              {manage && <RemoveItemButton action={removeDecisionAction} entityId={entityId} itemId={d.id} label={`Quitar la decisión: ${d.text.slice(0, 60)}`} />}
            </li>
          ))}
        </ul>
        {manage && <DecisionForm sessionRef={ref} />}
      </Block>
      <Block title="Compromisos">
        {session.commitments.length === 0 && <p className="text-sm text-slate-600">Sin compromisos registrados.</p>}
        <ul className="space-y-2">
          {session.commitments.map((c) => (
            <li key={c.id} className="flex items-start justify-between gap-3 border-b border-slate-100 pb-2 text-sm">
              <div className="min-w-0 flex-1">
                <span className="block">{c.text}</span>
                <span className="block text-slate-600">
                  Responsable: {c.responsible} · Fecha límite: {formatCalendarDate(c.dueOn)}
                </span>
                {c.planItem ? (
                  <Link href={`/e/${entityId}/planes/${c.planItem.planId}/acciones/${c.planItem.id}`} className="mt-1 block font-medium text-faro-700 underline">
                    Tarea del plan «{c.planItem.plan.name}»
                  </Link>
                ) : (
                  convertible && <ConvertCommitmentForm entityId={entityId} commitmentId={c.id} plans={convertible} />
                )}
              </div>
              {manage && !c.planItem && <RemoveItemButton action={removeCommitmentAction} entityId={entityId} itemId={c.id} label={`Quitar el compromiso: ${c.text.slice(0, 60)}`} />}
            </li>
          ))}
        </ul>
        {manage && <CommitmentForm sessionRef={ref} />}
      </Block>
      <Block title="Aprobaciones tomadas en la sesión">
        {session.approvals.length === 0 && <p className="text-sm text-slate-600">Sin aprobaciones vinculadas.</p>}
        <ul className="space-y-2">
          {session.approvals.map((a) => (
            <li key={a.id} className="flex items-start justify-between gap-3 border-b border-slate-100 pb-2 text-sm">
              <span className="min-w-0">
                <span className="block">{a.description}</span>
                <span className="block text-slate-600">
                  Aprobado el {formatDate(a.approvedAt)} por {a.approvedBy ?? "—"}
                </span>
              </span>
              {manage && <RemoveItemButton action={unlinkApprovalAction} entityId={entityId} itemId={a.id} label={`Desvincular: ${a.description}`} />}
            </li>
          ))}
        </ul>
        {manage && <LinkApprovalForm sessionRef={ref} options={approvable} />}
      </Block>
    </div>
  );
}
