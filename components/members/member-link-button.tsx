"use client";

// A new one-time link for a member: a password reset for someone who has a
// password, or a renewed invitation for someone who never created one.
import { issueMemberResetLinkAction, renewInvitationAction } from "@/app/(app)/e/[entityId]/miembros/actions";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ProblemAlert, secondaryButton } from "@/components/forms/form-parts";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZMemberRef } from "@/lib/members/member-schemas";
import { LinkPanel } from "./link-panel";

type Link = { name: string; url: string; expiresAt: Date; emailed: boolean };
type Props = { memberRef: { entityId: string; membershipId: string }; kind: "reset" | "invitation"; email: string };

const TEXT = {
  reset: { button: "Generar enlace para restablecer la contraseña", title: "Enlace para restablecer la contraseña de" },
  invitation: { button: "Renovar la invitación", title: "Nueva invitación para" },
} as const;

export function MemberLinkButton({ memberRef, kind, email }: Props) {
  const router = useRouter();
  const { pending, problem, run } = useServerAction<Link>(kind === "reset" ? issueMemberResetLinkAction : renewInvitationAction);
  const [link, setLink] = useState<Link | null>(null);

  function onClick() {
    setLink(null);
    run(ZMemberRef, memberRef, (answer) => {
      setLink(answer);
      router.refresh();
    });
  }

  return (
    <div className="w-full space-y-2">
      <button type="button" onClick={onClick} disabled={pending} className={secondaryButton}>
        {pending ? "Generando…" : TEXT[kind].button}
      </button>
      {link && <LinkPanel title={`${TEXT[kind].title} ${link.name}`} email={email} url={link.url} expiresAt={link.expiresAt} emailed={link.emailed} />}
      <ProblemAlert problem={problem} />
    </div>
  );
}
