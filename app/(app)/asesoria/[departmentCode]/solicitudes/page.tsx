import type { Metadata } from "next";
import Link from "next/link";
import { listDepartmentRequests } from "@/lib/advisor/requests/load-requests";
import { stateLabel } from "@/lib/advisor/requests/request-states";
import { getPageAdvisorContext } from "@/lib/authz/advisor-context";
import { formatDate } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Asesoría: solicitudes de las entidades" };

type Props = { params: Promise<{ departmentCode: string }> };

export default async function AdvisoryRequestsPage({ params }: Props) {
  const { departmentCode } = await params;
  const ctx = await getPageAdvisorContext(departmentCode);
  const requests = await listDepartmentRequests(ctx);
  const open = requests.filter((r) => r.state !== "CERRADA").length;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold text-faro-900">Solicitudes de asesoría</h1>
        <p className="text-slate-600">
          Lo que piden las entidades de {ctx.departmentName} (modalidad de demanda). {open} abiertas de {requests.length}.
        </p>
      </div>
      {requests.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">Ninguna entidad ha pedido asesoría todavía.</p>
      ) : (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
          {requests.map((r) => (
            <li key={r.id}>
              <Link href={`/asesoria/${departmentCode}/solicitudes/${r.id}`} className="grid gap-1 p-3 hover:bg-faro-50 sm:grid-cols-[1fr_auto] sm:items-center">
                <span>
                  <span className="block font-medium text-slate-900">{r.entity.name}: {r.subject}</span>
                  <span className="block text-sm text-slate-600">
                    {r.policyCode} · recibida el {formatDate(r.createdAt)} · {r.responsibleName ? `responsable: ${r.responsibleName}` : "sin responsable"}
                  </span>
                </span>
                <span className={`w-fit rounded px-2 py-0.5 text-xs font-semibold ${r.state === "CERRADA" ? "bg-slate-200 text-slate-800" : "bg-faro-100 text-faro-900"}`}>
                  {stateLabel(r.state)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
