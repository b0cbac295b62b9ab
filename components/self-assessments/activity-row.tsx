"use client";

import { memo, useState } from "react";
import { formatDecimalInput, parseDecimal } from "@/lib/format/parse-decimal";
import { formatScore } from "@/lib/scoring";
import { ActivityEvidence } from "@/components/evidence/activity-evidence";
import { ConflictNotice } from "./conflict-notice";
import { LevelBadge } from "./level-badge";
import { RubricBands } from "./rubric-bands";
import { SaveStatus } from "./save-status";
import { ScoreChange } from "./score-change";
import type { Answer, Conflict, RowStatus } from "./use-autosave";

export type ActivityView = {
  id: string;
  code: string;
  activityText: string;
  itemText: string | null;
  groupLabel: string | null;
  rubric: string[];
  applies: boolean;
  applicabilityNote: string | null;
  previous: { score: number | null; notApplicable: boolean } | null;
};

type Props = {
  activity: ActivityView;
  answer: Answer;
  status: RowStatus | undefined;
  error: string | undefined;
  conflict: Conflict | undefined;
  editable: boolean;
  previousVigencia: number | null;
  onChange: (activityId: string, patch: Partial<Omit<Answer, "version">>) => void;
  onResolve: (activityId: string, choice: "mine" | "theirs") => void;
  /** Evidence of this activity (count, vencidas); absent when the page does not show evidence. */
  evidence?: { entityId: string; assessmentId: string; total: number; expired: number };
};

function ActivityRowImpl({ activity, answer, status, error, conflict, editable, previousVigencia, onChange, onResolve, evidence }: Props) {
  // What is typed stays as typed ("62,"), the saved value is the parsed number.
  const [scoreText, setScoreText] = useState(formatDecimalInput(answer.score));
  const [localError, setLocalError] = useState<string | null>(null);
  const scoreId = `puntaje-${activity.id}`;

  function typeScore(text: string) {
    setScoreText(text);
    const value = parseDecimal(text);
    if (value !== null && (Number.isNaN(value) || value < 0 || value > 100)) {
      setLocalError("Escriba un número entre 0 y 100 (por ejemplo 62,5).");
      return;
    }
    setLocalError(null);
    onChange(activity.id, { score: value });
  }

  return (
    <li className="border-t border-slate-100 py-3" id={`actividad-${activity.code}`}>
      {activity.groupLabel && <p className="text-xs italic text-slate-500">{activity.groupLabel}</p>}
      <p className="text-sm text-slate-900">
        <span className="mr-1 font-mono text-xs text-slate-500">{activity.code}</span>
        {activity.itemText ?? activity.activityText}
      </p>
      {activity.itemText && <p className="text-xs text-slate-500">Actividad: {activity.activityText}</p>}
      {!activity.applies ? (
        <p className="mt-1 text-sm text-slate-600">No aplica a esta entidad (criterio diferencial){activity.applicabilityNote ? `: ${activity.applicabilityNote}` : "."}</p>
      ) : (
        <>
          <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
            <label htmlFor={scoreId} className="text-sm text-slate-700">
              Puntaje
            </label>
            <input
              id={scoreId}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={answer.notApplicable ? "" : scoreText}
              disabled={!editable || answer.notApplicable}
              onChange={(e) => typeScore(e.target.value)}
              aria-invalid={localError ? true : undefined}
              aria-describedby={localError ? `${scoreId}-error` : undefined}
              className="w-20 rounded-md border border-slate-300 px-2 py-1 text-right tabular-nums disabled:bg-slate-100"
            />
            <label className="flex items-center gap-1 text-sm text-slate-700">
              <input
                type="checkbox"
                checked={answer.notApplicable}
                disabled={!editable}
                onChange={(e) => onChange(activity.id, { notApplicable: e.target.checked })}
              />
              No aplica
            </label>
            {answer.notApplicable ? <span className="text-sm text-slate-600">Excluida de los promedios</span> : <LevelBadge score={answer.score} />}
            {previousVigencia && (
              <span className="text-xs text-slate-500">
                {previousVigencia}: {activity.previous ? (activity.previous.notApplicable ? "No aplica" : formatScore(activity.previous.score)) : "—"}{" "}
                {!answer.notApplicable && !activity.previous?.notApplicable && (
                  <ScoreChange current={answer.score} previous={activity.previous?.score ?? null} />
                )}
              </span>
            )}
            <SaveStatus status={status} error={error} />
          </div>
          {localError && (
            <p id={`${scoreId}-error`} className="mt-1 text-sm text-red-700">
              {localError}
            </p>
          )}
          <details className="mt-1">
            <summary className="cursor-pointer text-sm text-faro-700">Ver rúbrica</summary>
            <RubricBands
              rubric={activity.rubric}
              disabled={!editable || answer.notApplicable}
              onPick={(score) => {
                setScoreText(formatDecimalInput(score));
                setLocalError(null);
                onChange(activity.id, { score });
              }}
            />
          </details>
          <label className="mt-2 block text-sm text-slate-700">
            Observaciones
            <textarea
              value={answer.observations ?? ""}
              disabled={!editable}
              rows={1}
              maxLength={4000}
              onChange={(e) => onChange(activity.id, { observations: e.target.value || null })}
              className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1 text-sm disabled:bg-slate-100"
            />
          </label>
          {evidence && <ActivityEvidence {...evidence} activityId={activity.id} />}
          {conflict && (
            <ConflictNotice
              conflict={conflict}
              onResolve={(choice) => {
                if (choice === "theirs") setScoreText(formatDecimalInput(conflict.theirs.score));
                onResolve(activity.id, choice);
              }}
            />
          )}
        </>
      )}
    </li>
  );
}

export const ActivityRow = memo(ActivityRowImpl);
