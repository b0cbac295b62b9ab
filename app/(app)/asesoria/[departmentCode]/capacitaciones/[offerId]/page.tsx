import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AttendanceForm } from "@/components/advisor/attendance-form";
import { MODALITY_LABELS } from "@/lib/advisor/requests/request-schemas";
import { loadTrainingOffer } from "@/lib/advisor/training/training-offers";
import { getPageAdvisorContext } from "@/lib/authz/advisor-context";
import { NotFoundError } from "@/lib/errors/app-error";
import { formatCalendarDate } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Asesoría: capacitación" };

type Props = { params: Promise<{ departmentCode: string; offerId: string }> };

export default async function TrainingOfferPage({ params }: Props) {
  const { departmentCode, offerId } = await params;
  const ctx = await getPageAdvisorContext(departmentCode);
  if (!z.uuid().safeParse(offerId).success) notFound();
  const offer = await loadTrainingOffer(ctx, offerId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <div className="space-y-4">
      <div>
        <Link href={`/asesoria/${departmentCode}/capacitaciones`} className="text-sm text-faro-800 hover:underline">
          ← Capacitaciones
        </Link>
        <h1 className="text-2xl font-semibold text-faro-900">{offer.title}</h1>
        <p className="text-slate-600">
          {offer.policyCode} · {formatCalendarDate(offer.scheduledOn)} · {MODALITY_LABELS[offer.modality]} · {offer.place} · grupo según resultados {offer.vigencia}
        </p>
        <p className="mt-2 whitespace-pre-line text-slate-800">{offer.description}</p>
      </div>
      <section aria-labelledby="asistencia" className="space-y-2">
        <h2 id="asistencia" className="text-lg font-semibold text-faro-800">
          Asistencia ({offer.invitees.length} entidades invitadas)
        </h2>
        <AttendanceForm departmentCode={departmentCode} offerId={offer.id} invitees={offer.invitees} />
      </section>
    </div>
  );
}
