"use client";

// The small forms of a session page: add a decision, add a commitment, link
// an approval, and remove any of them.
import { addCommitmentAction, addDecisionAction, convertCommitmentAction, linkApprovalAction } from "@/app/(app)/e/[entityId]/comite/actions";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { inputClass, ProblemAlert, secondaryButton } from "@/components/forms/form-parts";
import { FieldErrorList, LabeledInput, LabeledSelect } from "@/components/forms/labeled-field";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActionResult } from "@/lib/authz/actions";
import { ZAddCommitment, ZAddDecision, ZConvertCommitment, ZLinkApproval, ZRemoveSessionItem } from "@/lib/committee/schemas";

type Ref = { entityId: string; sessionId: string };

export function DecisionForm({ sessionRef }: { sessionRef: Ref }) {
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(addDecisionAction);
  const [text, setText] = useState("");
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(ZAddDecision, { ...sessionRef, text }, () => {
      setText("");
      router.refresh();
    });
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <label htmlFor="decision" className="block text-sm font-medium text-slate-700">
        Nueva decisión
      </label>
      <textarea id="decision" rows={2} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={fieldErrors.text ? true : undefined} className={inputClass} />
      <FieldErrorList errors={fieldErrors.text} />
      <ProblemAlert problem={problem} shownFields={["text"]} />
      <button type="submit" disabled={pending} className={secondaryButton}>
        {pending ? "Guardando…" : "Agregar decisión"}
      </button>
    </form>
  );
}

export function CommitmentForm({ sessionRef }: { sessionRef: Ref }) {
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(addCommitmentAction);
  const empty = { text: "", responsible: "", dueOn: "" };
  const [values, setValues] = useState(empty);
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(ZAddCommitment, { ...sessionRef, ...values }, () => {
      setValues(empty);
      router.refresh();
    });
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <LabeledInput id="commitment-text" label="Nuevo compromiso" value={values.text} onChange={(e) => setValues({ ...values, text: e.target.value })} errors={fieldErrors.text} />
      <div className="grid gap-2 sm:grid-cols-2">
        <LabeledInput id="commitment-responsible" label="Responsable" value={values.responsible} onChange={(e) => setValues({ ...values, responsible: e.target.value })} errors={fieldErrors.responsible} />
        <LabeledInput id="commitment-due" label="Fecha límite (opcional)" type="date" value={values.dueOn} onChange={(e) => setValues({ ...values, dueOn: e.target.value })} errors={fieldErrors.dueOn} />
      </div>
      <ProblemAlert problem={problem} shownFields={["text", "responsible", "dueOn"]} />
      <button type="submit" disabled={pending} className={secondaryButton}>
        {pending ? "Guardando…" : "Agregar compromiso"}
      </button>
    </form>
  );
}

export function LinkApprovalForm({ sessionRef, options }: { sessionRef: Ref; options: { id: string; label: string }[] }) {
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(linkApprovalAction);
  const [transitionId, setTransitionId] = useState("");
  if (options.length === 0) return <p className="text-sm text-slate-600">No hay aprobaciones de autodiagnósticos sin registrar en una sesión.</p>;
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(ZLinkApproval, { ...sessionRef, transitionId }, () => {
      setTransitionId("");
      router.refresh();
    });
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <LabeledSelect id="approval" label="Aprobación (autodiagnóstico o plan de acción) tomada en esta sesión" value={transitionId} onChange={(e) => setTransitionId(e.target.value)} errors={fieldErrors.transitionId ? ["Elija una aprobación de la lista."] : undefined}>
        <option value="">Elija una aprobación…</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </LabeledSelect>
      <ProblemAlert problem={problem} shownFields={["transitionId"]} />
      <button type="submit" disabled={pending} className={secondaryButton}>
        {pending ? "Guardando…" : "Vincular aprobación"}
      </button>
    </form>
  );
}

/** "Convertir en tarea del plan": pick an open plan; the commitment becomes one of its items. */
export function ConvertCommitmentForm({ entityId, commitmentId, plans }: { entityId: string; commitmentId: string; plans: { id: string; label: string }[] }) {
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(convertCommitmentAction);
  const [planId, setPlanId] = useState("");
  const id = `convert-${commitmentId}`;
  if (plans.length === 0) return <p className="text-xs text-slate-600">No hay planes de acción abiertos a los que pueda agregar tareas.</p>;
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(ZConvertCommitment, { entityId, commitmentId, planId }, () => router.refresh());
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1 basis-56">
        <LabeledSelect id={id} label="Convertir en tarea del plan" value={planId} onChange={(e) => setPlanId(e.target.value)} errors={fieldErrors.planId}>
          <option value="">Elija un plan…</option>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </LabeledSelect>
      </div>
      <button type="submit" disabled={pending} className={secondaryButton}>
        {pending ? "Convirtiendo…" : "Convertir"}
      </button>
      <div className="basis-full">
        <ProblemAlert problem={problem} shownFields={["planId"]} />
      </div>
    </form>
  );
}

type RemoveAction = (raw: unknown) => Promise<ActionResult<{ id: string }>>;

/** Removes one decision, commitment or linked approval (the action says which). */
export function RemoveItemButton({ action, entityId, itemId, label }: { action: RemoveAction; entityId: string; itemId: string; label: string }) {
  const router = useRouter();
  const { pending, problem, run } = useServerAction(action);
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button type="button" disabled={pending} aria-label={label} onClick={() => run(ZRemoveSessionItem, { entityId, itemId }, () => router.refresh())} className="text-sm text-red-800 underline hover:text-red-900 disabled:opacity-60">
        {pending ? "Quitando…" : "Quitar"}
      </button>
      <ProblemAlert problem={problem} />
    </span>
  );
}
