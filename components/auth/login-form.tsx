"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { FormAlert } from "@/components/forms/form-alert";

/** Only same-site paths: an open redirect would let a link send people elsewhere. */
function safeCallback(value: string | null): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

type Props = {
  /** The organisation's identity provider, when OIDC is configured (see lib/auth/oidc.ts). */
  oidc: { name: string } | null;
};

export function LoginForm({ oidc }: Props) {
  const router = useRouter();
  const params = useSearchParams();
  const initialError = params.get("error");
  const [error, setError] = useState<string | null>(initialError ? signInErrorMessage(initialError) : null);
  const [pending, setPending] = useState(false);
  const passwordWasReset = params.get("restablecida") === "1";
  const callbackUrl = safeCallback(params.get("callbackUrl"));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!result || result.error) {
        setError(signInErrorMessage(result?.error));
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setError("No hay conexión con el servidor. Verifique su red e intente de nuevo.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-6">
      {passwordWasReset && !error && <FormAlert kind="success">Su contraseña quedó actualizada. Inicie sesión con la nueva contraseña.</FormAlert>}
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <div>
          <label htmlFor="email" className="block text-sm font-medium text-slate-700">
            Correo electrónico
          </label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-base"
          />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium text-slate-700">
            Contraseña
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-base"
          />
          <p className="mt-1 text-right text-sm">
            <Link href="/restablecer" className="text-faro-700 underline hover:text-faro-900">
              ¿Olvidó su contraseña?
            </Link>
          </p>
        </div>
        {error && <FormAlert kind="error">{error}</FormAlert>}
        <button
          type="submit"
          disabled={pending}
          className="w-full rounded-md bg-faro-700 px-4 py-2.5 font-semibold text-white hover:bg-faro-800 disabled:opacity-60"
        >
          {pending ? "Ingresando…" : "Ingresar"}
        </button>
      </form>
      {oidc && (
        <div className="space-y-3">
          <p className="flex items-center gap-3 text-sm text-slate-500 before:h-px before:flex-1 before:bg-slate-200 after:h-px after:flex-1 after:bg-slate-200">o</p>
          <button
            type="button"
            onClick={() => void signIn("oidc", { callbackUrl })}
            className="w-full rounded-md border border-faro-700 px-4 py-2.5 font-semibold text-faro-800 hover:bg-faro-50"
          >
            Ingresar con {oidc.name}
          </button>
        </div>
      )}
    </div>
  );
}
