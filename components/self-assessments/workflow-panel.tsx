"use client";
// The autodiagnóstico's workflow buttons (submit, approve, return, reopen);
// sending to review waits until every change is saved.
import { transitionAssessmentAction } from "@/app/(app)/e/[entityId]/autodiagnosticos/actions";
import { TransitionButtons, type TransitionButton } from "@/components/workflow/transition-buttons";

type Transition = "submit" | "approve" | "return" | "reopen";

const BUTTONS: Record<Transition, TransitionButton> = {
  submit: { label: "Enviar a revisión del comité", needsReason: false, style: "bg-faro-700 text-white hover:bg-faro-800" },
  approve: { label: "Aprobar", needsReason: false, style: "bg-emerald-700 text-white hover:bg-emerald-800" },
  return: { label: "Devolver a borrador", needsReason: true, style: "border border-slate-300 bg-white text-slate-800" },
  reopen: { label: "Reabrir", needsReason: true, style: "border border-slate-300 bg-white text-slate-800" },
};

type Props = { entityId: string; assessmentId: string; allowed: Transition[]; unsavedChanges?: boolean };

export function WorkflowPanel({ entityId, assessmentId, allowed, unsavedChanges = false }: Props) {
  return (
    <TransitionButtons
      buttons={BUTTONS}
      allowed={allowed}
      perform={(transition, reason) => transitionAssessmentAction({ entityId, assessmentId, transition, ...(reason !== undefined ? { reason } : {}) })}
      isDisabled={(transition) => transition === "submit" && unsavedChanges}
    />
  );
}
