// A sharing entity's own autodiagnóstico, read-only for the advisor: score,
// level, progress and state of each policy (scores from the scoring module).
import { LevelBadge } from "@/components/self-assessments/level-badge";
import { ProgressBar } from "@/components/self-assessments/progress-bar";
import { StateBadge } from "@/components/self-assessments/state-badge";
import type { PolicyOverview } from "@/lib/self-assessments/load-policy-overview";

export function SharedSelfAssessment({ vigencia, overview }: { vigencia: number; overview: PolicyOverview }) {
  const all = overview.dimensions.flatMap((d) => d.policies);
  // Only the policies the entity has started: a list of 19 blanks helps nobody on a phone.
  const policies = all.filter((p) => p.assessment);
  const notStarted = all.length - policies.length;
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">
        Autodiagnóstico {vigencia} compartido por la entidad (solo lectura). Son puntajes de la propia entidad, no el índice oficial.
      </p>
      <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
        {policies.map((policy) => (
          <li key={policy.code} className="grid gap-2 p-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-center sm:gap-6">
            <span className="font-medium text-slate-900">
              <span className="font-mono text-xs text-slate-500">{policy.code}</span> {policy.name}
            </span>
            <LevelBadge score={policy.assessment?.score ?? null} />
            <ProgressBar ratio={policy.assessment?.progress.ratio ?? 0} label={`Avance de ${policy.name}`} />
            <StateBadge state={policy.assessment?.state ?? null} />
          </li>
        ))}
      </ul>
      {notStarted > 0 && <p className="text-sm text-slate-600">{notStarted} políticas sin autodiagnóstico iniciado en {vigencia}.</p>}
    </div>
  );
}
