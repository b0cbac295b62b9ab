import type { Metadata } from "next";
import Link from "next/link";
import { MODALITY_LABELS } from "@/lib/advisor/requests/request-schemas";
import { listTrainingOffers } from "@/lib/advisor/training/training-offers";
import { getPageAdvisorContext } from "@/lib/authz/advisor-context";
import { formatCalendarDate } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Asesoría: capacitaciones" };

type Props = { params: Promise<{ departmentCode: string }> };

export default async function TrainingOffersPage({ params }: Props) {
  const { departmentCode } = await params;
  const ctx = await getPageAdvisorContext(departmentCode);
  const offers = await listTrainingOffers(ctx);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-faro-900">Capacitaciones</h1>
          <p className="text-slate-600">Oferta del departamento para grupos de entidades con la misma política más baja.</p>
        </div>
        <Link href={`/asesoria/${departmentCode}/capacitaciones/nueva`} className="rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800">
          Nueva capacitación
        </Link>
      </div>
      {offers.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
          Todavía no hay capacitaciones. Créelas desde la agrupación por política más baja de los resultados oficiales.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
          {offers.map((o) => {
            const recorded = o.invitees.filter((i) => i.attended !== null).length;
            const attended = o.invitees.filter((i) => i.attended).length;
            return (
              <li key={o.id}>
                <Link href={`/asesoria/${ctx.departmentCode}/capacitaciones/${o.id}`} className="block p-3 hover:bg-faro-50">
                  <span className="block font-medium text-slate-900">{o.title}</span>
                  <span className="block text-sm text-slate-600">
                    {o.policyCode} · {formatCalendarDate(o.scheduledOn)} · {MODALITY_LABELS[o.modality]} · {o.invitees.length} invitadas ·{" "}
                    {recorded === 0 ? "asistencia sin registrar" : `${attended} asistieron`}
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
