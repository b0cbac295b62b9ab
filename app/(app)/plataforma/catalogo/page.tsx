import type { Metadata } from "next";
import Link from "next/link";
import { countEntitiesByCatalogVersion } from "@/lib/catalog/load-catalog-usage";
import { loadCatalogVersions } from "@/lib/catalog/load-catalog-versions";
import { requirePlatformOperator } from "@/lib/platform/require-platform-operator";
import { VersionCard } from "../../catalogo/_components/version-card";
import { CatalogFormatHelp } from "./_components/catalog-format-help";
import { ImportCatalogForm } from "./_components/import-catalog-form";

export const metadata: Metadata = { title: "Importar catálogo MIPG" };

export default async function PlatformCatalogPage() {
  // Anyone but the platform operator gets the 404 of a page that does not exist.
  const userId = await requirePlatformOperator();
  const [versions, entityCountByVersion] = await Promise.all([loadCatalogVersions(userId), countEntitiesByCatalogVersion(userId)]);
  return (
    <div className="space-y-6">
      <nav aria-label="Ruta" className="text-sm text-slate-600">
        <Link href="/plataforma" className="text-faro-700 hover:underline">
          Plataforma
        </Link>{" "}
        / Catálogo MIPG
      </nav>
      <div>
        <h1 className="text-2xl font-semibold text-faro-900">Importar una versión del catálogo MIPG</h1>
        <p className="max-w-3xl text-slate-600">
          Cuando Función Pública publique un nuevo Manual Operativo, cárguelo aquí como archivo JSON. Si el código ya existe y ninguna entidad
          usa esa versión, se reemplaza; si alguna la usa, no se toca.
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <ImportCatalogForm />
        <CatalogFormatHelp />
      </div>
      <section aria-labelledby="versiones" className="space-y-3">
        <h2 id="versiones" className="text-lg font-semibold text-faro-900">
          Versiones cargadas
        </h2>
        <ul className="grid gap-4 lg:grid-cols-2">
          {versions.map((version) => (
            <li key={version.id}>
              <VersionCard version={version} usage={{ kind: "all-entities", entityCountByVersion }} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
