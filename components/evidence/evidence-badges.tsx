// Review state and "vencida" flags, the same wherever evidence is shown.
import type { EvidenceReviewState } from "@/lib/generated/prisma/enums";
import { REVIEW_STATE_LABELS } from "@/lib/evidence/labels";

const STYLES: Record<EvidenceReviewState, string> = {
  PENDIENTE: "bg-amber-100 text-amber-900",
  ACEPTADA: "bg-emerald-100 text-emerald-900",
  CON_OBSERVACIONES: "bg-sky-100 text-sky-900",
  RECHAZADA: "bg-red-100 text-red-900",
};

export function ReviewBadge({ state, prefix }: { state: EvidenceReviewState; prefix?: string }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STYLES[state]}`}>
      {prefix ? `${prefix}: ` : ""}
      {REVIEW_STATE_LABELS[state]}
    </span>
  );
}

export function ExpiredBadge({ expired }: { expired: boolean }) {
  if (!expired) return null;
  return <span className="inline-block rounded bg-red-700 px-2 py-0.5 text-xs font-semibold text-white">Vencida</span>;
}
