// Which gap sources the preview lists: activities of the self-assessment,
// FURAG options not met and open findings of its policy. Part of the plain GET
// form of the generator; a hidden marker tells "none ticked" apart from a
// first visit (which shows every source).
import { GAP_SOURCE_LABELS, SOURCE_PARAMS } from "@/lib/action-plans/labels";
import type { PlanItemSourceKind } from "@/lib/generated/prisma/enums";

// Commitments are converted one by one from the committee's session, never proposed as gaps.
const KINDS = (Object.keys(SOURCE_PARAMS) as PlanItemSourceKind[]).filter((kind) => kind !== "COMMITMENT");

/** The sources in the URL; every source when the form was never sent. */
export function parseGapSources(values: string | string[] | undefined, sent: string | undefined): PlanItemSourceKind[] {
  if (!sent) return KINDS;
  const wanted = new Set(Array.isArray(values) ? values : values ? [values] : []);
  return KINDS.filter((kind) => wanted.has(SOURCE_PARAMS[kind]));
}

export function GapSourcesField({ chosen }: { chosen: readonly PlanItemSourceKind[] }) {
  return (
    <fieldset className="sm:col-span-2 lg:col-span-4">
      <legend className="text-sm font-medium text-slate-800">Fuentes de brechas</legend>
      <input type="hidden" name="fuentes" value="1" />
      <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
        {KINDS.map((kind) => (
          <label key={kind} className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name="fuente" value={SOURCE_PARAMS[kind]} defaultChecked={chosen.includes(kind)} className="h-5 w-5" />
            {GAP_SOURCE_LABELS[kind]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
