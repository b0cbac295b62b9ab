"use client";

import { setMemberPoliciesAction } from "@/app/(app)/e/[entityId]/miembros/actions";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { ProblemAlert, secondaryButton } from "@/components/forms/form-parts";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZSetMemberPolicies } from "@/lib/members/member-schemas";
import { PolicyCheckboxes } from "./policy-checkboxes";

type Props = { memberRef: { entityId: string; membershipId: string }; policyCodes: string[] };

export function MemberPoliciesForm({ memberRef, policyCodes }: Props) {
  const router = useRouter();
  const id = useId();
  const { pending, problem, run } = useServerAction(setMemberPoliciesAction);
  const [selected, setSelected] = useState(policyCodes);
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    run(ZSetMemberPolicies, { ...memberRef, policyCodes: selected }, () => {
      setSaved(true);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit}>
      <fieldset className="space-y-2 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-700">Políticas a su cargo</legend>
        <PolicyCheckboxes idPrefix={`${id}-policy`} selected={selected} onChange={setSelected} disabled={pending} />
        <button type="submit" disabled={pending} className={secondaryButton}>
          {pending ? "Guardando…" : "Guardar políticas"}
        </button>
        {saved && !problem && <p role="status" className="text-sm text-emerald-800">Políticas guardadas.</p>}
        <ProblemAlert problem={problem} />
      </fieldset>
    </form>
  );
}
