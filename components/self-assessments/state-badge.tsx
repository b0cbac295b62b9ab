import type { AssessmentState } from "@/lib/generated/prisma/enums";
import { STATE_LABELS } from "@/lib/self-assessments/transition-assessment";

const STYLES: Record<AssessmentState, string> = {
  BORRADOR: "bg-slate-100 text-slate-800",
  EN_REVISION: "bg-amber-100 text-amber-900",
  APROBADO: "bg-emerald-100 text-emerald-900",
};

export function StateBadge({ state }: { state: AssessmentState | null }) {
  if (!state) return <span className="rounded bg-white px-2 py-0.5 text-xs text-slate-500 ring-1 ring-slate-200">No iniciado</span>;
  return <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STYLES[state]}`}>{STATE_LABELS[state]}</span>;
}
