import type { Metadata } from "next";
import { FileRequestForm } from "@/components/advisor/file-request-form";
import { RequestProgress } from "@/components/advisor/request-progress";
import { RequestRecord } from "@/components/advisor/request-record";
import { ScoreComparison } from "@/components/advisor/score-comparison";
import { loadEntityAdvisoryPage } from "@/lib/advisor/requests/load-requests";
import { stateLabel } from "@/lib/advisor/requests/request-states";
import { hasPermission } from "@/lib/authz/entity-context";
import { requirePagePermission } from "@/lib/authz/page-context";

export const metadata: Metadata = { title: "Asesoría del departamento" };

type Props = { params: Promise<{ entityId: string }> };

export default async function EntityAdvisoryPage({ params }: Props) {
  const { entityId } = await params;
  const ctx = await requirePagePermission(entityId, "entity.view");
  const { requests, policies } = await loadEntityAdvisoryPage(ctx);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-faro-900">Asesoría del departamento</h1>
        <p className="text-slate-600">Solicitudes de {ctx.entity.name} a la asesoría MIPG de {ctx.entity.departmentName} y su avance.</p>
      </div>
      {hasPermission(ctx, "advisory.request") && <FileRequestForm entityId={entityId} policies={policies} departmentName={ctx.entity.departmentName} />}
      <section aria-labelledby="mis-solicitudes" className="space-y-3">
        <h2 id="mis-solicitudes" className="text-lg font-semibold text-faro-800">
          Solicitudes enviadas ({requests.length})
        </h2>
        {requests.length === 0 && <p className="text-slate-600">La entidad no ha pedido asesoría todavía.</p>}
        {requests.map(({ request, comparison }) => (
          <details key={request.id} className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3" open={request.state !== "CERRADA"}>
            <summary className="cursor-pointer">
              <span className="font-medium text-slate-900">{request.subject}</span>{" "}
              <span className="text-sm text-slate-600">
                · {request.policyCode} · {stateLabel(request.state)}
              </span>
            </summary>
            <div className="mt-3 space-y-3">
              <RequestProgress state={request.state} referred={request.leaderReferral !== null} />
              {comparison && <ScoreComparison policyCode={request.policyCode} comparison={comparison} />}
              <RequestRecord request={request} />
            </div>
          </details>
        ))}
      </section>
    </div>
  );
}
