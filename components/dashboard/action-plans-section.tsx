// Action plans of the vigencia: a bar of items by status (fill AND hatch, every
// count written out), progress per plan as a table, and the overdue items,
// longest overdue first, each linking to its item.
import { ITEM_STATUS_LABELS } from "@/lib/action-plans/labels";
import { roundedProgress } from "@/lib/action-plans/summarize-progress";
import { percentText, summarizeActionPlansText } from "@/lib/dashboard/follow-up-summaries";
import type { ActionPlansSection } from "@/lib/dashboard/types";
import { dateOnly, formatDay } from "@/lib/evidence/expiry";
import { ChartFigure } from "./chart-figure";
import { CountBar, HATCH_DIAGONAL, HATCH_HORIZONTAL, HATCH_VERTICAL } from "./count-bar";
import { DataTable } from "./data-table";
import { ItemList } from "./item-list";

const STATUSES: { status: keyof ActionPlansSection["statusCounts"]; className: string; pattern?: string }[] = [
  { status: "CUMPLIDA", className: "bg-emerald-600" },
  { status: "EN_CURSO", className: "bg-sky-300", pattern: HATCH_DIAGONAL },
  { status: "PENDIENTE", className: "bg-slate-200", pattern: HATCH_HORIZONTAL },
  { status: "VENCIDA", className: "bg-red-700", pattern: HATCH_VERTICAL },
  { status: "CANCELADA", className: "bg-white" },
];


export function ActionPlansSectionView({ section, entityId }: { section: ActionPlansSection; entityId: string }) {
  const base = `/e/${entityId}/planes`;
  return (
    <section aria-labelledby="action-plans" className="space-y-4">
      <h2 id="action-plans" className="text-xl font-semibold text-faro-900">
        Planes de acción {section.vigencia}
      </h2>
      <ChartFigure
        id="plan-items-status"
        title="Acciones de los planes por estado"
        summary={summarizeActionPlansText(section)}
        chart={
          <CountBar
            emptyText="Sin acciones en los planes"
            segments={STATUSES.map((s) => ({ key: s.status, label: ITEM_STATUS_LABELS[s.status], count: section.statusCounts[s.status], className: s.className, pattern: s.pattern }))}
          />
        }
        table={
          <DataTable
            caption="Avance por plan"
            headers={["Plan", "Estado", "Acciones", "Cumplidas", "Vencidas", "Avance"]}
            rows={section.plans.map((p) => [p.name, p.stateLabel, p.progress.total, p.progress.done, p.progress.overdue, percentText(roundedProgress(p.progress.progress))])}
          />
        }
        link={{ href: base, label: "Ver los planes de acción" }}
      />
      {section.overdueItems.length > 0 && (
        <ItemList
          id="overdue-plan-items"
          heading={section.overdueItems.length === 1 ? "La acción vencida" : `Las ${section.overdueItems.length} acciones vencidas más atrasadas`}
        >
            {section.overdueItems.map((item) => (
              <li key={item.id}>
                <a href={`${base}/${item.planId}/acciones/${item.id}`} className="block space-y-1 p-3 hover:bg-faro-50">
                  <span className="block text-slate-900">{item.action}</span>
                  <span className="flex flex-wrap gap-x-3 text-sm text-slate-600">
                    <span>{item.planName}</span>
                    {item.policyCode && <span>{item.policyCode}</span>}
                    <span>Responsable: {item.responsibleName ?? "sin asignar"}</span>
                    <span className="font-semibold text-red-800">Venció el {formatDay(dateOnly(item.dueDate))}</span>
                  </span>
                </a>
              </li>
            ))}
        </ItemList>
      )}
    </section>
  );
}
