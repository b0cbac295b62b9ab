// A progress summary line: the bar with its number, and the counts in words.
import { ProgressBar } from "@/components/self-assessments/progress-bar";
import type { ProgressSummary } from "@/lib/action-plans/summarize-progress";

function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}

export function ProgressSummaryLine({ summary, label }: { summary: ProgressSummary; label: string }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700">
      <ProgressBar ratio={(summary.progress ?? 0) / 100} label={`Avance de ${label}`} />
      <span>
        {summary.done} de {summary.total - summary.cancelled} cumplidas
        {summary.overdue > 0 && <strong className="ml-2 text-red-800">{plural(summary.overdue, "vencida")}</strong>}
        {summary.cancelled > 0 && <span className="ml-2 text-slate-500">{plural(summary.cancelled, "cancelada")}</span>}
      </span>
    </div>
  );
}

/** Progress per group (policy, responsible) as a small list. */
export function ProgressByGroup({ title, groups }: { title: string; groups: { key: string; summary: ProgressSummary }[] }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="font-semibold text-slate-900">{title}</h2>
      <ul className="mt-2 space-y-2">
        {groups.map((group) => (
          <li key={group.key}>
            <p className="text-sm font-medium text-slate-800">{group.key}</p>
            <ProgressSummaryLine summary={group.summary} label={group.key} />
          </li>
        ))}
      </ul>
    </section>
  );
}
