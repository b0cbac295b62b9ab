"use client";

// One text and one button: the responsible's answer, or control interno's closure.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { answerFindingAction, closeFindingAction } from "@/app/(app)/e/[entityId]/hallazgos/actions";
import { primaryButton, ProblemAlert } from "@/components/forms/form-parts";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZAnswerFinding, ZCloseFinding } from "@/lib/evidence/schemas";

type Props = { entityId: string; findingId: string; kind: "answer" | "close"; initial?: string };

const TEXT = {
  answer: { label: "Respuesta del responsable", button: "Enviar respuesta", field: "answer" },
  close: { label: "Comentario de cierre", button: "Cerrar hallazgo", field: "comment" },
} as const;

export function FindingTextForm({ entityId, findingId, kind, initial = "" }: Props) {
  const router = useRouter();
  const answer = useServerAction(answerFindingAction);
  const close = useServerAction(closeFindingAction);
  const { pending, problem, fieldErrors } = kind === "answer" ? answer : close;
  const [text, setText] = useState(initial);
  const t = TEXT[kind];
  const id = `hallazgo-${kind}`;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const done = () => router.refresh();
    if (kind === "answer") answer.run(ZAnswerFinding, { entityId, findingId, answer: text }, done);
    else close.run(ZCloseFinding, { entityId, findingId, comment: text }, done);
  }

  return (
    <form onSubmit={submit} className="space-y-2" noValidate>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {t.label}
      </label>
      <textarea
        id={id}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={3}
        maxLength={8000}
        aria-invalid={fieldErrors[t.field] ? true : undefined}
        className="w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600"
      />
      {fieldErrors[t.field] && <p className="text-sm text-red-700">{fieldErrors[t.field]!.join(" ")}</p>}
      <ProblemAlert problem={problem} shownFields={[t.field]} />
      <button type="submit" className={primaryButton} disabled={pending}>
        {t.button}
      </button>
    </form>
  );
}
