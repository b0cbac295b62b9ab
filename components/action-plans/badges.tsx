// Plan state and item status as text plus colour (never colour alone).
import type { ActionPlanState } from "@/lib/generated/prisma/enums";
import type { EffectiveStatus } from "@/lib/action-plans/effective-status";
import { ITEM_STATUS_LABELS, ITEM_STATUS_STYLES, PLAN_STATE_LABELS } from "@/lib/action-plans/labels";

const PLAN_STYLES: Record<ActionPlanState, string> = {
  BORRADOR: "bg-slate-100 text-slate-800",
  APROBADO: "bg-emerald-100 text-emerald-900",
  EN_SEGUIMIENTO: "bg-sky-100 text-sky-900",
  CERRADO: "bg-slate-700 text-white",
};

export function PlanStateBadge({ state }: { state: ActionPlanState }) {
  return <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${PLAN_STYLES[state]}`}>{PLAN_STATE_LABELS[state]}</span>;
}

export function ItemStatusBadge({ status }: { status: EffectiveStatus }) {
  return <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${ITEM_STATUS_STYLES[status]}`}>{ITEM_STATUS_LABELS[status]}</span>;
}
