"use client";

import { useMemo } from "react";
import { computeProgress, scorePolicyBreakdown, type ScorableActivity } from "@/lib/scoring";
import { toScorableActivity } from "@/lib/self-assessments/applicability";
import { ActivityRow, type ActivityView } from "./activity-row";
import { LevelBadge } from "./level-badge";
import { ProgressBar } from "./progress-bar";
import { ScoreChange } from "./score-change";
import { useAutosave, type Answer } from "./use-autosave";

export type FormComponent = { id: string; name: string; categories: { id: string; name: string; activities: (ActivityView & { response: Answer })[] }[] };

type Props = {
  entityId: string;
  assessmentId: string;
  editable: boolean;
  previous: { vigencia: number; policyScore: number | null } | null;
  components: FormComponent[];
  /** Evidence counts by activity id; undefined hides the evidence line (no evidence.view). */
  evidenceSummary?: Record<string, { total: number; expired: number }>;
};

export function AssessmentForm({ entityId, assessmentId, editable, previous, components, evidenceSummary }: Props) {
  const initial = useMemo(
    () => Object.fromEntries(components.flatMap((c) => c.categories.flatMap((k) => k.activities.map((a) => [a.id, a.response])))),
    [components],
  );
  const { answers, status, errors, conflicts, change, resolve, unsaved } = useAutosave({ entityId, assessmentId, initial });
  // Stable objects per row, so typing in one row does not re-render the others (ActivityRow is memoised).
  const evidenceProps = useMemo(
    () =>
      evidenceSummary &&
      Object.fromEntries(
        Object.keys(initial).map((id) => [id, { entityId, assessmentId, total: evidenceSummary[id]?.total ?? 0, expired: evidenceSummary[id]?.expired ?? 0 }]),
      ),
    [evidenceSummary, initial, entityId, assessmentId],
  );

  // Running scores: the same module the server, exports and reports use.
  const scores = useMemo(() => {
    const activities: ScorableActivity[] = components.flatMap((component) =>
      component.categories.flatMap((category) =>
        category.activities.map((activity) =>
          toScorableActivity({ id: activity.id, categoryId: category.id, componentId: component.id, applies: activity.applies }, answers[activity.id]),
        ),
      ),
    );
    return { ...scorePolicyBreakdown(activities), progress: computeProgress(activities) };
  }, [answers, components]);

  const pendingCount = Object.values(status).filter((s) => s === "pending" || s === "saving").length;
  const offlineCount = Object.values(status).filter((s) => s === "offline").length;

  return (
    <div>
      <div className="sticky top-0 z-10 -mx-4 mb-4 flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-slate-200 bg-white/95 px-4 py-3 backdrop-blur">
        <div>
          <p className="text-xs text-slate-500">Puntaje de la política</p>
          <LevelBadge score={scores.policy} size="lg" />
        </div>
        {previous && (
          <p className="text-sm text-slate-600">
            {previous.vigencia}: <LevelBadge score={previous.policyScore} /> <ScoreChange current={scores.policy} previous={previous.policyScore} />
          </p>
        )}
        <ProgressBar ratio={scores.progress.ratio ?? 0} label="Avance del autodiagnóstico" />
        <p role="status" aria-live="polite" className="text-sm text-slate-700">
          {offlineCount > 0
            ? `Sin conexión: ${offlineCount === 1 ? "1 cambio guardado" : `${offlineCount} cambios guardados`} en este equipo; se enviará${offlineCount === 1 ? "" : "n"} al volver la red.`
            : pendingCount > 0
              ? "Guardando…"
              : unsaved
                ? "Hay cambios que no se guardaron: revise los mensajes en rojo."
                : "Todos los cambios están guardados."}
        </p>
      </div>
      {components.map((component) => (
        <section key={component.id} className="mb-6" aria-labelledby={`comp-${component.id}`}>
          <h2 id={`comp-${component.id}`} className="flex flex-wrap items-center gap-3 text-lg font-semibold text-faro-800">
            {component.name} <LevelBadge score={scores.components[component.id] ?? null} />
          </h2>
          {component.categories.map((category) => (
            <div key={category.id} className="mt-3 rounded-lg border border-slate-200 bg-white px-4 pb-1 pt-3">
              <h3 className="flex flex-wrap items-center gap-3 font-medium text-slate-900">
                {category.name} <LevelBadge score={scores.categories[category.id] ?? null} />
              </h3>
              <ul>
                {category.activities.map((activity) => (
                  <ActivityRow
                    key={activity.id}
                    activity={activity}
                    answer={answers[activity.id]!}
                    status={status[activity.id]}
                    error={errors[activity.id]}
                    conflict={conflicts[activity.id]}
                    editable={editable}
                    previousVigencia={previous?.vigencia ?? null}
                    onChange={change}
                    onResolve={resolve}
                    evidence={evidenceProps?.[activity.id]}
                  />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
