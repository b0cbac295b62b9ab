"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { FileProblemsAlert } from "@/components/forms/file-problems-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { MAX_QUESTIONNAIRE_BYTES, ZQuestionnaireUpload } from "@/lib/furag/questionnaire/questionnaire-schemas";
import { importFuragQuestionnaireAction } from "../actions";

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function ImportQuestionnaireForm({ defaultVigencia }: { defaultVigencia: number }) {
  const router = useRouter();
  const { pending, problem, run } = useServerAction(importFuragQuestionnaireAction);
  const [done, setDone] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    setReadError(null);
    const form = new FormData(event.currentTarget);
    const file = form.get("archivo");
    if (!(file instanceof File) || file.size === 0) return setReadError("Elija el archivo del cuestionario (.xlsx).");
    if (file.size > MAX_QUESTIONNAIRE_BYTES) return setReadError("El archivo es demasiado grande para un cuestionario FURAG (máximo 700 KB).");
    const input = { vigencia: Number(form.get("vigencia")), fileName: file.name, fileBase64: await toBase64(file) };
    run(ZQuestionnaireUpload, input, (r) => {
      setDone(
        `Cuestionario ${r.vigencia} ${r.created ? "importado" : "actualizado"}: ${r.questionCount} preguntas (${r.added} nuevas, ${r.updated} corregidas, ` +
          `${r.unchanged} sin cambios, ${r.removed} quitadas, ${r.retired} retiradas que ya tenían respuestas).`,
      );
      router.refresh();
    });
  }

  const lines = Object.values(problem?.fieldErrors ?? {}).flat();
  return (
    <section aria-labelledby="importar" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="importar" className="text-lg font-semibold text-faro-900">
        Importar o corregir un cuestionario
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Formato del banco de preguntas de Función Pública: columnas ID, Código, Pregunta, Tipo de pregunta, Opción 1…N. Si la vigencia ya tiene cuestionario, se
        actualiza por código y las respuestas de las entidades se conservan.
      </p>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
        <label className="block text-sm font-medium text-slate-700">
          Vigencia
          <input name="vigencia" type="number" defaultValue={defaultVigencia} min={2018} max={2100} className="mt-1 block w-32 rounded-md border border-slate-300 px-2 py-1.5" />
        </label>
        <label className="block text-sm font-medium text-slate-700">
          Archivo (.xlsx)
          <input name="archivo" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-faro-50 file:px-3 file:py-2 file:font-medium file:text-faro-800" />
        </label>
        <button type="submit" disabled={pending} className="rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800 disabled:opacity-60">
          {pending ? "Importando…" : "Importar cuestionario"}
        </button>
      </form>
      {(readError || problem) && <FileProblemsAlert message={readError ?? problem?.message ?? ""} lines={lines} />}
      {done && <div className="mt-4"><FormAlert kind="success">{done}</FormAlert></div>}
    </section>
  );
}
