"use client";

// The invited person's set-password form. The rules are checked here for
// immediate feedback and again on the server; on success the person goes to
// the sign-in page, which confirms the password was created.
import { acceptInvitationAction } from "@/app/invitacion/[token]/actions";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { collectFieldErrors, type FieldErrors } from "@/components/auth/field-errors";
import { FormAlert } from "@/components/auth/form-alert";
import { FormField } from "@/components/auth/form-field";
import { PASSWORD_RULES_HINT, ZNewPassword } from "@/lib/auth/password-rules";
import { ZAcceptInvitation } from "@/lib/invitations/accept-invitation-schema";
import { primaryButton } from "./form-parts";

/** The sign-in page's confirmation that a password was just set (components/auth/login-form.tsx). */
const PASSWORD_SET_NOTICE = "/login?restablecida=1";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { token, password: String(data.get("password") ?? ""), confirmPassword: String(data.get("confirmPassword") ?? "") };
    const problems = collectFieldErrors(
      ZAcceptInvitation.safeParse(input),
      ZNewPassword.safeParse({ email, password: input.password, confirmPassword: input.confirmPassword }),
    );
    setFieldErrors(problems ?? {});
    setError(problems ? "Revise la contraseña." : null);
    if (problems) return;
    startTransition(async () => {
      try {
        const result = await acceptInvitationAction(input);
        if (result.ok) {
          router.replace(PASSWORD_SET_NOTICE);
          return;
        }
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
      } catch {
        setError("No hay conexión con el servidor. Verifique su red e intente de nuevo.");
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {/* Lets password managers save the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField
        id="password"
        name="password"
        type="password"
        label="Nueva contraseña"
        autoComplete="new-password"
        hint={PASSWORD_RULES_HINT}
        errors={fieldErrors.password}
        required
      />
      <FormField
        id="confirmPassword"
        name="confirmPassword"
        type="password"
        label="Repita la contraseña"
        autoComplete="new-password"
        errors={fieldErrors.confirmPassword}
        required
      />
      {error && <FormAlert kind="error">{error}</FormAlert>}
      <button type="submit" disabled={pending} className={`w-full ${primaryButton}`}>
        {pending ? "Guardando…" : "Crear contraseña"}
      </button>
    </form>
  );
}
