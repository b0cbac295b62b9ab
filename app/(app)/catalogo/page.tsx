import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { loadCatalogUsage } from "@/lib/catalog/load-catalog-usage";
import { loadCatalogVersions } from "@/lib/catalog/load-catalog-versions";
import { VersionCard } from "./_components/version-card";

export const metadata: Metadata = { title: "Catálogo MIPG" };

export default async function CatalogPage() {
  const user = await getCurrentUser();
  const [versions, usage] = await Promise.all([loadCatalogVersions(user.id), loadCatalogUsage(user)]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-faro-900">Catálogo MIPG</h1>
          <p className="max-w-3xl text-slate-600">
            Las versiones del Manual Operativo: cómo se agrupan las 19 políticas en las 7 dimensiones. Cada entidad elige la versión de cada
            vigencia en su configuración; una versión que ya usa alguna entidad no cambia.
          </p>
        </div>
        {user.isSuperadmin && (
          <Link href="/plataforma/catalogo" className="rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800">
            Importar una versión
          </Link>
        )}
      </div>
      {versions.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
          Todavía no hay versiones del catálogo. Se cargan con <code>npm run db:migrate</code>.
        </p>
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2">
          {versions.map((version) => (
            <li key={version.id}>
              <VersionCard version={version} usage={usage} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
