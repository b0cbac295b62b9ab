import type { Metadata } from "next";
import Link from "next/link";
import { ExpiredBadge } from "@/components/evidence/evidence-badges";
import { requirePagePermission } from "@/lib/authz/page-context";
import { TARGET_KIND_LABELS } from "@/lib/evidence/link-targets";
import { loadReviewQueue } from "@/lib/evidence/load-review-queue";
import { formatDateTime } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Cola de revisión" };

export default async function ReviewQueuePage({ params }: { params: Promise<{ entityId: string }> }) {
  const { entityId } = await params;
  const ctx = await requirePagePermission(entityId, "evidence.review");
  const queue = await loadReviewQueue(ctx);
  return (
    <div className="space-y-4">
      <Link href={`/e/${entityId}/evidencias`} className="text-sm text-faro-700 underline">
        ← Evidencias
      </Link>
      <h1 className="text-2xl font-semibold text-faro-900">Cola de revisión</h1>
      <p className="text-slate-600">Evidencias pendientes de revisión de control interno, de la más antigua a la más reciente.</p>
      <section aria-labelledby="pendientes" className="space-y-2">
        <h2 id="pendientes" className="text-lg font-semibold text-faro-800">
          Evidencias pendientes ({queue.evidences.length})
        </h2>
        {queue.evidences.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-3 text-slate-700">No hay evidencias pendientes.</p>
        ) : (
          <ol className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
            {queue.evidences.map((e) => (
              <li key={e.id}>
                <Link href={`/e/${entityId}/evidencias/${e.id}`} className="flex flex-wrap items-center justify-between gap-2 p-3 hover:bg-faro-50">
                  <span>
                    <span className="block font-medium text-slate-900">{e.title}</span>
                    <span className="block text-sm text-slate-600">
                      {e.vigencia}
                      {e.policyCode ? ` · ${e.policyCode}` : ""} · rev. {e.currentRevision} · {e.owner.name} · esperando desde {formatDateTime(e.pendingSince)}
                    </span>
                  </span>
                  <ExpiredBadge expired={e.expired} />
                </Link>
              </li>
            ))}
          </ol>
        )}
      </section>
      {queue.links.length > 0 && (
        <section aria-labelledby="vinculos-pendientes" className="space-y-2">
          <h2 id="vinculos-pendientes" className="text-lg font-semibold text-faro-800">
            Vínculos nuevos de evidencias ya revisadas ({queue.links.length})
          </h2>
          <ol className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
            {queue.links.map((l) => (
              <li key={l.id}>
                <Link href={`/e/${entityId}/evidencias/${l.evidence.id}`} className="block p-3 hover:bg-faro-50">
                  <span className="block font-medium text-slate-900">{l.evidence.title}</span>
                  <span className="block text-sm text-slate-600">
                    {TARGET_KIND_LABELS[l.targetKind]}: {l.target.label} · desde {formatDateTime(l.createdAt)}
                  </span>
                </Link>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
