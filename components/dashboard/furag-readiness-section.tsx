// FURAG readiness for the vigencia: the readiness page's three bars, the
// weakest modules (table and list), and a link to that page.
import { ReadinessBars } from "@/components/furag/readiness-bars";
import { percentText, summarizeFuragReadinessText } from "@/lib/dashboard/follow-up-summaries";
import type { FuragReadinessSection } from "@/lib/dashboard/types";
import { ChartFigure } from "./chart-figure";
import { DataTable } from "./data-table";

export function FuragReadinessSectionView({ section, entityId }: { section: FuragReadinessSection; entityId: string }) {
  const base = `/e/${entityId}/furag`;
  const query = `?vigencia=${section.vigencia}`;
  return (
    <section aria-labelledby="furag-readiness" className="space-y-4">
      <h2 id="furag-readiness" className="text-xl font-semibold text-faro-900">
        Preparación FURAG {section.vigencia}
      </h2>
      {!section.hasQuestionnaire ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
          {summarizeFuragReadinessText(section)}{" "}
          <a href={base} className="font-medium text-faro-700 underline">
            Ir a FURAG
          </a>
        </p>
      ) : (
        <ChartFigure
          id="furag-readiness-figure"
          title="Respondidas, con evidencia y revisadas"
          summary={summarizeFuragReadinessText(section)}
          chart={<ReadinessBars counts={section} />}
          table={
            <DataTable
              caption={`Módulos FURAG ${section.vigencia} más rezagados`}
              headers={["Módulo", "Respondidas", "Con evidencia", "Revisadas"]}
              rows={[
                ...section.weakestModules.map((m) => [
                  <a key="m" href={`${base}${query}&modulo=${m.prefix}`} className="text-faro-700 underline">
                    {m.prefix}
                    {m.topic ? ` · ${m.topic}` : ""}
                  </a>,
                  `${percentText(m.percents.answered)} (${m.answered} de ${m.total})`,
                  percentText(m.percents.evidence),
                  percentText(m.percents.reviewed),
                ]),
                [
                  "Total de la entidad",
                  `${percentText(section.percents.answered)} (${section.answered} de ${section.total})`,
                  percentText(section.percents.evidence),
                  percentText(section.percents.reviewed),
                ],
              ]}
            />
          }
          link={{ href: `${base}/preparacion${query}`, label: "Ver la preparación FURAG completa" }}
        />
      )}
    </section>
  );
}
