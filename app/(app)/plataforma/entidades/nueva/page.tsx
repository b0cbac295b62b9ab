import type { Metadata } from "next";
import Link from "next/link";
import { CreateEntityForm } from "@/components/platform/create-entity-form";
import { PlatformTabs } from "@/components/platform/platform-tabs";
import { requirePlatformOperator } from "@/lib/platform/require-platform-operator";

export const metadata: Metadata = { title: "Plataforma: registrar una entidad" };

export default async function NewEntityPage() {
  await requirePlatformOperator();
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/plataforma" className="text-faro-700 underline">
            ← Entidades
          </Link>
        </p>
        <h1 className="text-2xl font-semibold text-faro-900">Registrar una entidad</h1>
        <p className="text-slate-600">
          Con sus datos oficiales y su primer administrador, que recibirá un enlace para crear su contraseña y luego invitará al
          resto del equipo.
        </p>
      </div>
      <PlatformTabs current="/plataforma" />
      <CreateEntityForm />
    </div>
  );
}
