"use client";

// Removal asks once more, in words, what will happen.
import { removeMemberAction } from "@/app/(app)/e/[entityId]/miembros/actions";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { dangerButton, ProblemAlert, secondaryButton } from "@/components/forms/form-parts";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZMemberRef } from "@/lib/members/member-schemas";

type Props = { memberRef: { entityId: string; membershipId: string }; name: string; isSelf: boolean };

export function RemoveMemberButton({ memberRef, name, isSelf }: Props) {
  const router = useRouter();
  const { pending, problem, run, clearProblem } = useServerAction(removeMemberAction);
  const [confirming, setConfirming] = useState(false);

  function remove() {
    run(ZMemberRef, memberRef, () => {
      setConfirming(false);
      // Someone who left no longer sees this entity's pages.
      if (isSelf) router.replace("/");
      router.refresh();
    });
  }

  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} className={dangerButton}>
        {isSelf ? "Salir de la entidad" : "Quitar de la entidad"}
      </button>
    );
  }
  return (
    <div role="alertdialog" aria-label={`Confirmar: quitar a ${name}`} className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm">
      <p className="text-red-900">
        {isSelf
          ? "¿Seguro que quiere salir de la entidad? Perderá el acceso a sus páginas de inmediato."
          : `¿Quitar a ${name} de la entidad? Perderá el acceso de inmediato y se le quitan las políticas asignadas; su cuenta sigue existiendo para otras entidades.`}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={remove} disabled={pending} className="rounded-md bg-red-700 px-3 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60">
          {pending ? "Quitando…" : "Sí, quitar"}
        </button>
        <button
          type="button"
          onClick={() => {
            setConfirming(false);
            clearProblem();
          }}
          className={secondaryButton}
        >
          Cancelar
        </button>
      </div>
      <ProblemAlert problem={problem} />
    </div>
  );
}
