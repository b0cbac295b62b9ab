"use client";

// Control interno's review: the answer is fine ("revisada"), or it goes back
// with an observation that lands in the comments.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { FieldErrorList } from "@/components/forms/labeled-field";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZReviewFuragAnswer } from "@/lib/furag/answers/answer-schemas";
import { reviewFuragAnswerAction } from "@/app/(app)/e/[entityId]/furag/actions";

export function ReviewForm({ entityId, questionId }: { entityId: string; questionId: string }) {
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(reviewFuragAnswerAction);
  const [observation, setObservation] = useState("");
  const [done, setDone] = useState<string | null>(null);

  function review(outcome: "REVISADA" | "CON_OBSERVACIONES") {
    setDone(null);
    run(ZReviewFuragAnswer, { entityId, questionId, outcome, observation }, () => {
      setDone(outcome === "REVISADA" ? "Marcada como revisada." : "Observación enviada.");
      setObservation("");
      router.refresh();
    });
  }

  return (
    <div className="space-y-2">
      <label className="block text-sm font-medium text-slate-700">
        Observación (obligatoria si la devuelve)
        <textarea value={observation} onChange={(e) => setObservation(e.target.value)} rows={3} maxLength={2000} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" />
      </label>
      <FieldErrorList errors={fieldErrors.observation} />
      {problem?.message && <FormAlert kind="error">{problem.message}</FormAlert>}
      {done && <FormAlert kind="success">{done}</FormAlert>}
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={pending} onClick={() => review("REVISADA")} className="rounded-md bg-emerald-700 px-3 py-2 text-sm font-semibold text-white hover:bg-emerald-800 disabled:opacity-60">
          Marcar revisada
        </button>
        <button type="button" disabled={pending} onClick={() => review("CON_OBSERVACIONES")} className="rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm font-semibold text-amber-900 hover:bg-amber-100 disabled:opacity-60">
          Devolver con observaciones
        </button>
      </div>
    </div>
  );
}
