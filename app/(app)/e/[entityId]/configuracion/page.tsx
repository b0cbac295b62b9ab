import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/authz/page-context";
import { FIRST_VIGENCIA, lastVigencia } from "@/lib/entity-settings/entity-settings-schema";
import { loadEntitySettings } from "@/lib/entity-settings/load-entity-settings";
import { CatalogVersionsPanel } from "./_components/catalog-versions-panel";
import { EntitySettingsForm } from "./_components/entity-settings-form";

export const metadata: Metadata = { title: "Configuración de la entidad" };

export default async function EntitySettingsPage({ params }: { params: Promise<{ entityId: string }> }) {
  // Other roles get the same 404 as a foreign entity.
  const ctx = await requirePagePermission((await params).entityId, "entity.settings.update");
  const { entity, vigencias, versions } = await loadEntitySettings(ctx);
  const years = Array.from({ length: lastVigencia() - FIRST_VIGENCIA + 1 }, (_, i) => lastVigencia() - i);
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm text-slate-600">{entity.name}</p>
        <h1 className="text-2xl font-semibold text-faro-900">Configuración de la entidad</h1>
      </div>
      <EntitySettingsForm entity={entity} />
      <CatalogVersionsPanel
        entityId={entity.id}
        vigencias={vigencias.map((v) => ({ vigencia: v.vigencia, versionCode: v.version.code, versionName: v.version.name }))}
        versions={versions}
        years={years}
      />
    </div>
  );
}
