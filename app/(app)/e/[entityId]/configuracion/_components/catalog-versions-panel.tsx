"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { LabeledSelect } from "@/components/forms/labeled-field";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZCatalogVersionChoice } from "@/lib/entity-settings/entity-settings-schema";
import { saveCatalogVersionChoice } from "../actions";

type Props = {
  entityId: string;
  vigencias: { vigencia: number; versionCode: string; versionName: string }[];
  versions: { code: string; name: string }[];
  years: number[];
};

export function CatalogVersionsPanel({ entityId, vigencias, versions, years }: Props) {
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(saveCatalogVersionChoice);
  const [saved, setSaved] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const data = new FormData(event.currentTarget);
    const input = { entityId, vigencia: Number(data.get("vigencia")), versionCode: String(data.get("versionCode") ?? "") };
    run(ZCatalogVersionChoice, input, (result) => {
      setSaved(`Vigencia ${result.vigencia}: versión ${result.versionCode} guardada.`);
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="catalogo-vigencias" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="catalogo-vigencias" className="text-lg font-semibold text-faro-900">
        Versión del catálogo MIPG por vigencia
      </h2>
      <p className="text-sm text-slate-600">
        Qué versión del Manual Operativo (dimensiones y políticas) usa la entidad en cada vigencia.{" "}
        <Link href="/catalogo" className="text-faro-700 hover:underline">
          Ver las versiones
        </Link>
      </p>
      {vigencias.length === 0 ? (
        <p className="mt-3 text-slate-700">Todavía no ha elegido versión para ninguna vigencia.</p>
      ) : (
        <table className="mt-3 w-full text-left text-sm">
          <thead className="text-slate-500">
            <tr>
              <th scope="col" className="py-1 pr-4 font-medium">
                Vigencia
              </th>
              <th scope="col" className="py-1 font-medium">
                Versión
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {vigencias.map((v) => (
              <tr key={v.vigencia}>
                <td className="py-2 pr-4 font-medium">{v.vigencia}</td>
                <td className="py-2">
                  <span className="font-mono font-semibold">{v.versionCode}</span> · {v.versionName}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-[10rem_1fr_auto] sm:items-start">
        <LabeledSelect id="vigencia" label="Vigencia" errors={fieldErrors.vigencia} name="vigencia" defaultValue={years[1] ?? years[0]}>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </LabeledSelect>
        <LabeledSelect id="versionCode" label="Versión del catálogo" errors={fieldErrors.versionCode} name="versionCode" defaultValue={versions.at(-1)?.code}>
          {versions.map((version) => (
            <option key={version.code} value={version.code}>
              {version.code} · {version.name}
            </option>
          ))}
        </LabeledSelect>
        <button
          type="submit"
          disabled={pending || versions.length === 0}
          className="rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800 disabled:opacity-60 sm:mt-6"
        >
          {pending ? "Guardando…" : "Guardar versión"}
        </button>
      </form>
      <p className="mt-2 text-sm text-slate-500">
        Si la vigencia ya tenía una versión, se reemplaza, salvo que ya tenga autodiagnósticos: entonces su versión queda fija.
      </p>
      <div className="mt-3">
        {problem && <FormAlert kind="error">{problem.message}</FormAlert>}
        {saved && <FormAlert kind="success">{saved}</FormAlert>}
      </div>
    </section>
  );
}
