import type { Metadata } from "next";
import { FuragHeader } from "@/components/furag/furag-header";
import { NoQuestionnaire } from "@/components/furag/no-questionnaire";
import { WarningList } from "@/components/furag/warning-list";
import { requirePagePermission } from "@/lib/authz/page-context";
import { CONSISTENCY_RULE_LABELS, CONSISTENCY_RULES } from "@/lib/furag/consistency/types";
import { warningsOf } from "@/lib/furag/workspace/load-warnings";
import { loadWorkspacePage } from "@/lib/furag/workspace/load-workspace-page";

export const metadata: Metadata = { title: "FURAG: consistencia" };

type Props = { params: Promise<{ entityId: string }>; searchParams: Promise<{ vigencia?: string }> };

export default async function FuragConsistencyPage({ params, searchParams }: Props) {
  const { entityId } = await params;
  const ctx = await requirePagePermission(entityId, "furag.view");
  const page = await loadWorkspacePage(ctx, (await searchParams).vigencia);
  if (!("items" in page)) return <NoQuestionnaire />;
  const warnings = warningsOf(page.items, page.links);
  const ids = new Map(page.items.map((i) => [i.question.code, i.question.id]));
  return (
    <div className="space-y-5">
      <FuragHeader entityId={entityId} vigencia={page.vigencia} vigencias={page.vigencias} current="/consistencia" title={`Consistencia FURAG ${page.vigencia}`}>
        <p className="max-w-3xl text-slate-600">
          Respuestas que se contradicen, que declaran algo sin soporte, números fuera de rango, cambios frente a {page.vigencia - 1} y preguntas relacionadas que no
          concuerdan. Corríjalas antes de transcribir al formulario oficial.
        </p>
      </FuragHeader>
      {warnings.length === 0 ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-emerald-900">
          No hay alertas de consistencia en las respuestas dadas.
        </p>
      ) : (
        CONSISTENCY_RULES.map((rule) => {
          const ofRule = warnings.filter((w) => w.rule === rule);
          if (ofRule.length === 0) return null;
          return (
            <section key={rule} aria-labelledby={`regla-${rule}`} className="space-y-2">
              <h2 id={`regla-${rule}`} className="text-lg font-semibold text-faro-900">
                {CONSISTENCY_RULE_LABELS[rule]} ({ofRule.length})
              </h2>
              <WarningList warnings={ofRule} entityId={entityId} questionIds={ids} showCode showRule={false} />
            </section>
          );
        })
      )}
    </div>
  );
}
