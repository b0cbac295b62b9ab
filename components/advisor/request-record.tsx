// What has been recorded on a request: plan, referral, sessions, closing.
// The same view for the entity and for the advisor.
import type { DepartmentRequestDetail } from "@/lib/advisor/requests/load-requests";
import { MODALITY_LABELS } from "@/lib/advisor/requests/request-schemas";
import { formatCalendarDate, formatDateTime } from "@/lib/format/dates";

type Request = DepartmentRequestDetail["request"];

function Block({ title, when, children }: { title: string; when?: string; children: React.ReactNode }) {
  return (
    <div className="rounded-md border border-slate-200 bg-white p-3">
      <h3 className="text-sm font-semibold text-slate-800">
        {title}
        {when && <span className="ml-2 font-normal text-slate-500">{when}</span>}
      </h3>
      <div className="mt-1 whitespace-pre-line text-sm text-slate-800">{children}</div>
    </div>
  );
}

export function RequestRecord({ request }: { request: Request }) {
  return (
    <div className="space-y-2">
      <Block title="Solicitud" when={`${formatDateTime(request.createdAt)} · ${request.requestedByName}`}>
        {request.description}
      </Block>
      {request.responsibleName && <Block title="Responsable asignado" when={formatDateTime(request.assignedAt)}>{request.responsibleName}</Block>}
      {request.leaderReferral && <Block title="Remisión al líder de política" when={formatDateTime(request.referredAt)}>{request.leaderReferral}</Block>}
      {request.assistancePlan && <Block title="Plan de asistencia" when={formatDateTime(request.plannedAt)}>{request.assistancePlan}</Block>}
      {request.sessions.length > 0 && (
        <Block title={`Sesiones realizadas (${request.sessions.length})`}>
          <ul className="space-y-2">
            {request.sessions.map((s) => (
              <li key={s.id}>
                <span className="font-medium">
                  {formatCalendarDate(s.heldOn)} · {MODALITY_LABELS[s.modality]}
                </span>
                <span className="block">Asistentes: {s.attendees}</span>
                <span className="block">Temas: {s.topics}</span>
              </li>
            ))}
          </ul>
        </Block>
      )}
      {request.closingSummary && <Block title="Cierre" when={`${formatDateTime(request.closedAt)} · ${request.closedByName ?? ""}`}>{request.closingSummary}</Block>}
    </div>
  );
}
