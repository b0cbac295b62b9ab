"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FileProblemsAlert } from "@/components/forms/file-problems-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZCatalogUpload } from "@/lib/catalog/catalog-upload-schema";
import { importCatalogFile } from "../actions";

export function ImportCatalogForm() {
  const router = useRouter();
  const { pending, problem, run } = useServerAction(importCatalogFile);
  const [done, setDone] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    setReadError(null);
    const file = new FormData(event.currentTarget).get("archivo");
    if (!(file instanceof File) || file.size === 0) {
      setReadError("Elija el archivo JSON del catálogo.");
      return;
    }
    const input = { fileName: file.name, fileText: await file.text() };
    run(ZCatalogUpload, input, (result) => {
      setDone(
        `Versión «${result.code}» ${result.replaced ? "reemplazada" : "importada"}: ${result.dimensionCount} dimensiones, ${result.policyCount} políticas.`,
      );
      router.refresh();
    });
  }

  // Problems keyed by their place in the file, e.g. "dimensiones[2].politicas[0].codigo".
  const problems = Object.entries(problem?.fieldErrors ?? {}).flatMap(([path, messages]) => messages.map((m) => `${path}: ${m}`));
  return (
    <section aria-labelledby="importar" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="importar" className="text-lg font-semibold text-faro-900">
        Subir archivo
      </h2>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-4">
        <div>
          <label htmlFor="archivo" className="block text-sm font-medium text-slate-700">
            Archivo del catálogo (JSON)
          </label>
          <input
            id="archivo"
            name="archivo"
            type="file"
            accept=".json,application/json"
            className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-faro-50 file:px-3 file:py-2 file:font-medium file:text-faro-800"
          />
        </div>
        <button type="submit" disabled={pending} className="rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800 disabled:opacity-60">
          {pending ? "Importando…" : "Importar versión"}
        </button>
      </form>
      {(readError || problem) && <FileProblemsAlert message={readError ?? problem?.message ?? ""} lines={problems} />}
      {done && (
        <p role="status" className="mt-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {done}
        </p>
      )}
    </section>
  );
}
