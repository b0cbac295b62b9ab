"use client";

import { useRouter } from "next/navigation";
import { unlinkEvidenceAction } from "@/app/(app)/e/[entityId]/evidencias/actions";
import { useServerAction } from "@/components/forms/use-server-action";

export const CONFIRM_UNLINK = "¿Desvincular la evidencia de este elemento? Se pierde su revisión para este elemento.";
const CONFIRM = CONFIRM_UNLINK;

export function UnlinkButton({ entityId, linkId }: { entityId: string; linkId: string }) {
  const router = useRouter();
  const { pending, problem, run } = useServerAction(unlinkEvidenceAction);
  return (
    <span>
      <button type="button" disabled={pending} onClick={() => window.confirm(CONFIRM) && run(null, { entityId, linkId }, () => router.refresh())} className="text-sm text-red-800 underline">
        Desvincular
      </button>
      {problem && <span role="alert" className="ml-2 text-sm text-red-700">{problem.message}</span>}
    </span>
  );
}
