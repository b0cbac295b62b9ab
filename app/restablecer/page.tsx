import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { RequestResetForm } from "@/components/auth/request-reset-form";

export const metadata: Metadata = { title: "Restablecer la contraseña" };

// Public: the person cannot sign in, so there is no session to ask for.
export default function RequestResetPage() {
  return (
    <AuthCard
      title="Restablecer la contraseña"
      intro="Escriba el correo con el que ingresa a Faro MIPG. Si corresponde a una cuenta activa, recibirá un enlace para elegir una contraseña nueva."
    >
      <RequestResetForm />
    </AuthCard>
  );
}
