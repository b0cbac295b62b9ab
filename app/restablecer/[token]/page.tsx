import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { FormAlert } from "@/components/forms/form-alert";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { inspectPasswordResetLink } from "@/lib/auth/reset-password-with-token";

export const metadata: Metadata = { title: "Nueva contraseña", referrer: "no-referrer" };

// Public: the one-time token in the URL is the authorisation. Looking at the
// page does not use the link; saving the new password does.
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await inspectPasswordResetLink(token);
  if (link.status !== "valid") {
    return (
      <AuthCard title="Enlace para restablecer la contraseña">
        <div className="space-y-4">
          <FormAlert kind="error">{link.message}</FormAlert>
          <p className="text-sm text-slate-700">
            Puede <Link href="/restablecer" className="text-faro-700 underline">pedir un enlace nuevo</Link> o{" "}
            <Link href="/login" className="text-faro-700 underline">volver a iniciar sesión</Link>.
          </p>
        </div>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Nueva contraseña"
      intro={
        <>
          Elija la nueva contraseña de <strong className="text-slate-900">{link.email}</strong>.
        </>
      }
    >
      <ResetPasswordForm token={token} email={link.email} />
    </AuthCard>
  );
}
