import type { Metadata } from "next";
import { PlatformTabs } from "@/components/platform/platform-tabs";
import { ImportHistory } from "@/components/results/import-history";
import { listResultsImports } from "@/lib/results/list-imports";
import { requirePlatformOperator } from "@/lib/platform/require-platform-operator";
import { ImportResultsForm } from "./_components/import-results-form";

export const metadata: Metadata = { title: "Resultados FURAG oficiales" };

export default async function PlatformResultsPage() {
  // Anyone but the platform operator gets the 404 of a page that does not exist.
  const userId = await requirePlatformOperator();
  const imports = await listResultsImports(userId);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-faro-900">Resultados FURAG oficiales</h1>
        <p className="max-w-3xl text-slate-600">
          Cargue los libros que publica Función Pública (Resultados_vigAAAA_territorio.xlsx o _nacion.xlsx, y los de recomendaciones). Las filas se
          asocian a las entidades de la plataforma por código SIGEP; las demás quedan como referencia para comparar con el grupo par.
        </p>
      </div>
      <PlatformTabs current="/plataforma/resultados" />
      <ImportResultsForm />
      <ImportHistory imports={imports} />
    </div>
  );
}
