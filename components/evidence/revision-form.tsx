"use client";

// A new revision of an evidence: new files and links, keeping (by default)
// those of the current revision. It goes back to "pendiente" for review.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { primaryButton, ProblemAlert } from "@/components/forms/form-parts";
import type { ActionProblem } from "@/components/forms/use-server-action";
import { oversizeMessage, sendUpload } from "./send-upload";

export function RevisionForm({ entityId, evidenceId, maxBytes }: { entityId: string; evidenceId: string; maxBytes: number }) {
  const router = useRouter();
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const files = form.getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
    const tooBig = oversizeMessage(files, maxBytes);
    if (tooBig) return setProblem({ message: tooBig, fieldErrors: {} });
    if (files.length === 0 && !String(form.get("urls") ?? "").trim()) {
      return setProblem({ message: "Adjunte al menos un archivo o escriba un enlace nuevo.", fieldErrors: {} });
    }
    setProblem(null);
    setProgress(0);
    const result = await sendUpload(`/api/e/${entityId}/evidencias/${evidenceId}/revisiones`, form, setProgress);
    setProgress(null);
    if (!result.ok) return setProblem({ message: result.error, fieldErrors: result.fieldErrors });
    formElement.reset();
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <div>
        <label htmlFor="revision-files" className="block text-sm font-medium text-slate-700">
          Archivos nuevos
        </label>
        <input id="revision-files" name="files" type="file" multiple className="mt-1 block w-full text-sm" />
      </div>
      <label className="block text-sm font-medium text-slate-700">
        Enlaces nuevos (uno por línea)
        <textarea name="urls" rows={2} className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 font-normal" />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        Nota de la revisión (opcional)
        <input name="note" maxLength={2000} className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 font-normal" />
      </label>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="keepPrevious" defaultChecked /> Conservar los archivos y enlaces de la revisión actual
      </label>
      <ProblemAlert problem={problem} />
      {progress !== null && <p role="status" className="text-sm text-slate-700">Subiendo… {Math.round(progress * 100)} %</p>}
      <button type="submit" className={primaryButton} disabled={progress !== null}>
        Crear revisión nueva
      </button>
    </form>
  );
}
