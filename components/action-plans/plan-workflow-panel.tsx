"use client";

// The plan's workflow buttons (approve, start follow-up, close, reopen). The
// server checks each permission again; reopening asks for a recorded reason.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { transitionPlanAction } from "@/app/(app)/e/[entityId]/planes/actions";

export type PlanTransition = "approve" | "start" | "close" | "reopen";

const BUTTONS: Record<PlanTransition, { label: string; needsReason: boolean; style: string }> = {
  approve: { label: "Aprobar el plan (comité)", needsReason: false, style: "bg-emerald-700 text-white hover:bg-emerald-800" },
  start: { label: "Iniciar seguimiento", needsReason: false, style: "bg-faro-700 text-white hover:bg-faro-800" },
  close: { label: "Cerrar el plan", needsReason: false, style: "border border-slate-300 bg-white text-slate-800" },
  reopen: { label: "Reabrir el plan", needsReason: true, style: "border border-slate-300 bg-white text-slate-800" },
};

export function PlanWorkflowPanel({ entityId, planId, allowed }: { entityId: string; planId: string; allowed: PlanTransition[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [reasonFor, setReasonFor] = useState<PlanTransition | null>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  if (allowed.length === 0) return null;

  function run(transition: PlanTransition) {
    if (BUTTONS[transition].needsReason && reasonFor !== transition) {
      setReasonFor(transition);
      return;
    }
    setError(null);
    startTransition(async () => {
      const result = await transitionPlanAction({ entityId, planId, transition, ...(BUTTONS[transition].needsReason ? { reason } : {}) });
      if (!result.ok) {
        setError(result.fieldErrors?.reason?.[0] ?? result.error);
        return;
      }
      setReasonFor(null);
      setReason("");
      router.refresh();
    });
  }

  return (
    <div className="space-y-2">
      {reasonFor && (
        <label className="block text-sm text-slate-700">
          Motivo (queda registrado)
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1" />
        </label>
      )}
      <div className="flex flex-wrap gap-2">
        {allowed.map((transition) => (
          <button key={transition} type="button" disabled={pending} onClick={() => run(transition)} className={`rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60 ${BUTTONS[transition].style}`}>
            {reasonFor === transition ? `Confirmar: ${BUTTONS[transition].label.toLowerCase()}` : BUTTONS[transition].label}
          </button>
        ))}
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
