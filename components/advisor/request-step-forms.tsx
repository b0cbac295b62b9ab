"use client";

// The advisor's forms for the next steps of a request (Tablas 10-14). Each
// shows only when the step is possible; the server checks the order again.
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import {
  assignResponsibleAction,
  closeRequestAction,
  recordAssistancePlanAction,
  recordSessionAction,
  referToLeaderAction,
} from "@/app/(app)/asesoria/[departmentCode]/solicitudes/actions";
import { primaryButton, ProblemAlert } from "@/components/forms/form-parts";
import { LabeledInput, LabeledSelect, LabeledTextarea } from "@/components/forms/labeled-field";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZAssignResponsible, ZCloseRequest, ZRecordPlan, ZRecordSession, ZReferToLeader } from "@/lib/advisor/requests/request-schemas";
import { ALLOWED_FROM } from "@/lib/advisor/requests/request-states";
import type { AdvisoryRequestState } from "@/lib/generated/prisma/enums";

type Ref = { departmentCode: string; requestId: string };
type Props = Ref & { state: AdvisoryRequestState; responsibleId: string | null; advisors: { id: string; name: string }[]; today: string };

function StepForm({ title, children, onSubmit, pending, problem, fields, button }: {
  title: string; children: React.ReactNode; onSubmit: (event: FormEvent<HTMLFormElement>) => void; pending: boolean;
  problem: ReturnType<typeof useServerAction>["problem"]; fields: string[]; button: string;
}) {
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h3 className="font-semibold text-faro-900">{title}</h3>
      {children}
      <ProblemAlert problem={problem} shownFields={fields} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? "Guardando…" : button}
      </button>
    </form>
  );
}

function useStep<T>(action: (raw: unknown) => Promise<import("@/lib/authz/actions").ActionResult<T>>) {
  const router = useRouter();
  const step = useServerAction(action);
  function submit(schema: Parameters<typeof step.run>[0], input: object, form: HTMLFormElement) {
    step.run(schema, input, () => {
      form.reset();
      router.refresh();
    });
  }
  return { ...step, submit };
}

export function RequestStepForms(props: Props) {
  const ref: Ref = { departmentCode: props.departmentCode, requestId: props.requestId };
  const assign = useStep(assignResponsibleAction);
  const refer = useStep(referToLeaderAction);
  const plan = useStep(recordAssistancePlanAction);
  const session = useStep(recordSessionAction);
  const close = useStep(closeRequestAction);
  const value = (event: FormEvent<HTMLFormElement>, name: string) => String(new FormData(event.currentTarget).get(name) ?? "");
  const can = (step: keyof typeof ALLOWED_FROM) => ALLOWED_FROM[step].includes(props.state);

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {can("assign") && (
        <StepForm title="Asignar responsable (Tabla 10)" button="Asignar" pending={assign.pending} problem={assign.problem} fields={["responsibleId"]}
          onSubmit={(e) => { e.preventDefault(); assign.submit(ZAssignResponsible, { ...ref, responsibleId: value(e, "responsibleId") }, e.currentTarget); }}>
          <LabeledSelect id="responsible" name="responsibleId" label="Asesor responsable" defaultValue={props.responsibleId ?? ""} errors={assign.fieldErrors.responsibleId}>
            <option value="" disabled>Elija…</option>
            {props.advisors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </LabeledSelect>
        </StepForm>
      )}
      {can("refer") && (
        <StepForm title="Remitir al líder de política (Tabla 11, opcional)" button="Registrar remisión" pending={refer.pending} problem={refer.problem} fields={["referral"]}
          onSubmit={(e) => { e.preventDefault(); refer.submit(ZReferToLeader, { ...ref, referral: value(e, "referral") }, e.currentTarget); }}>
          <LabeledTextarea id="referral" name="referral" label="A quién y con qué oficio" errors={refer.fieldErrors.referral} rows={3} />
        </StepForm>
      )}
      {can("plan") && (
        <StepForm title="Plan de asistencia (Tabla 12)" button="Guardar plan" pending={plan.pending} problem={plan.problem} fields={["plan"]}
          onSubmit={(e) => { e.preventDefault(); plan.submit(ZRecordPlan, { ...ref, plan: value(e, "plan") }, e.currentTarget); }}>
          <LabeledTextarea id="plan" name="plan" label="Acciones, materiales y fechas previstas" errors={plan.fieldErrors.plan} />
        </StepForm>
      )}
      {can("session") && (
        <StepForm title="Registrar una sesión realizada (Tabla 13)" button="Registrar sesión" pending={session.pending} problem={session.problem} fields={["heldOn", "modality", "attendees", "topics"]}
          onSubmit={(e) => {
            e.preventDefault();
            session.submit(ZRecordSession, { ...ref, heldOn: value(e, "heldOn"), modality: value(e, "modality"), attendees: value(e, "attendees"), topics: value(e, "topics") }, e.currentTarget);
          }}>
          <div className="grid gap-3 sm:grid-cols-2">
            <LabeledInput id="heldOn" name="heldOn" type="date" label="Fecha" max={props.today} defaultValue={props.today} errors={session.fieldErrors.heldOn} />
            <LabeledSelect id="modality" name="modality" label="Modalidad" defaultValue="VIRTUAL" errors={session.fieldErrors.modality}>
              <option value="VIRTUAL">Virtual</option>
              <option value="PRESENCIAL">Presencial</option>
            </LabeledSelect>
          </div>
          <LabeledInput id="attendees" name="attendees" label="Asistentes" hint="Nombres y cargos" errors={session.fieldErrors.attendees} />
          <LabeledTextarea id="topics" name="topics" label="Temas tratados y compromisos" errors={session.fieldErrors.topics} rows={3} />
        </StepForm>
      )}
      {can("close") && (
        <StepForm title="Cerrar la solicitud (Tabla 14)" button="Cerrar solicitud" pending={close.pending} problem={close.problem} fields={["summary"]}
          onSubmit={(e) => { e.preventDefault(); close.submit(ZCloseRequest, { ...ref, summary: value(e, "summary") }, e.currentTarget); }}>
          <LabeledTextarea id="summary" name="summary" label="Resultado de la asesoría" errors={close.fieldErrors.summary} rows={3} />
        </StepForm>
      )}
    </div>
  );
}
