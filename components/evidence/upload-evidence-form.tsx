"use client";

// New evidence: description fields, files and links in one form. Checked in
// the browser with the server's own schema (and the size limit) before any
// byte is sent; what the person typed stays if the server refuses it.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { LabeledInput, LabeledSelect } from "@/components/forms/labeled-field";
import { primaryButton, ProblemAlert } from "@/components/forms/form-parts";
import type { ActionProblem } from "@/components/forms/use-server-action";
import { fieldErrorsOf } from "@/components/forms/field-errors";
import { ZEvidenceFields, type LinkTarget } from "@/lib/evidence/schemas";
import { oversizeMessage, sendUpload } from "./send-upload";

export type PersonOption = { id: string; name: string };

type Props = {
  entityId: string;
  people: PersonOption[];
  defaultOwnerId: string;
  defaultVigencia: number;
  maxBytes: number;
  policies: { code: string; name: string }[];
  /** Link the new evidence to this item (from a linked-evidence panel). */
  target?: LinkTarget;
  onCreated?: (id: string) => void;
};

const FIELDS = ["title", "description", "vigencia", "documentDate", "ownerId", "policyCode", "validUntil", "urls", "files"];

export function UploadEvidenceForm({ entityId, people, defaultOwnerId, defaultVigencia, maxBytes, policies, target, onCreated }: Props) {
  const router = useRouter();
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const errors = problem?.fieldErrors ?? {};
  const unique = useId(); // several panels' forms may be open on one page
  const id = (name: string) => `evidencia-${name}${target ? unique.replace(/:/g, "") : ""}`;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const files = form.getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
    const urls = String(form.get("urls") ?? "").split(/\r?\n/).map((u) => u.trim()).filter(Boolean);
    const checked = ZEvidenceFields.safeParse({ ...Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")), urls, description: String(form.get("description") ?? "") || undefined });
    const fieldErrors = checked.success ? {} : fieldErrorsOf(checked.error);
    const tooBig = oversizeMessage(files, maxBytes);
    if (tooBig) fieldErrors.files = [tooBig];
    if (files.length === 0 && urls.length === 0) fieldErrors.files = ["Adjunte al menos un archivo o escriba un enlace."];
    if (Object.keys(fieldErrors).length > 0) return setProblem({ message: "Revise los datos marcados.", fieldErrors });
    if (target) {
      form.set("targetKind", target.kind);
      form.set("targetId", target.targetId);
      form.set("targetSubId", target.targetSubId);
    }
    setProblem(null);
    setProgress(0);
    const result = await sendUpload(`/api/e/${entityId}/evidencias`, form, setProgress);
    setProgress(null);
    if (!result.ok) return setProblem({ message: result.error, fieldErrors: result.fieldErrors });
    const created = (result.data as { id: string }).id;
    if (onCreated) onCreated(created);
    else router.push(`/e/${entityId}/evidencias/${created}`);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <LabeledInput id={id("title")} name="title" label="Título" required maxLength={200} errors={errors.title} />
      <div>
        <label htmlFor={id("description")} className="block text-sm font-medium text-slate-700">
          Descripción (opcional)
        </label>
        <textarea id={id("description")} name="description" rows={2} maxLength={4000} className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <LabeledInput id={id("vigencia")} name="vigencia" label="Vigencia" type="number" inputMode="numeric" defaultValue={defaultVigencia} errors={errors.vigencia} />
        <LabeledInput id={id("documentDate")} name="documentDate" label="Fecha del documento" type="date" errors={errors.documentDate} />
        <LabeledSelect id={id("ownerId")} name="ownerId" label="Responsable" defaultValue={defaultOwnerId} errors={errors.ownerId}>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </LabeledSelect>
        <LabeledInput id={id("validUntil")} name="validUntil" label="Vigente hasta (opcional)" type="date" hint="Después de esta fecha se marca «vencida»." errors={errors.validUntil} />
      </div>
      {!target && (
        <LabeledSelect id={id("policyCode")} name="policyCode" label="Política (opcional)" defaultValue="" errors={errors.policyCode}>
          <option value="">Sin política</option>
          {policies.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code} · {p.name}
            </option>
          ))}
        </LabeledSelect>
      )}
      <div>
        <label htmlFor={id("files")} className="block text-sm font-medium text-slate-700">
          Archivos
        </label>
        <input id={id("files")} name="files" type="file" multiple aria-describedby={`${id("files")}-ayuda`} className="mt-1 block w-full text-sm" />
        <p id={`${id("files")}-ayuda`} className="mt-1 text-sm text-slate-500">
          PDF, imágenes, Office u OpenDocument, CSV o texto; hasta {Math.round(maxBytes / 1048576)} MB cada uno.
        </p>
        {errors.files && <p className="mt-1 text-sm text-red-700">{errors.files.join(" ")}</p>}
      </div>
      <div>
        <label htmlFor={id("urls")} className="block text-sm font-medium text-slate-700">
          Enlaces (opcional, uno por línea)
        </label>
        <textarea id={id("urls")} name="urls" rows={2} placeholder="https://…" className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2" />
        {errors.urls && <p className="mt-1 text-sm text-red-700">{errors.urls.join(" ")}</p>}
      </div>
      <ProblemAlert problem={problem} shownFields={FIELDS} />
      {progress !== null && (
        <p role="status" className="text-sm text-slate-700">
          Subiendo… {Math.round(progress * 100)} %
        </p>
      )}
      <button type="submit" className={primaryButton} disabled={progress !== null}>
        {progress !== null ? "Subiendo…" : "Guardar evidencia"}
      </button>
    </form>
  );
}
