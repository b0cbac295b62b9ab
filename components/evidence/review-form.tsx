"use client";

// Control interno's verdict on an evidence or on one of its links.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { reviewEvidenceAction } from "@/app/(app)/e/[entityId]/evidencias/actions";
import { primaryButton, ProblemAlert } from "@/components/forms/form-parts";
import { useServerAction } from "@/components/forms/use-server-action";
import { REVIEW_STATE_LABELS } from "@/lib/evidence/labels";
import { ZReviewEvidence } from "@/lib/evidence/schemas";
import type { EvidenceReviewState } from "@/lib/generated/prisma/enums";

type Props = { entityId: string; evidenceId: string; linkId?: string; current: EvidenceReviewState; label: string };

export function ReviewForm({ entityId, evidenceId, linkId, current, label }: Props) {
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(reviewEvidenceAction);
  const [state, setState] = useState<EvidenceReviewState>(current === "PENDIENTE" ? "ACEPTADA" : current);
  const [comment, setComment] = useState("");
  const [done, setDone] = useState(false);
  const idBase = `revision-${linkId ?? evidenceId}`;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = { entityId, evidenceId, ...(linkId ? { linkId } : {}), state, comment };
    run(ZReviewEvidence, input, () => {
      setComment("");
      setDone(true);
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} className="space-y-2" aria-label={label}>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">{label}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {(Object.keys(REVIEW_STATE_LABELS) as EvidenceReviewState[]).map((s) => (
            <label key={s} className="flex items-center gap-1 text-sm">
              <input type="radio" name={`${idBase}-estado`} value={s} checked={state === s} onChange={() => setState(s)} />
              {REVIEW_STATE_LABELS[s]}
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor={`${idBase}-comentario`} className="block text-sm text-slate-700">
        Comentario {state === "CON_OBSERVACIONES" || state === "RECHAZADA" ? "(obligatorio)" : "(opcional)"}
      </label>
      <textarea
        id={`${idBase}-comentario`}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        rows={2}
        maxLength={4000}
        aria-invalid={fieldErrors.comment ? true : undefined}
        className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-600"
      />
      {fieldErrors.comment && <p className="text-sm text-red-700">{fieldErrors.comment.join(" ")}</p>}
      <ProblemAlert problem={problem} shownFields={["comment"]} />
      {done && !problem && <p role="status" className="text-sm text-emerald-800">Revisión registrada.</p>}
      <button type="submit" className={primaryButton} disabled={pending}>
        Registrar revisión
      </button>
    </form>
  );
}
