import type { Metadata } from "next";
import { FuragHeader } from "@/components/furag/furag-header";
import { ModuleExports } from "@/components/furag/module-exports";
import { NoQuestionnaire } from "@/components/furag/no-questionnaire";
import { Pager } from "@/components/furag/pager";
import { QuestionList } from "@/components/furag/question-list";
import { ReadinessBars } from "@/components/furag/readiness-bars";
import { WorkspaceFiltersForm } from "@/components/furag/workspace-filters";
import { requirePagePermission } from "@/lib/authz/page-context";
import { countByQuestion, warningsOf } from "@/lib/furag/workspace/load-warnings";
import { loadWorkspacePage } from "@/lib/furag/workspace/load-workspace-page";
import { computeReadiness } from "@/lib/furag/workspace/readiness";
import { applyFilters, filtersQuery, readFilters } from "@/lib/furag/workspace/workspace-filters";

export const metadata: Metadata = { title: "FURAG: preparación" };

const PAGE_SIZE = 40;

type Search = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ entityId: string }>; searchParams: Promise<Search> };

export default async function FuragWorkspacePage({ params, searchParams }: Props) {
  const { entityId } = await params;
  const ctx = await requirePagePermission(entityId, "furag.view");
  const search = await searchParams;
  const page = await loadWorkspacePage(ctx, search.vigencia);
  if (!("items" in page)) return <NoQuestionnaire />;

  const filters = readFilters(search);
  const filtered = applyFilters(page.items, filters);
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const current = Math.min(pages, Math.max(1, Number(search.pagina) || 1));
  const shown = filtered.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const readiness = computeReadiness(page.items);
  const modules = [...new Set(page.items.map((i) => i.question.modulePrefix))].map((prefix) => ({ prefix, topic: page.moduleTopics.get(prefix) ?? "" }));
  const policies = [...new Set(page.items.map((i) => i.question.policyCode).filter((p): p is string => p !== null))].sort();
  const base = `/e/${entityId}/furag`;

  return (
    <div className="space-y-5">
      <FuragHeader entityId={entityId} vigencia={page.vigencia} vigencias={page.vigencias} current="" title={`FURAG ${page.vigencia}: simulacro`}>
        <p className="max-w-3xl text-slate-600">
          Prepare las respuestas de {ctx.entity.name} antes de que abra el formulario oficial: quién responde cada pregunta, con qué soporte, y si control
          interno ya la revisó. Todas las preguntas aplican; marque «No aplica» con su razón cuando corresponda.
        </p>
      </FuragHeader>
      <section aria-label="Avance general" className="rounded-lg border border-slate-200 bg-white p-4">
        <ReadinessBars counts={readiness.overall} />
      </section>
      <WorkspaceFiltersForm action={base} vigencia={page.vigencia} filters={filters} modules={modules} policies={policies} members={page.members} />
      <p className="text-sm text-slate-600" role="status">
        {filtered.length === page.items.length ? `${page.items.length} preguntas` : `${filtered.length} de ${page.items.length} preguntas`}
      </p>
      <QuestionList entityId={entityId} items={shown} warningCount={countByQuestion(warningsOf(page.items, page.links))} />
      <Pager page={current} pages={pages} hrefOf={(n) => `${base}?${filtersQuery(filters, { vigencia: page.vigencia, pagina: n })}`} />
      <ModuleExports entityId={entityId} vigencia={page.vigencia} modules={modules} />
    </div>
  );
}
