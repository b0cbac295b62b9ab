// Step one of generating a plan: which self-assessment, the gap threshold,
// the target level and the gap sources to list. A plain GET form, so the
// preview is a link that can be shared and works without JavaScript on a
// slow connection.
import { LabeledInput, LabeledSelect } from "@/components/forms/labeled-field";
import { secondaryButton } from "@/components/forms/form-parts";
import { DEFAULT_GAP_RULE, type GapRule } from "@/lib/action-plans/gaps/select-gaps";
import type { PlanItemSourceKind } from "@/lib/generated/prisma/enums";
import { SCORE_LEVELS, type ScoreLevelNumber } from "@/lib/scoring";
import { GapSourcesField } from "./gap-sources-field";

/** The rule in the URL (?umbral=61&meta=4), or the default for missing or invalid values. */
export function parseGapRule(threshold: string | undefined, target: string | undefined): GapRule {
  const t = Number(threshold);
  const m = Number(target);
  return {
    threshold: Number.isInteger(t) && t >= 1 && t <= 100 ? t : DEFAULT_GAP_RULE.threshold,
    targetLevel: (Number.isInteger(m) && m >= 2 && m <= 5 ? m : DEFAULT_GAP_RULE.targetLevel) as ScoreLevelNumber,
  };
}

type Props = {
  action: string;
  rule: GapRule;
  problem: string | null;
  /** Omitted when the plan's own assessment is fixed (generating again). */
  assessments?: { id: string; label: string }[];
  assessmentId?: string;
  /** The sources ticked (the field is shown only when given). */
  sources?: readonly PlanItemSourceKind[];
};

export function GapRuleForm({ action, rule, problem, assessments, assessmentId, sources }: Props) {
  return (
    <form method="get" action={action} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto] lg:items-end">
      {assessments && (
        <LabeledSelect id="autodiagnostico" name="autodiagnostico" label="Autodiagnóstico" defaultValue={assessmentId} required>
          <option value="">Elija…</option>
          {assessments.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </LabeledSelect>
      )}
      <LabeledInput
        id="umbral"
        name="umbral"
        type="number"
        min={1}
        max={100}
        inputMode="numeric"
        label="Brecha: puntaje menor que"
        defaultValue={rule.threshold}
        hint="61 = niveles 1 a 3"
      />
      <LabeledSelect id="meta" name="meta" label="Nivel meta" defaultValue={String(rule.targetLevel)} errors={problem ? [problem] : undefined}>
        {SCORE_LEVELS.filter((l) => l.level >= 2).map((l) => (
          <option key={l.level} value={l.level}>
            {l.label} ({l.min} puntos)
          </option>
        ))}
      </LabeledSelect>
      {sources && <GapSourcesField chosen={sources} />}
      <button type="submit" className={`${secondaryButton} h-11`}>
        Ver brechas
      </button>
    </form>
  );
}
