"use client";

// The evidence of one autodiagnóstico activity inside its row: a summary
// line (count, vencidas) that opens the linked-evidence panel on demand.
import { useState } from "react";
import { LinkedEvidencePanel } from "./linked-evidence-panel";

type Props = { entityId: string; assessmentId: string; activityId: string; total: number; expired: number };

export function ActivityEvidence({ entityId, assessmentId, activityId, total, expired }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-1" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary className="cursor-pointer text-sm text-faro-700">
        Evidencias ({total}){expired > 0 && <span className="ml-2 rounded bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white">{expired} vencida{expired > 1 ? "s" : ""}</span>}
      </summary>
      {open && (
        <div className="mt-2 rounded-md border border-slate-200 bg-slate-50 p-3">
          <LinkedEvidencePanel entityId={entityId} target={{ kind: "ACTIVITY", targetId: assessmentId, targetSubId: activityId }} />
        </div>
      )}
    </details>
  );
}
