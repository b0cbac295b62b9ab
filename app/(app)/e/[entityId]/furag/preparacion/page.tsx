import type { Metadata } from "next";
import Link from "next/link";
import { FuragHeader } from "@/components/furag/furag-header";
import { NoQuestionnaire } from "@/components/furag/no-questionnaire";
import { ReadinessBars } from "@/components/furag/readiness-bars";
import { ReadinessTable } from "@/components/furag/readiness-table";
import { requirePagePermission } from "@/lib/authz/page-context";
import { loadWorkspacePage } from "@/lib/furag/workspace/load-workspace-page";
import { computeReadiness } from "@/lib/furag/workspace/readiness";

export const metadata: Metadata = { title: "FURAG: preparación" };

type Props = { params: Promise<{ entityId: string }>; searchParams: Promise<{ vigencia?: string }> };

const BLOCKER_LABELS = { SIN_RESPONDER: "Sin responder", CON_OBSERVACIONES: "Con observaciones", SIN_EVIDENCIA: "Falta evidencia" } as const;
const SHOWN_BLOCKERS = 100;

export default async function FuragReadinessPage({ params, searchParams }: Props) {
  const { entityId } = await params;
  const ctx = await requirePagePermission(entityId, "furag.view");
  const page = await loadWorkspacePage(ctx, (await searchParams).vigencia);
  if (!("items" in page)) return <NoQuestionnaire />;
  const readiness = computeReadiness(page.items);
  const base = `/e/${entityId}/furag`;
  const ids = new Map(page.items.map((i) => [i.question.code, i.question.id]));
  const list = (query: string) => `${base}?vigencia=${page.vigencia}&${query}`;
  // Unanswered questions are a count with a link (hundreds at first); what needs fixing is listed one by one.
  const actionable = readiness.blockers.filter((b) => b.kind !== "SIN_RESPONDER");
  const counts: Record<string, number> = Object.fromEntries(Object.keys(BLOCKER_LABELS).map((k) => [k, readiness.blockers.filter((b) => b.kind === k).length]));
  return (
    <div className="space-y-5">
      <FuragHeader entityId={entityId} vigencia={page.vigencia} vigencias={page.vigencias} current="/preparacion" title={`Preparación FURAG ${page.vigencia}`}>
        <p className="max-w-3xl text-slate-600">Qué tan lista está la entidad para diligenciar el formulario oficial, y qué falta.</p>
      </FuragHeader>
      <section aria-label="Total de la entidad" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-3 font-semibold text-faro-900">Total</h2>
        <ReadinessBars counts={readiness.overall} />
      </section>
      <ReadinessTable
        caption="Por módulo"
        groupLabel="Módulo"
        rows={[...readiness.byModule].map(([prefix, c]) => ({ key: prefix, label: `${prefix} · ${page.moduleTopics.get(prefix) ?? ""}`, href: list(`modulo=${prefix}`), counts: c }))}
      />
      <ReadinessTable
        caption="Por política"
        groupLabel="Política"
        rows={[...readiness.byPolicy]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([code, c]) => ({ key: code, label: code === "—" ? "Sin política (PER, EMI, FIN)" : code, href: list(`politica=${code === "—" ? "ninguna" : code}`), counts: c }))}
      />
      <section aria-labelledby="bloqueos" className="space-y-2">
        <h2 id="bloqueos" className="text-lg font-semibold text-faro-900">
          Qué bloquea la preparación
        </h2>
        {readiness.blockers.length === 0 ? (
          <p className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-emerald-900">Nada bloquea: todas las preguntas están respondidas, con soporte y sin observaciones pendientes.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            <li>
              <Link href={list("estado=SIN_RESPONDER")} className="text-faro-700 underline">
                {counts.SIN_RESPONDER} preguntas sin responder
              </Link>
            </li>
            <li>
              <Link href={list("estado=CON_OBSERVACIONES")} className="text-faro-700 underline">
                {counts.CON_OBSERVACIONES} con observaciones de control interno sin atender
              </Link>
            </li>
            <li>{counts.SIN_EVIDENCIA === 1 ? "1 respuesta declara" : `${counts.SIN_EVIDENCIA} respuestas declaran`} algo sin indicar su soporte</li>
          </ul>
        )}
        {actionable.length > 0 && (
          <ul aria-label="Preguntas por corregir" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
            {actionable.slice(0, SHOWN_BLOCKERS).map((b, i) => (
              <li key={`${b.code}-${b.kind}-${i}`} className="flex flex-wrap items-baseline gap-2 px-3 py-2">
                <Link href={`${base}/pregunta/${ids.get(b.code)}`} className="font-mono font-semibold text-faro-700 underline">
                  {b.code}
                </Link>
                <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">{BLOCKER_LABELS[b.kind]}</span>
                <span className="text-slate-700">{b.message}</span>
              </li>
            ))}
          </ul>
        )}
        {actionable.length > SHOWN_BLOCKERS && <p className="text-sm text-slate-600">Se muestran las primeras {SHOWN_BLOCKERS}.</p>}
      </section>
    </div>
  );
}
