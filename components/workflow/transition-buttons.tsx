"use client";
// Workflow buttons for a record with states (an autodiagnóstico, an action
// plan): one button per transition the server allows now; a transition that
// needs a reason asks for it first and is confirmed with a second click. The
// server checks every permission again.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/authz/actions";

export type TransitionButton = { label: string; needsReason: boolean; style: string };

type Props<T extends string> = {
  buttons: Record<T, TransitionButton>;
  allowed: T[];
  /** Runs the transition (a server action); `reason` only for those that need one. */
  perform: (transition: T, reason: string | undefined) => Promise<ActionResult<unknown>>;
  isDisabled?: (transition: T) => boolean;
};

export function TransitionButtons<T extends string>({ buttons, allowed, perform, isDisabled }: Props<T>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [reasonFor, setReasonFor] = useState<T | null>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  if (allowed.length === 0) return null;

  function run(transition: T) {
    if (buttons[transition].needsReason && reasonFor !== transition) {
      setReasonFor(transition);
      return;
    }
    setError(null);
    startTransition(async () => {
      const result = await perform(transition, buttons[transition].needsReason ? reason : undefined);
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
          <button
            key={transition}
            type="button"
            disabled={pending || (isDisabled?.(transition) ?? false)}
            onClick={() => run(transition)}
            className={`rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60 ${buttons[transition].style}`}
          >
            {reasonFor === transition ? `Confirmar: ${buttons[transition].label.toLowerCase()}` : buttons[transition].label}
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
