"use client";

// The evidence of one item (an activity, a FURAG option, a plan task, a
// finding), for any page to embed with (entityId, target): each evidence with
// its review state for this item and the "vencida" flag; people who may
// upload can attach an existing evidence, upload a new one, or unlink.
// Loads on mount, so a page with many items only pays for the open ones.
import Link from "next/link";
import { useCallback, useEffect, useState, useTransition } from "react";
import { linkEvidenceAction, unlinkEvidenceAction } from "@/app/(app)/e/[entityId]/evidencias/actions";
import { secondaryButton } from "@/components/forms/form-parts";
import type { LinkedEvidence } from "@/lib/evidence/link-evidence";
import type { LinkTarget } from "@/lib/evidence/schemas";
import { ExpiredBadge, ReviewBadge } from "./evidence-badges";
import { CONFIRM_UNLINK } from "./unlink-button";
import { UploadEvidenceForm, type PersonOption } from "./upload-evidence-form";

type PanelData = {
  linked: (Omit<LinkedEvidence, "validUntil"> & { validUntil: string | null })[];
  candidates: { id: string; title: string; vigencia: number }[];
  upload: { people: PersonOption[]; me: string; vigencia: number; maxBytes: number } | null;
};

type Fetched = { data?: PanelData; error?: string };

async function fetchPanel(entityId: string, target: LinkTarget, q: string): Promise<Fetched> {
  const params = new URLSearchParams({ kind: target.kind, targetId: target.targetId, targetSubId: target.targetSubId, ...(q ? { q } : {}) });
  try {
    const response = await fetch(`/api/e/${entityId}/evidencias/vinculadas?${params}`, { cache: "no-store" });
    const body = (await response.json()) as PanelData & { error?: string };
    return response.ok ? { data: body } : { error: body.error ?? "No se pudieron cargar las evidencias." };
  } catch {
    return { error: "No hay conexión con el servidor. Intente de nuevo." };
  }
}

/** `onChange`: after a link, unlink or upload, for pages that show counts derived from the links. */
export function LinkedEvidencePanel({ entityId, target, onChange }: { entityId: string; target: LinkTarget; onChange?: () => void }) {
  const [data, setData] = useState<PanelData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState("");
  const [mode, setMode] = useState<"none" | "attach" | "upload">("none");
  const [pending, startTransition] = useTransition();

  const { kind, targetId, targetSubId } = target;
  const apply = useCallback((result: Fetched) => {
    if (result.data) setData(result.data);
    setError(result.error ?? null);
  }, []);
  const load = useCallback(async (q = "") => apply(await fetchPanel(entityId, { kind, targetId, targetSubId }, q)), [apply, entityId, kind, targetId, targetSubId]);

  useEffect(() => {
    let live = true;
    void fetchPanel(entityId, { kind, targetId, targetSubId }, "").then((result) => live && apply(result));
    return () => {
      live = false;
    };
  }, [apply, entityId, kind, targetId, targetSubId]);

  function act(work: () => Promise<{ ok: boolean; error?: string }>) {
    startTransition(async () => {
      const result = await work();
      if (!result.ok) setError(result.error ?? "No se pudo completar la acción.");
      else {
        setMode("none");
        setQuery("");
        await load();
        onChange?.();
      }
    });
  }

  if (!data) return <p className="text-sm text-slate-600">{error ?? "Cargando evidencias…"}</p>;
  return (
    <div className="space-y-2 text-sm">
      {data.linked.length === 0 ? (
        <p className="text-slate-600">Sin evidencias vinculadas.</p>
      ) : (
        <ul className="space-y-1">
          {data.linked.map((e) => (
            <li key={e.linkId} className="flex flex-wrap items-center gap-2">
              <Link href={`/e/${entityId}/evidencias/${e.evidenceId}`} className="font-medium text-faro-800 underline">
                {e.title}
              </Link>
              <span className="text-xs text-slate-500">
                {e.vigencia} · rev. {e.currentRevision}
              </span>
              <ReviewBadge state={e.linkReviewState} />
              <ExpiredBadge expired={e.expired} />
              {data.upload && (
                <button type="button" disabled={pending} onClick={() => window.confirm(CONFIRM_UNLINK) && act(() => unlinkEvidenceAction({ entityId, linkId: e.linkId }))} className="text-xs text-red-800 underline">
                  Desvincular
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && <p role="alert" className="text-red-700">{error}</p>}
      {data.upload && (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={secondaryButton} onClick={() => setMode(mode === "attach" ? "none" : "attach")}>
            Vincular evidencia existente
          </button>
          <button type="button" className={secondaryButton} onClick={() => setMode(mode === "upload" ? "none" : "upload")}>
            Subir evidencia nueva
          </button>
        </div>
      )}
      {mode === "attach" && (
        <div className="space-y-2 rounded-md border border-slate-200 p-3">
          <label className="block">
            Buscar por título, descripción o nombre de archivo
            <span className="mt-1 flex gap-2">
              <input value={query} onChange={(e) => setQuery(e.target.value)} className="w-full rounded-md border border-slate-300 px-2 py-1" />
              <button type="button" className={secondaryButton} onClick={() => void load(query)}>
                Buscar
              </button>
            </span>
          </label>
          <ul className="space-y-1">
            {data.candidates.map((c) => (
              <li key={c.id} className="flex items-center justify-between gap-2">
                <span>
                  {c.title} <span className="text-xs text-slate-500">({c.vigencia})</span>
                </span>
                <button type="button" disabled={pending} className="text-faro-800 underline" onClick={() => act(() => linkEvidenceAction({ entityId, evidenceId: c.id, target }))}>
                  Vincular
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {mode === "upload" && data.upload && (
        <div className="rounded-md border border-slate-200 p-3">
          <UploadEvidenceForm
            entityId={entityId}
            people={data.upload.people}
            defaultOwnerId={data.upload.me}
            defaultVigencia={data.upload.vigencia}
            maxBytes={data.upload.maxBytes}
            policies={[]}
            target={target}
            onCreated={() => {
              setMode("none");
              void load();
              onChange?.();
            }}
          />
        </div>
      )}
    </div>
  );
}
