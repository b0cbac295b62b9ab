"use client";

// The invited person's set-password form. The rules are checked here for
// immediate feedback and again on the server; on success the person goes to
// the sign-in page, which confirms the password was created.
import { acceptInvitationAction } from "@/app/invitacion/[token]/actions";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { collectFieldErrors } from "@/components/forms/field-errors";
import { FormAlert } from "@/components/forms/form-alert";
import { primaryButton } from "@/components/forms/form-parts";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZNewPassword } from "@/lib/auth/password-rules";
import { ZAcceptInvitation } from "@/lib/invitations/accept-invitation-schema";

/** The sign-in page's confirmation that a password was just set (components/auth/login-form.tsx). */
const PASSWORD_SET_NOTICE = "/login?restablecida=1";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(acceptInvitationAction, { invalidMessage: "Revise la contraseña." });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { token, password: String(data.get("password") ?? ""), confirmPassword: String(data.get("confirmPassword") ?? "") };
    const check = () =>
      collectFieldErrors(
        ZAcceptInvitation.safeParse(input),
        ZNewPassword.safeParse({ email, password: input.password, confirmPassword: input.confirmPassword }),
      );
    run(check, input, () => router.replace(PASSWORD_SET_NOTICE));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <NewPasswordFields email={email} errors={fieldErrors} confirmLabel="Repita la contraseña" />
      {problem?.message && <FormAlert kind="error">{problem.message}</FormAlert>}
      <button type="submit" disabled={pending} className={`w-full ${primaryButton}`}>
        {pending ? "Guardando…" : "Crear contraseña"}
      </button>
    </form>
  );
}
