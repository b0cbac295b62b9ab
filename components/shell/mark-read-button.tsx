"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { markNotificationsReadAction } from "@/app/(app)/notificaciones/actions";
import { secondaryButton } from "@/components/forms/form-parts";

export function MarkAllReadButton() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className={secondaryButton}
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await markNotificationsReadAction({});
          router.refresh();
        })
      }
    >
      Marcar todas como leídas
    </button>
  );
}
