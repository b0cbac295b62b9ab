import type { Metadata } from "next";
import Link from "next/link";
import { primaryButton } from "@/components/forms/form-parts";
import { hasPermission } from "@/lib/authz/entity-context";
import { requirePagePermission } from "@/lib/authz/page-context";
import { loadCommitteeSessions } from "@/lib/committee/load-sessions";
import { formatCalendarDate } from "@/lib/committee/session-dates";

export const metadata: Metadata = { title: "Comité de Gestión y Desempeño" };

export default async function CommitteeSessionsPage({ params }: { params: Promise<{ entityId: string }> }) {
  const { entityId } = await params;
  const ctx = await requirePagePermission(entityId, "dashboard.view");
  const sessions = await loadCommitteeSessions(ctx);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold text-faro-900">Comité Institucional de Gestión y Desempeño</h1>
          <p className="text-slate-600">Sesiones de {ctx.entity.name}: asistentes, orden del día, decisiones, compromisos y aprobaciones, con su acta en PDF.</p>
        </div>
        {hasPermission(ctx, "committee.manage") && (
          <Link href={`/e/${entityId}/comite/nueva`} className={primaryButton}>
            Registrar una sesión
          </Link>
        )}
      </div>
      {sessions.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">Todavía no hay sesiones registradas.</p>
      ) : (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
          {sessions.map((s) => (
            <li key={s.id}>
              <Link href={`/e/${entityId}/comite/${s.id}`} className="block p-3 hover:bg-faro-50">
                <span className="block font-medium text-slate-900">
                  Sesión del {formatCalendarDate(s.heldOn)}
                  {s.place ? ` · ${s.place}` : ""}
                </span>
                <span className="block text-sm text-slate-600">
                  {s._count.attendees} asistentes · {s._count.decisions} decisiones · {s._count.commitments} compromisos · {s._count.approvals} aprobaciones
                </span>
                {s.agenda[0] && <span className="block truncate text-sm text-slate-500">Orden del día: {s.agenda.join("; ")}</span>}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
