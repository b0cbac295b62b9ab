"use client";

// The evidence of one declared option, beside its support reference: each
// linked file with its review for this option and the "vencida" flag (and
// whether it still counts), and — for people who may upload — the evidence
// panel to attach an existing evidence or upload a new one. The list comes
// with the page; the panel loads only when opened (slow connections), and
// after a change the page refreshes so readiness and warnings follow.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ExpiredBadge, ReviewBadge } from "@/components/evidence/evidence-badges";
import { LinkedEvidencePanel } from "@/components/evidence/linked-evidence-panel";
import type { OptionEvidence as Linked } from "@/lib/furag/evidence/option-evidence";

export type OptionEvidenceProps = {
  entityId: string;
  /** The saved answer, or null before the first save. */
  answerId: string | null;
  optionKey: string;
  linked: Linked[];
  /** Whether the saved answer declares this key (evidence may be linked to it). */
  declared: boolean;
  canAttach: boolean;
};

export function OptionEvidence({ entityId, answerId, optionKey, linked, declared, canAttach }: OptionEvidenceProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const ready = canAttach && declared && answerId !== null;
  return (
    <div className="mt-1 space-y-1 text-xs">
      {!open && <LinkedList entityId={entityId} linked={linked} />}
      {canAttach && !ready && <p className="text-slate-500">Guarde la respuesta para adjuntar evidencia a esta opción.</p>}
      {ready && (
        <button type="button" onClick={() => setOpen(!open)} aria-expanded={open} className="font-medium text-faro-800 underline">
          {open ? "Cerrar evidencias" : linked.length > 0 ? `Evidencias de la opción (${linked.length})` : "Adjuntar evidencia"}
        </button>
      )}
      {open && answerId && (
        <div className="rounded-md border border-slate-200 bg-white p-2">
          <LinkedEvidencePanel entityId={entityId} target={{ kind: "FURAG_OPTION", targetId: answerId, targetSubId: optionKey }} onChange={() => router.refresh()} />
        </div>
      )}
    </div>
  );
}

export function LinkedList({ entityId, linked }: { entityId: string; linked: Linked[] }) {
  if (linked.length === 0) return null;
  return (
    <ul aria-label="Evidencias vinculadas" className="space-y-1">
      {linked.map((e) => (
        <li key={e.linkId} className="flex flex-wrap items-center gap-1.5">
          <Link href={`/e/${entityId}/evidencias/${e.evidenceId}`} className="break-all font-medium text-faro-800 underline">
            {e.title}
          </Link>
          <ReviewBadge state={e.linkReviewState} />
          {e.evidenceReviewState === "RECHAZADA" && e.linkReviewState !== "RECHAZADA" && <ReviewBadge state="RECHAZADA" prefix="Evidencia" />}
          <ExpiredBadge expired={e.expired} />
          {!e.counts && <span className="text-red-800">No cuenta como soporte</span>}
        </li>
      ))}
    </ul>
  );
}
