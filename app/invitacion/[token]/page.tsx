import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { FormAlert } from "@/components/forms/form-alert";
import { AcceptInvitationForm } from "@/components/members/accept-invitation-form";
import { formatDateTime } from "@/lib/format/dates";
import { loadInvitation } from "@/lib/invitations/load-invitation";

export const metadata: Metadata = { title: "Invitación", referrer: "no-referrer" };

// Public: the one-time token in the URL is the only credential.
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await loadInvitation(token);
  if (invitation.status !== "valid") {
    return (
      <AuthCard title="Invitación a Faro MIPG">
        <div className="space-y-4">
          <FormAlert kind="error">{invitation.message}</FormAlert>
          <Link href="/login" className="inline-block text-sm font-medium text-faro-700 underline">
            Ir a iniciar sesión
          </Link>
        </div>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Cree su contraseña"
      intro={
        <p>
          Hola, <strong className="text-slate-900">{invitation.personName}</strong>. Le dieron acceso a Faro MIPG en{" "}
          <strong className="text-slate-900">{invitation.placeName}</strong>. Cree una contraseña para la cuenta{" "}
          <span className="break-all font-medium text-slate-900">{invitation.email}</span>. Este enlace sirve una sola vez y vence el{" "}
          {formatDateTime(invitation.expiresAt)}.
        </p>
      }
    >
      <AcceptInvitationForm token={token} email={invitation.email} />
    </AuthCard>
  );
}
