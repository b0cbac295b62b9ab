"use client";

// Removes an item from a plan in borrador, after a confirmation.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deletePlanItemAction } from "@/app/(app)/e/[entityId]/planes/actions";
import { dangerButton } from "@/components/forms/form-parts";

export function DeleteItemButton({ entityId, planId, itemId }: { entityId: string; planId: string; itemId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function remove() {
    if (!confirming) return setConfirming(true);
    startTransition(async () => {
      const result = await deletePlanItemAction({ entityId, itemId });
      if (result.ok) router.push(`/e/${entityId}/planes/${planId}`);
      else setError(result.error);
    });
  }

  return (
    <div className="space-y-1">
      <button type="button" className={dangerButton} onClick={remove} disabled={pending}>
        {confirming ? "Confirmar: quitar esta acción del plan" : "Quitar del plan"}
      </button>
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
    </div>
  );
}
