import { STATE_LABELS } from "@/lib/furag/export/answer-lines";
import type { FuragAnswerState } from "@/lib/generated/prisma/enums";

const STYLES: Record<FuragAnswerState, string> = {
  SIN_RESPONDER: "bg-white text-slate-600 ring-1 ring-slate-300",
  RESPONDIDA: "bg-sky-100 text-sky-900",
  REVISADA: "bg-emerald-100 text-emerald-900",
  CON_OBSERVACIONES: "bg-amber-100 text-amber-900",
};

export function AnswerStateBadge({ state }: { state: FuragAnswerState }) {
  return <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${STYLES[state]}`}>{STATE_LABELS[state]}</span>;
}
