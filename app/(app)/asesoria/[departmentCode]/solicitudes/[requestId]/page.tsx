import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { RequestProgress } from "@/components/advisor/request-progress";
import { RequestRecord } from "@/components/advisor/request-record";
import { RequestStepForms } from "@/components/advisor/request-step-forms";
import { ScoreComparison } from "@/components/advisor/score-comparison";
import { loadDepartmentRequest } from "@/lib/advisor/requests/load-requests";
import { getPageAdvisorContext } from "@/lib/authz/advisor-context";
import { NotFoundError } from "@/lib/errors/app-error";

export const metadata: Metadata = { title: "Asesoría: solicitud" };

type Props = { params: Promise<{ departmentCode: string; requestId: string }> };

export default async function AdvisoryRequestPage({ params }: Props) {
  const { departmentCode, requestId } = await params;
  const ctx = await getPageAdvisorContext(departmentCode);
  if (!z.uuid().safeParse(requestId).success) notFound();
  const detail = await loadDepartmentRequest(ctx, requestId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { request, advisors, comparison } = detail;
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Bogota" }).format(new Date());
  return (
    <div className="space-y-5">
      <div>
        <Link href={`/asesoria/${departmentCode}/solicitudes`} className="text-sm text-faro-800 hover:underline">
          ← Solicitudes
        </Link>
        <h1 className="text-2xl font-semibold text-faro-900">{request.subject}</h1>
        <p className="text-slate-600">
          {request.entity.name} · {request.policyCode} · resultados de referencia: vigencia {request.baselineVigencia}
        </p>
      </div>
      <RequestProgress state={request.state} referred={request.leaderReferral !== null} />
      <section aria-labelledby="comparacion" className="space-y-2">
        <h2 id="comparacion" className="text-lg font-semibold text-faro-800">
          Puntaje oficial de la política, antes y después
        </h2>
        <ScoreComparison policyCode={request.policyCode} comparison={comparison} />
      </section>
      <section aria-labelledby="registro" className="space-y-2">
        <h2 id="registro" className="text-lg font-semibold text-faro-800">
          Registro
        </h2>
        <RequestRecord request={request} />
      </section>
      {request.state !== "CERRADA" && (
        <section aria-labelledby="siguiente" className="space-y-2">
          <h2 id="siguiente" className="text-lg font-semibold text-faro-800">
            Siguiente paso
          </h2>
          <RequestStepForms key={`${request.state}-${request.responsibleId ?? ""}`} departmentCode={departmentCode} requestId={request.id} state={request.state} responsibleId={request.responsibleId} advisors={advisors} today={today} />
        </section>
      )}
    </div>
  );
}
