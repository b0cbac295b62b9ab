import type { Metadata } from "next";
import { PlatformTabs } from "@/components/platform/platform-tabs";
import { formatDateTime } from "@/lib/format/dates";
import { loadModulePolicies } from "@/lib/furag/questionnaire/module-policies";
import { loadQuestionnaires } from "@/lib/furag/questionnaire/load-questionnaires";
import { requirePlatformOperator } from "@/lib/platform/require-platform-operator";
import { ImportQuestionnaireForm } from "./_components/import-questionnaire-form";
import { ModulePolicyRowForm } from "./_components/module-policy-row";

export const metadata: Metadata = { title: "Plataforma: FURAG" };

export default async function PlatformFuragPage() {
  const userId = await requirePlatformOperator();
  const [questionnaires, modules] = await Promise.all([loadQuestionnaires(userId), loadModulePolicies(userId)]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-faro-900">Plataforma</h1>
        <p className="text-slate-600">Cuestionario FURAG de cada vigencia y la tabla que asigna cada módulo de preguntas a una política MIPG.</p>
      </div>
      <PlatformTabs current="/plataforma/furag" />
      <div className="grid gap-6 lg:grid-cols-2">
        <ImportQuestionnaireForm defaultVigencia={new Date().getFullYear() - 1} />
        <section aria-labelledby="cargados" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="cargados" className="text-lg font-semibold text-faro-900">
            Cuestionarios cargados
          </h2>
          {questionnaires.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">Ninguno todavía.</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-100 text-sm">
              {questionnaires.map((q) => (
                <li key={q.vigencia} className="py-2">
                  <span className="font-semibold">{q.vigencia}</span>: {q._count.questions} preguntas · {q.sourceFileName} · {formatDateTime(q.updatedAt)}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="modulos" className="space-y-2">
        <h2 id="modulos" className="text-lg font-semibold text-faro-900">
          Módulo → política
        </h2>
        <p className="max-w-3xl text-sm text-slate-600">
          El prefijo del código de cada pregunta (PLA, GTH…) decide su política, y con ella qué responsables pueden responderla. «Ninguna»: el módulo no es de una
          política (percepción, enfoques transversales, declaración final) y lo responde planeación.
        </p>
        <div className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {modules.map((row) => (
            <ModulePolicyRowForm key={row.prefix} row={row} />
          ))}
        </div>
      </section>
    </div>
  );
}
