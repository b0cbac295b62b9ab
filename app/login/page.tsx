import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { readOidcConfig } from "@/lib/auth/oidc";
import { getSessionUserId } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Iniciar sesión" };

export default async function LoginPage() {
  if (await getSessionUserId()) redirect("/");
  const oidc = readOidcConfig();
  return (
    <AuthCard
      title="Iniciar sesión"
      intro="Autodiagnósticos, FURAG, evidencias y planes de acción del Modelo Integrado de Planeación y Gestión."
    >
      <Suspense>
        {/* Only the provider's display name reaches the browser, never its secrets. */}
        <LoginForm oidc={oidc ? { name: oidc.name } : null} />
      </Suspense>
    </AuthCard>
  );
}
