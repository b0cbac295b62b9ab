import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { LoginForm } from "@/components/auth/login-form";
import { getSessionUserId } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Iniciar sesión" };

export default async function LoginPage() {
  if (await getSessionUserId()) redirect("/");
  return (
    <main className="grid min-h-screen place-items-center bg-faro-900 px-4 py-10">
      <div className="w-full max-w-md rounded-xl bg-white p-6 shadow-xl sm:p-8">
        <p className="text-sm font-semibold uppercase tracking-wide text-faro-600">Faro MIPG</p>
        <h1 className="mt-1 text-2xl font-semibold text-faro-900">Iniciar sesión</h1>
        <p className="mb-6 mt-1 text-sm text-slate-600">
          Autodiagnósticos, FURAG, evidencias y planes de acción del Modelo Integrado de Planeación y Gestión.
        </p>
        <Suspense>
          <LoginForm />
        </Suspense>
      </div>
    </main>
  );
}
