"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { FieldErrorList } from "@/components/forms/labeled-field";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZAddFuragComment } from "@/lib/furag/answers/answer-schemas";
import { addFuragCommentAction } from "@/app/(app)/e/[entityId]/furag/actions";

export function CommentForm({ entityId, questionId }: { entityId: string; questionId: string }) {
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(addFuragCommentAction);
  const [body, setBody] = useState("");

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(ZAddFuragComment, { entityId, questionId, body }, () => {
      setBody("");
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <label htmlFor="comentario" className="block text-sm font-medium text-slate-700">
        Nuevo comentario
      </label>
      <textarea id="comentario" value={body} onChange={(e) => setBody(e.target.value)} rows={2} maxLength={2000} className="block w-full rounded-md border border-slate-300 px-3 py-2" />
      <FieldErrorList errors={fieldErrors.body} />
      {problem?.message && <FormAlert kind="error">{problem.message}</FormAlert>}
      <button type="submit" disabled={pending} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-faro-800 hover:bg-faro-50 disabled:opacity-60">
        {pending ? "Enviando…" : "Comentar"}
      </button>
    </form>
  );
}
