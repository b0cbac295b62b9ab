import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LevelLegend } from "@/components/advisor/level-legend";
import { OfficialTrendTable } from "@/components/advisor/official-trend-table";
import { SharedSelfAssessment } from "@/components/advisor/shared-self-assessment";
import { loadAdvisedEntity } from "@/lib/advisor/load-advised-entity";
import { getPageAdvisorContext } from "@/lib/authz/advisor-context";
import { NotFoundError } from "@/lib/errors/app-error";

export const metadata: Metadata = { title: "Asesoría: entidad" };

type Props = { params: Promise<{ departmentCode: string; sigepCode: string }> };

async function load(...args: Parameters<typeof loadAdvisedEntity>) {
  try {
    return await loadAdvisedEntity(...args);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function AdvisedEntityPage({ params }: Props) {
  const { departmentCode, sigepCode } = await params;
  const ctx = await getPageAdvisorContext(departmentCode);
  const entity = await load(ctx, decodeURIComponent(sigepCode));
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/asesoria/${departmentCode}`} className="text-sm text-faro-800 hover:underline">
          ← Resultados del departamento
        </Link>
        <h1 className="text-2xl font-semibold text-faro-900">{entity.name}</h1>
        <p className="text-slate-600">
          Código SIGEP {entity.sigepCode}
          {entity.municipalityName ? ` · ${entity.municipalityName}` : ""} · {entity.platformEntity ? "usa Faro" : "no usa Faro"}
        </p>
      </div>
      <section aria-labelledby="oficiales" className="space-y-2">
        <h2 id="oficiales" className="text-lg font-semibold text-faro-800">
          Resultados oficiales por vigencia
        </h2>
        {entity.trend.length ? (
          <>
            <LevelLegend />
            <OfficialTrendTable trend={entity.trend} policies={entity.policies} />
          </>
        ) : (
          <p className="text-slate-600">Función Pública no ha publicado resultados de esta entidad en las vigencias importadas.</p>
        )}
      </section>
      <section aria-labelledby="autodiagnostico" className="space-y-2">
        <h2 id="autodiagnostico" className="text-lg font-semibold text-faro-800">
          Autodiagnóstico de la entidad
        </h2>
        {!entity.platformEntity ? (
          <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">La entidad no usa Faro: solo hay resultados oficiales.</p>
        ) : !entity.platformEntity.sharesWithAdvisor ? (
          <p className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900" role="status">
            La entidad no comparte su autodiagnóstico con el asesor departamental. Puede pedirle que active esta opción en su configuración.
          </p>
        ) : entity.selfAssessment ? (
          <SharedSelfAssessment vigencia={entity.selfAssessment.vigencia} overview={entity.selfAssessment.overview} />
        ) : (
          <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">La entidad comparte su autodiagnóstico, pero todavía no ha iniciado ninguno.</p>
        )}
      </section>
    </div>
  );
}
