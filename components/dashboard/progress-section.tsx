// Progress of the 19 autodiagnósticos: how many are in each workflow state
// (a stacked bar whose segments are also written out), and each policy's
// progress with a link to it.
import { ProgressBar } from "@/components/self-assessments/progress-bar";
import { StateBadge } from "@/components/self-assessments/state-badge";
import { NOT_STARTED_LABEL, percentLabel } from "@/lib/dashboard/labels";
import { summarizeProgressText } from "@/lib/dashboard/text-summaries";
import type { SelfAssessmentProgressSection, StateCounts } from "@/lib/dashboard/types";
import { STATE_LABELS } from "@/lib/self-assessments/transition-assessment";
import { ChartFigure } from "./chart-figure";
import { DataTable } from "./data-table";

// Fill AND a hatch pattern per state, so the segments differ without colour.
const SEGMENTS: { state: keyof StateCounts; label: string; className: string; pattern?: string }[] = [
  { state: "APROBADO", label: STATE_LABELS.APROBADO, className: "bg-emerald-600" },
  { state: "EN_REVISION", label: STATE_LABELS.EN_REVISION, className: "bg-amber-400", pattern: "repeating-linear-gradient(45deg, transparent 0 4px, rgba(0,0,0,.25) 4px 6px)" },
  { state: "BORRADOR", label: STATE_LABELS.BORRADOR, className: "bg-slate-400", pattern: "repeating-linear-gradient(0deg, transparent 0 4px, rgba(0,0,0,.25) 4px 6px)" },
  { state: "NO_INICIADO", label: NOT_STARTED_LABEL, className: "bg-white" },
];

function StatesBar({ states, total }: { states: StateCounts; total: number }) {
  return (
    <div className="space-y-2">
      <div className="flex h-6 overflow-hidden rounded border border-slate-400">
        {SEGMENTS.filter((s) => states[s.state] > 0).map((s) => (
          <div key={s.state} className={s.className} style={{ width: `${(states[s.state] / total) * 100}%`, backgroundImage: s.pattern }} />
        ))}
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
        {SEGMENTS.map((s) => (
          <li key={s.state} className="flex items-center gap-1.5">
            <span className={`inline-block h-3 w-3 rounded-sm border border-slate-400 ${s.className}`} style={{ backgroundImage: s.pattern }} />
            {s.label}: <strong className="tabular-nums">{states[s.state]}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ProgressSectionView({ section, entityId }: { section: SelfAssessmentProgressSection; entityId: string }) {
  const base = `/e/${entityId}/autodiagnosticos`;
  const query = `?vigencia=${section.vigencia}`;
  return (
    <section aria-labelledby="progress" className="space-y-4">
      <h2 id="progress" className="text-xl font-semibold text-faro-900">
        Avance de los autodiagnósticos
      </h2>
      <ChartFigure
        id="states"
        title="Estados de los 19 autodiagnósticos"
        summary={summarizeProgressText(section)}
        chart={<StatesBar states={section.states} total={section.policies.length} />}
        table={
          <DataTable
            caption="Avance por política"
            headers={["Política", "Estado", "Respondidas", "Avance"]}
            rows={section.policies.map((p) => [
              <a key="p" href={`${base}/${p.code}${query}`} className="text-faro-700 underline">
                {p.code} {p.name}
              </a>,
              <StateBadge key="s" state={p.state} />,
              p.ratio === null ? "—" : `${p.answered} de ${p.total}`,
              percentLabel(p.ratio),
            ])}
          />
        }
        link={{ href: `${base}${query}`, label: "Ir a los autodiagnósticos" }}
      />
      <ul className="grid gap-2 sm:grid-cols-2">
        {section.policies.map((p) => (
          <li key={p.code}>
            <a href={`${base}/${p.code}${query}`} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white p-2 hover:bg-faro-50">
              <span className="min-w-0 text-sm">
                <span className="font-mono text-xs text-slate-500">{p.code}</span> {p.name}
              </span>
              <span className="flex items-center gap-2">
                <ProgressBar ratio={p.ratio ?? 0} label={`Avance de ${p.name}`} />
                <StateBadge state={p.state} />
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
