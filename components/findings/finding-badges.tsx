import type { FindingSeverity, FindingState } from "@/lib/generated/prisma/enums";
import { FINDING_STATE_LABELS, SEVERITY_LABELS } from "@/lib/evidence/labels";

const SEVERITY: Record<FindingSeverity, string> = {
  BAJA: "bg-slate-100 text-slate-800",
  MEDIA: "bg-amber-100 text-amber-900",
  ALTA: "bg-orange-200 text-orange-950",
  CRITICA: "bg-red-700 text-white",
};
const STATE: Record<FindingState, string> = {
  ABIERTO: "bg-red-100 text-red-900",
  RESPONDIDO: "bg-sky-100 text-sky-900",
  CERRADO: "bg-emerald-100 text-emerald-900",
};

export function SeverityBadge({ severity }: { severity: FindingSeverity }) {
  return <span className={`rounded px-2 py-0.5 text-xs font-semibold ${SEVERITY[severity]}`}>Severidad {SEVERITY_LABELS[severity].toLowerCase()}</span>;
}

export function FindingStateBadge({ state }: { state: FindingState }) {
  return <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATE[state]}`}>{FINDING_STATE_LABELS[state]}</span>;
}
