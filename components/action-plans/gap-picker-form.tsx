"use client";

// The preview of the gaps: the person ticks which ones become plan items and
// confirms. Nothing is created before the button is pressed. When generating
// again, gaps already in the plan are shown but cannot be added twice. Gaps
// are grouped by source (activities, FURAG options, findings), in that order.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { addPlanGapsAction, createPlanAction } from "@/app/(app)/e/[entityId]/planes/actions";
import { LabeledInput } from "@/components/forms/labeled-field";
import { primaryButton, ProblemAlert, secondaryButton } from "@/components/forms/form-parts";
import { useServerAction } from "@/components/forms/use-server-action";
import { LevelBadge } from "@/components/self-assessments/level-badge";
import { GAP_SOURCE_LABELS } from "@/lib/action-plans/labels";
import { ZAddPlanGaps, ZCreatePlan } from "@/lib/action-plans/schemas";
import type { PlanItemSourceKind } from "@/lib/generated/prisma/enums";
import { formatScore } from "@/lib/scoring";

export type PickableGap = {
  sourceKind: PlanItemSourceKind;
  sourceKey: string;
  label: string;
  score: number | null;
  targetScore: number;
  distance: number;
  detail?: string;
  inPlan: boolean;
};

/** The gaps in runs of one source, keeping their order. */
function bySource(gaps: PickableGap[]): { kind: PlanItemSourceKind; gaps: PickableGap[] }[] {
  const groups: { kind: PlanItemSourceKind; gaps: PickableGap[] }[] = [];
  for (const gap of gaps) {
    const last = groups.at(-1);
    if (last?.kind === gap.sourceKind) last.gaps.push(gap);
    else groups.push({ kind: gap.sourceKind, gaps: [gap] });
  }
  return groups;
}

type Mode = { kind: "create"; assessmentId: string; threshold: number; targetLevel: number; defaultName: string } | { kind: "add"; planId: string };

export function GapPickerForm({ entityId, mode, gaps }: { entityId: string; mode: Mode; gaps: PickableGap[] }) {
  const router = useRouter();
  const selectable = gaps.filter((g) => !g.inPlan);
  const [selected, setSelected] = useState(() => new Set(selectable.map((g) => g.sourceKey)));
  const [name, setName] = useState(mode.kind === "create" ? mode.defaultName : "");
  const create = useServerAction(createPlanAction);
  const add = useServerAction(addPlanGapsAction);
  const { pending, problem, fieldErrors } = mode.kind === "create" ? create : add;

  function toggle(key: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const sourceKeys = selectable.filter((g) => selected.has(g.sourceKey)).map((g) => g.sourceKey);
    if (mode.kind === "create") {
      const input = { entityId, assessmentId: mode.assessmentId, name, threshold: mode.threshold, targetLevel: mode.targetLevel, sourceKeys };
      create.run(ZCreatePlan, input, (data) => router.push(`/e/${entityId}/planes/${data.planId}`));
    } else {
      add.run(ZAddPlanGaps, { entityId, planId: mode.planId, sourceKeys }, () => router.push(`/e/${entityId}/planes/${mode.planId}`));
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4">
      {mode.kind === "create" && <LabeledInput id="name" label="Nombre del plan" value={name} onChange={(e) => setName(e.target.value)} errors={fieldErrors.name} required />}
      <fieldset className="rounded-lg border border-slate-200 bg-white">
        <legend className="sr-only">Brechas para incluir</legend>
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 p-3 text-sm">
          <span>
            {selected.size} de {selectable.length} brechas elegidas
          </span>
          <span className="flex gap-2">
            <button type="button" className={secondaryButton} onClick={() => setSelected(new Set(selectable.map((g) => g.sourceKey)))}>
              Elegir todas
            </button>
            <button type="button" className={secondaryButton} onClick={() => setSelected(new Set())}>
              Ninguna
            </button>
          </span>
        </div>
        {bySource(gaps).map((group) => (
          <section key={group.kind} aria-label={GAP_SOURCE_LABELS[group.kind]}>
            <h3 className="border-b border-slate-100 bg-slate-50 px-3 py-2 text-sm font-semibold text-slate-800">
              {GAP_SOURCE_LABELS[group.kind]} ({group.gaps.length})
            </h3>
            <ul className="divide-y divide-slate-100">
              {group.gaps.map((gap) => (
                <li key={gap.sourceKey} className="flex items-start gap-3 p-3">
                  <input
                    id={gap.sourceKey}
                    type="checkbox"
                    className="mt-1 h-5 w-5 shrink-0"
                    checked={gap.inPlan || selected.has(gap.sourceKey)}
                    disabled={gap.inPlan}
                    onChange={() => toggle(gap.sourceKey)}
                  />
                  <label htmlFor={gap.sourceKey} className="grid min-w-0 flex-1 gap-1 text-sm sm:grid-cols-[1fr_auto] sm:gap-4">
                    <span className="break-words text-slate-900">
                      {gap.label}
                      {gap.inPlan && <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs text-slate-600">Ya está en el plan</span>}
                    </span>
                    {gap.sourceKind === "ACTIVITY" ? (
                      <span className="flex flex-wrap items-center gap-2 text-slate-700">
                        <LevelBadge score={gap.score} />
                        <span className="whitespace-nowrap">
                          faltan {formatScore(gap.distance, 1)} para {gap.targetScore}
                        </span>
                      </span>
                    ) : (
                      <span className="text-slate-700 sm:max-w-56">{gap.detail}</span>
                    )}
                  </label>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </fieldset>
      <ProblemAlert problem={problem} shownFields={["name"]} />
      <button type="submit" className={primaryButton} disabled={pending || selected.size === 0}>
        {pending ? "Guardando…" : mode.kind === "create" ? `Crear el plan con ${selected.size} acciones` : `Agregar ${selected.size} brechas al plan`}
      </button>
    </form>
  );
}
