"use client";
// The plan's workflow buttons (approve, start follow-up, close, reopen). The
// server checks each permission again; reopening asks for a recorded reason.
import { transitionPlanAction } from "@/app/(app)/e/[entityId]/planes/actions";
import { TransitionButtons, type TransitionButton } from "@/components/workflow/transition-buttons";

export type PlanTransition = "approve" | "start" | "close" | "reopen";

const BUTTONS: Record<PlanTransition, TransitionButton> = {
  approve: { label: "Aprobar el plan (comité)", needsReason: false, style: "bg-emerald-700 text-white hover:bg-emerald-800" },
  start: { label: "Iniciar seguimiento", needsReason: false, style: "bg-faro-700 text-white hover:bg-faro-800" },
  close: { label: "Cerrar el plan", needsReason: false, style: "border border-slate-300 bg-white text-slate-800" },
  reopen: { label: "Reabrir el plan", needsReason: true, style: "border border-slate-300 bg-white text-slate-800" },
};

export function PlanWorkflowPanel({ entityId, planId, allowed }: { entityId: string; planId: string; allowed: PlanTransition[] }) {
  return (
    <TransitionButtons
      buttons={BUTTONS}
      allowed={allowed}
      perform={(transition, reason) => transitionPlanAction({ entityId, planId, transition, ...(reason !== undefined ? { reason } : {}) })}
    />
  );
}
