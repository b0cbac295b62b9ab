"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { FieldErrorList } from "@/components/forms/labeled-field";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZAssignFuragResponsible } from "@/lib/furag/answers/answer-schemas";
import { assignFuragResponsibleAction } from "@/app/(app)/e/[entityId]/furag/actions";

type Props = { entityId: string; questionId: string; current: string; members: { id: string; name: string }[] };

export function AssignForm({ entityId, questionId, current, members }: Props) {
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(assignFuragResponsibleAction);
  const [choice, setChoice] = useState(current);
  const [done, setDone] = useState(false);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    run(ZAssignFuragResponsible, { entityId, questionId, responsibleUserId: choice }, () => {
      setDone(true);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <label htmlFor="responsable" className="block text-sm font-medium text-slate-700">
        Responsable de responder
      </label>
      <div className="flex flex-wrap gap-2">
        <select id="responsable" value={choice} onChange={(e) => setChoice(e.target.value)} className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
          <option value="">Sin asignar</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-faro-800 hover:bg-faro-50 disabled:opacity-60">
          Asignar
        </button>
      </div>
      <FieldErrorList errors={fieldErrors.responsibleUserId} />
      {problem?.message && <FormAlert kind="error">{problem.message}</FormAlert>}
      {done && <FormAlert kind="success">Responsable guardado.</FormAlert>}
    </form>
  );
}
