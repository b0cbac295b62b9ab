"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { setPasswordWithResetLink } from "@/app/restablecer/actions";
import { collectFieldErrors } from "@/components/forms/field-errors";
import { FormAlert } from "@/components/forms/form-alert";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZResetPassword } from "@/lib/auth/password-reset-schemas";
import { ZNewPassword } from "@/lib/auth/password-rules";

/** `email` is the account's, from the link: the password rules check against it. */
export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(setPasswordWithResetLink, { invalidMessage: "" });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { token, password: String(form.get("password") ?? ""), confirmPassword: String(form.get("confirmPassword") ?? "") };
    const check = () => collectFieldErrors(ZResetPassword.safeParse(input), ZNewPassword.safeParse({ ...input, email }));
    run(check, input, () => router.replace("/login?restablecida=1"));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <NewPasswordFields email={email} errors={fieldErrors} />
      {problem?.message && <FormAlert kind="error">{problem.message}</FormAlert>}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-faro-700 px-4 py-2.5 font-semibold text-white hover:bg-faro-800 disabled:opacity-60"
      >
        {pending ? "Guardando…" : "Guardar la nueva contraseña"}
      </button>
    </form>
  );
}
