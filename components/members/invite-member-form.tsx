"use client";

// "Invitar a una persona": e-mail, name, role (and policies for a
// RESPONSABLE). The answer is the one-time link to hand over, or the news
// that the person already has an account and can sign in.
import { inviteMemberAction } from "@/app/(app)/e/[entityId]/miembros/actions";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { primaryButton, ProblemAlert } from "@/components/forms/form-parts";
import { FieldErrorList, LabeledInput, LabeledSelect } from "@/components/forms/labeled-field";
import { useServerAction } from "@/components/forms/use-server-action";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import type { InviteMemberResult } from "@/lib/members/invite-member";
import { ZInviteMember } from "@/lib/members/member-schemas";
import { LinkPanel } from "./link-panel";
import { PolicyCheckboxes } from "./policy-checkboxes";
import { RoleOptions } from "./role-options";

const FIELDS = ["email", "name", "role", "policyCodes"];

export function InviteMemberForm({ entityId, entityName }: { entityId: string; entityName: string }) {
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(inviteMemberAction);
  const [role, setRole] = useState<MemberRole>("LECTOR");
  const [policyCodes, setPolicyCodes] = useState<string[]>([]);
  const [result, setResult] = useState<InviteMemberResult | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = {
      entityId,
      email: String(data.get("email") ?? ""),
      name: String(data.get("name") ?? ""),
      role,
      policyCodes: role === "RESPONSABLE" ? policyCodes : [],
    };
    setResult(null);
    run(ZInviteMember, input, (answer) => {
      setResult(answer);
      form.reset();
      setRole("LECTOR");
      setPolicyCodes([]);
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="invite-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div>
        <h2 id="invite-title" className="text-lg font-semibold text-faro-900">
          Invitar a una persona
        </h2>
        <p className="text-sm text-slate-600">
          Recibirá un enlace para crear su contraseña, válido por 72 horas y de un solo uso. Si ya tiene cuenta en Faro (por
          ejemplo, en otra entidad), solo se agrega a {entityName}.
        </p>
      </div>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-3">
          <LabeledInput id="invite-email" name="email" label="Correo electrónico" type="email" autoComplete="off" errors={fieldErrors.email} />
          <LabeledInput id="invite-name" name="name" label="Nombre completo" autoComplete="off" errors={fieldErrors.name} />
          <LabeledSelect
            id="invite-role"
            label="Rol"
            value={role}
            onChange={(event) => setRole(event.target.value as MemberRole)}
            errors={fieldErrors.role}
          >
            <RoleOptions />
          </LabeledSelect>
        </div>
        {role === "RESPONSABLE" && (
          <fieldset className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium text-slate-700">Políticas a su cargo (puede asignarlas después)</legend>
            <PolicyCheckboxes idPrefix="invite-policy" selected={policyCodes} onChange={setPolicyCodes} disabled={pending} />
            <FieldErrorList errors={fieldErrors.policyCodes} />
          </fieldset>
        )}
        <ProblemAlert problem={problem} shownFields={FIELDS} />
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Invitando…" : "Invitar"}
        </button>
      </form>
      {result && <InviteOutcome result={result} entityName={entityName} />}
    </section>
  );
}

function InviteOutcome({ result, entityName }: { result: InviteMemberResult; entityName: string }) {
  if (!result.invitation) {
    return (
      <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-950">
        {result.name} ({result.email}) ya tenía cuenta en Faro y ahora es miembro de {entityName}. Puede iniciar sesión con su
        contraseña de siempre: no necesita enlace.
      </p>
    );
  }
  return (
    <LinkPanel
      title={`Invitación creada para ${result.name}${result.existingAccount ? " (ya tenía cuenta, pero aún no ha creado su contraseña)" : ""}`}
      email={result.email}
      {...result.invitation}
    />
  );
}
