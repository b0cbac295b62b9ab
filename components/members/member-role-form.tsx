"use client";

import { changeMemberRoleAction } from "@/app/(app)/e/[entityId]/miembros/actions";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { inputClass, ProblemAlert, secondaryButton } from "@/components/forms/form-parts";
import { useServerAction } from "@/components/forms/use-server-action";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { ZChangeMemberRole } from "@/lib/members/member-schemas";
import { RoleOptions } from "./role-options";

type Props = { memberRef: { entityId: string; membershipId: string }; role: MemberRole };

export function MemberRoleForm({ memberRef, role }: Props) {
  const router = useRouter();
  const id = useId();
  const { pending, problem, run } = useServerAction(changeMemberRoleAction);
  const [selected, setSelected] = useState<MemberRole>(role);
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    run(ZChangeMemberRole, { ...memberRef, role: selected }, () => {
      setSaved(true);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-[14rem] flex-1 sm:flex-none">
          <label htmlFor={id} className="block text-sm font-medium text-slate-700">
            Rol en la entidad
          </label>
          <select id={id} value={selected} onChange={(event) => setSelected(event.target.value as MemberRole)} className={inputClass}>
            <RoleOptions />
          </select>
        </div>
        <button type="submit" disabled={pending || selected === role} className={secondaryButton}>
          {pending ? "Guardando…" : "Cambiar rol"}
        </button>
      </div>
      {role === "RESPONSABLE" && selected !== role && (
        <p className="text-sm text-amber-800">Al dejar de ser responsable de política se le quitan las políticas asignadas.</p>
      )}
      {saved && !problem && <p role="status" className="text-sm text-emerald-800">Rol actualizado.</p>}
      <ProblemAlert problem={problem} />
    </form>
  );
}
