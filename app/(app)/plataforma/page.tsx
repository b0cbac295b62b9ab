import type { Metadata } from "next";
import Link from "next/link";
import { EntityList } from "@/components/platform/entity-list";
import { PlatformTabs } from "@/components/platform/platform-tabs";
import { listEntities } from "@/lib/platform/list-entities";
import { requirePlatformOperator } from "@/lib/platform/require-platform-operator";

export const metadata: Metadata = { title: "Plataforma: entidades" };

export default async function PlatformEntitiesPage() {
  const operatorId = await requirePlatformOperator();
  const entities = await listEntities(operatorId);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-faro-900">Plataforma</h1>
        <p className="text-slate-600">
          Registre entidades y su primer administrador. Como operador no ve el contenido de las entidades, salvo las que también
          integra.
        </p>
      </div>
      <PlatformTabs current="/plataforma" />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold text-faro-900">
          {entities.length === 1 ? "1 entidad registrada" : `${entities.length} entidades registradas`}
        </h2>
        <Link href="/plataforma/entidades/nueva" className="rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800">
          Registrar una entidad
        </Link>
      </div>
      <EntityList entities={entities} />
    </div>
  );
}
