// Open findings (every vigencia): a bar by severity, the counts as a table,
// and the oldest open ones, each with its severity, state, due date (saying
// "vencido" in words) and a link to it.
import { FindingStateBadge, SeverityBadge } from "@/components/findings/finding-badges";
import { summarizeOpenFindingsText } from "@/lib/dashboard/follow-up-summaries";
import type { OpenFinding, OpenFindingsSection } from "@/lib/dashboard/types";
import { dateOnly, formatDay } from "@/lib/evidence/expiry";
import { SEVERITY_LABELS } from "@/lib/evidence/labels";
import type { FindingSeverity } from "@/lib/generated/prisma/enums";
import { ChartFigure } from "./chart-figure";
import { CountBar, HATCH_DIAGONAL, HATCH_HORIZONTAL, HATCH_VERTICAL } from "./count-bar";
import { DataTable } from "./data-table";
import { ItemList } from "./item-list";

const SEVERITIES: { severity: FindingSeverity; className: string; pattern?: string }[] = [
  { severity: "CRITICA", className: "bg-red-700" },
  { severity: "ALTA", className: "bg-orange-400", pattern: HATCH_VERTICAL },
  { severity: "MEDIA", className: "bg-amber-200", pattern: HATCH_DIAGONAL },
  { severity: "BAJA", className: "bg-slate-200", pattern: HATCH_HORIZONTAL },
];

const SHORT = 140;

function OldestFinding({ finding, href }: { finding: OpenFinding; href: string }) {
  const text = finding.description.length > SHORT ? `${finding.description.slice(0, SHORT - 1)}…` : finding.description;
  return (
    <a href={href} className="block space-y-1 p-3 hover:bg-faro-50">
      <span className="block text-slate-900">{text}</span>
      <span className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <SeverityBadge severity={finding.severity} />
        <FindingStateBadge state={finding.state} />
        {finding.policyCode && <span>{finding.policyCode}</span>}
        <span>Responde: {finding.responsibleName}</span>
        <span className={finding.overdue ? "font-semibold text-red-800" : ""}>
          Plazo: {formatDay(dateOnly(finding.dueDate))}
          {finding.overdue ? " (vencido)" : ""}
        </span>
      </span>
    </a>
  );
}

export function OpenFindingsSectionView({ section, entityId }: { section: OpenFindingsSection; entityId: string }) {
  const base = `/e/${entityId}/hallazgos`;
  return (
    <section aria-labelledby="open-findings" className="space-y-4">
      <h2 id="open-findings" className="text-xl font-semibold text-faro-900">
        Hallazgos abiertos
      </h2>
      <ChartFigure
        id="findings-severity"
        title="Hallazgos abiertos por severidad"
        summary={summarizeOpenFindingsText(section)}
        chart={
          <CountBar
            emptyText="Sin hallazgos abiertos"
            segments={SEVERITIES.map((s) => ({ key: s.severity, label: SEVERITY_LABELS[s.severity], count: section.bySeverity[s.severity], className: s.className, pattern: s.pattern }))}
          />
        }
        table={
          <DataTable
            caption="Hallazgos abiertos por severidad"
            headers={["Severidad", "Abiertos"]}
            rows={[
              ...SEVERITIES.map((s) => [SEVERITY_LABELS[s.severity], section.bySeverity[s.severity]]),
              ["Total abiertos", section.open],
              ["Respondidos, sin cerrar", section.answered],
              ["Con el plazo vencido", section.overdue],
            ]}
          />
        }
        link={{ href: base, label: "Ver todos los hallazgos" }}
      />
      {section.oldest.length > 0 && (
        <ItemList id="oldest-findings" heading={section.oldest.length === 1 ? "El hallazgo abierto" : `Los ${section.oldest.length} hallazgos abiertos más antiguos`}>
            {section.oldest.map((f) => (
              <li key={f.id}>
                <OldestFinding finding={f} href={`${base}/${f.id}`} />
              </li>
            ))}
        </ItemList>
      )}
    </section>
  );
}
