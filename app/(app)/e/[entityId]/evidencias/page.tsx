import type { Metadata } from "next";
import Link from "next/link";
import { EvidenceFilterForm } from "@/components/evidence/evidence-filter-form";
import { EvidenceSubnav } from "@/components/evidence/evidence-subnav";
import { ExpiredBadge, ReviewBadge } from "@/components/evidence/evidence-badges";
import { hasPermission } from "@/lib/authz/entity-context";
import { requirePagePermission } from "@/lib/authz/page-context";
import { withTenant } from "@/lib/db/context";
import { formatDay } from "@/lib/evidence/expiry";
import { listEvidences, ZEvidenceFilters } from "@/lib/evidence/list-evidences";
import { listPolicyNames } from "@/lib/evidence/list-policy-names";

export const metadata: Metadata = { title: "Evidencias" };

type Props = { params: Promise<{ entityId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function EvidenceListPage({ params, searchParams }: Props) {
  const { entityId } = await params;
  const ctx = await requirePagePermission(entityId, "evidence.view");
  const filters = ZEvidenceFilters.parse(await searchParams);
  const [list, policies] = await Promise.all([listEvidences(ctx, filters), withTenant(ctx, (db) => listPolicyNames(db))]);
  const year = new Date().getFullYear();
  const years = Array.from({ length: year - 2018 + 2 }, (_, i) => year + 1 - i);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-faro-900">Evidencias</h1>
          <p className="text-slate-600">Documentos que soportan los puntajes y respuestas de {ctx.entity.name}, con su revisión de control interno.</p>
        </div>
        <EvidenceSubnav entityId={entityId} canUpload={hasPermission(ctx, "evidence.upload")} canReview={hasPermission(ctx, "evidence.review")} />
      </div>
      <EvidenceFilterForm action={`/e/${entityId}/evidencias`} filters={filters} policies={policies} years={years} />
      <p className="text-sm text-slate-600" role="status">
        {list.total === 0 ? "Ninguna evidencia con estos filtros." : list.total > list.shown ? `Se muestran ${list.shown} de ${list.total} evidencias; afine la búsqueda.` : `${list.total} evidencia${list.total === 1 ? "" : "s"}.`}
      </p>
      <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
        {list.rows.map((e) => (
          <li key={e.id}>
            <Link href={`/e/${entityId}/evidencias/${e.id}`} className="grid gap-1 p-3 hover:bg-faro-50 sm:grid-cols-[1fr_auto] sm:items-center sm:gap-4">
              <span>
                <span className="block font-medium text-slate-900">{e.title}</span>
                <span className="block text-sm text-slate-600">
                  {e.vigencia}
                  {e.policyCode ? ` · ${e.policyCode}` : ""} · Documento del {formatDay(e.documentDate)} · {e.owner.name} · rev. {e.currentRevision} · {e._count.links} vínculo{e._count.links === 1 ? "" : "s"}
                  {e.validUntil ? ` · vigente hasta ${formatDay(e.validUntil)}` : ""}
                </span>
              </span>
              <span className="flex flex-wrap gap-2">
                <ReviewBadge state={e.reviewState} />
                <ExpiredBadge expired={e.expired} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
