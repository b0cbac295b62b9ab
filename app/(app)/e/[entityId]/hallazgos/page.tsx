import type { Metadata } from "next";
import Link from "next/link";
import { FindingStateBadge, SeverityBadge } from "@/components/findings/finding-badges";
import { hasPermission } from "@/lib/authz/entity-context";
import { requirePagePermission } from "@/lib/authz/page-context";
import { formatDay, todayAsDate } from "@/lib/evidence/expiry";
import { listFindings } from "@/lib/findings/load-findings";

export const metadata: Metadata = { title: "Hallazgos" };

export default async function FindingsPage({ params }: { params: Promise<{ entityId: string }> }) {
  const { entityId } = await params;
  const ctx = await requirePagePermission(entityId, "evidence.view");
  const findings = await listFindings(ctx);
  const today = todayAsDate().getTime();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-faro-900">Hallazgos</h1>
          <p className="text-slate-600">Hallazgos de control interno: quién debe responder, para cuándo, y su cierre.</p>
        </div>
        {hasPermission(ctx, "finding.create") && (
          <Link href={`/e/${entityId}/hallazgos/nuevo`} className="rounded-md bg-faro-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-faro-800">
            Registrar hallazgo
          </Link>
        )}
      </div>
      {findings.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-3 text-slate-700">No hay hallazgos registrados.</p>
      ) : (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
          {findings.map((f) => {
            const late = f.state === "ABIERTO" && f.dueDate.getTime() < today;
            return (
              <li key={f.id}>
                <Link href={`/e/${entityId}/hallazgos/${f.id}`} className="block space-y-1 p-3 hover:bg-faro-50">
                  <span className="block text-slate-900">{f.description.length > 160 ? `${f.description.slice(0, 159)}…` : f.description}</span>
                  <span className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                    <FindingStateBadge state={f.state} />
                    <SeverityBadge severity={f.severity} />
                    {f.policyCode && <span>{f.policyCode}</span>}
                    <span>Responde: {f.responsible.name}</span>
                    <span className={late ? "font-semibold text-red-800" : ""}>
                      Plazo: {formatDay(f.dueDate)}
                      {late ? " (vencido)" : ""}
                    </span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
