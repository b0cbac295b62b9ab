"use client";

// Links an evidence to an autodiagnóstico activity, chosen from the entity's
// self-assessments (grouped by policy and vigencia).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { linkEvidenceAction } from "@/app/(app)/e/[entityId]/evidencias/actions";
import { secondaryButton, ProblemAlert } from "@/components/forms/form-parts";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActivityOptionGroup } from "@/lib/evidence/list-activity-options";

export function LinkActivityForm({ entityId, evidenceId, groups }: { entityId: string; evidenceId: string; groups: ActivityOptionGroup[] }) {
  const router = useRouter();
  const { pending, problem, run } = useServerAction(linkEvidenceAction);
  const [value, setValue] = useState("");

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const [targetId, targetSubId] = value.split(":");
    if (!targetId || !targetSubId) return;
    run(null, { entityId, evidenceId, target: { kind: "ACTIVITY", targetId, targetSubId } }, () => {
      setValue("");
      router.refresh();
    });
  }

  if (groups.length === 0) return <p className="text-sm text-slate-600">La entidad todavía no tiene autodiagnósticos iniciados.</p>;
  return (
    <form onSubmit={submit} className="space-y-2">
      <label htmlFor="vincular-actividad" className="block text-sm font-medium text-slate-700">
        Vincular a una actividad de autodiagnóstico
      </label>
      <select id="vincular-actividad" value={value} onChange={(e) => setValue(e.target.value)} className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
        <option value="">Elija una actividad…</option>
        {groups.map((g) => (
          <optgroup key={g.assessmentId} label={g.label}>
            {g.activities.map((a) => (
              <option key={a.id} value={`${g.assessmentId}:${a.id}`}>
                {a.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <ProblemAlert problem={problem} />
      <button type="submit" className={secondaryButton} disabled={pending || !value}>
        Vincular
      </button>
    </form>
  );
}
