// Control interno's review of the vigencia's evidence: a bar of the review
// states, the same counts as a table with links to the filtered list, and
// links to the vencidas, the por vencer and the review queue.
import { summarizeEvidenceReviewText } from "@/lib/dashboard/follow-up-summaries";
import type { EvidenceReviewSection } from "@/lib/dashboard/types";
import { REVIEW_STATE_LABELS } from "@/lib/evidence/labels";
import type { EvidenceReviewState } from "@/lib/generated/prisma/enums";
import { ChartFigure } from "./chart-figure";
import { CountBar, HATCH_DIAGONAL, HATCH_HORIZONTAL, HATCH_VERTICAL } from "./count-bar";
import { DataTable } from "./data-table";
import { LinkList } from "./link-list";

const STATES: { state: EvidenceReviewState; className: string; pattern?: string }[] = [
  { state: "ACEPTADA", className: "bg-emerald-600" },
  { state: "CON_OBSERVACIONES", className: "bg-sky-400", pattern: HATCH_DIAGONAL },
  { state: "RECHAZADA", className: "bg-red-600", pattern: HATCH_VERTICAL },
  { state: "PENDIENTE", className: "bg-amber-300", pattern: HATCH_HORIZONTAL },
];

export function EvidenceReviewSectionView({ section, entityId }: { section: EvidenceReviewSection; entityId: string }) {
  const list = (query: string) => `/e/${entityId}/evidencias?vigencia=${section.vigencia}${query}`;
  const links = [
    { href: list("&expiry=vencidas"), text: `Vencidas (${section.expired})` },
    { href: list("&expiry=por-vencer"), text: `Por vencer (${section.expiringSoon})` },
    section.canOpenQueue
      ? { href: `/e/${entityId}/evidencias/cola`, text: "Cola de revisión" }
      : { href: list("&state=PENDIENTE"), text: `Pendientes de revisión (${section.states.PENDIENTE})` },
  ];
  return (
    <section aria-labelledby="evidence-review" className="space-y-4">
      <h2 id="evidence-review" className="text-xl font-semibold text-faro-900">
        Revisión de evidencias {section.vigencia}
      </h2>
      <ChartFigure
        id="evidence-states"
        title="Evidencias por estado de revisión"
        summary={summarizeEvidenceReviewText(section)}
        chart={
          <CountBar
            emptyText="Sin evidencias"
            segments={STATES.map((s) => ({ key: s.state, label: REVIEW_STATE_LABELS[s.state], count: section.states[s.state], className: s.className, pattern: s.pattern }))}
          />
        }
        table={
          <DataTable
            caption={`Evidencias de la vigencia ${section.vigencia} por estado de revisión`}
            headers={["Estado", "Evidencias"]}
            rows={[
              ...STATES.map((s) => [
                <a key="s" href={list(`&state=${s.state}`)} className="text-faro-700 underline">
                  {REVIEW_STATE_LABELS[s.state]}
                </a>,
                section.states[s.state],
              ]),
              ["Total", section.total],
              [`Vencidas`, section.expired],
              [`Por vencer (${section.expiringSoonDays} días)`, section.expiringSoon],
            ]}
          />
        }
        link={{ href: list(""), label: `Ver las evidencias de ${section.vigencia}` }}
      />
      <LinkList label="Listas de evidencias" links={links} />
    </section>
  );
}
