import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportWorkbookForm } from "@/components/self-assessments/import-workbook-form";
import { getPageEntityContext } from "@/lib/authz/page-context";
import { defaultVigencia } from "@/lib/self-assessments/default-vigencia";
import { loadImportOptions, mayImportWorkbooks } from "@/lib/self-assessments/import/load-import-options";

export const metadata: Metadata = { title: "Importar libro oficial" };

export default async function ImportWorkbookPage({ params }: { params: Promise<{ entityId: string }> }) {
  const { entityId } = await params;
  const ctx = await getPageEntityContext(entityId);
  // PLANEACION, or a RESPONSABLE with policies assigned; anyone else sees the same 404 as a foreign id.
  if (!mayImportWorkbooks(ctx)) notFound();
  const { policies } = await loadImportOptions(ctx);
  const current = defaultVigencia();
  const years = Array.from({ length: current - 2018 + 2 }, (_, i) => current + 1 - i);
  return (
    <div className="max-w-3xl space-y-4">
      <div>
        <Link href={`/e/${entityId}/autodiagnosticos`} className="text-sm text-faro-700 underline">
          ← Autodiagnósticos
        </Link>
        <h1 className="mt-1 text-2xl font-semibold text-faro-900">Importar libro oficial de autodiagnóstico</h1>
        <p className="mt-1 text-slate-600">
          Suba la herramienta de autodiagnóstico de Función Pública de una política. Se guarda como instrumento de {ctx.entity.name}, completo: componentes,
          categorías y cada actividad con su rúbrica. Si lo desea, sus puntajes y observaciones pasan al autodiagnóstico de la vigencia que elija.
        </p>
      </div>
      <ImportWorkbookForm entityId={entityId} policies={policies} years={years} defaultVigencia={current} />
    </div>
  );
}
