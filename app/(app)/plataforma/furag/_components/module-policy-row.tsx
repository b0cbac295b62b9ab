"use client";

import { useState, type FormEvent } from "react";
import { useServerAction } from "@/components/forms/use-server-action";
import { POLICY_CODES } from "@/lib/furag/module-policy-map";
import type { ModulePolicyRow } from "@/lib/furag/questionnaire/module-policies";
import { ZUpdateModulePolicy } from "@/lib/furag/questionnaire/questionnaire-schemas";
import { updateFuragModulePolicyAction } from "../actions";

/** One editable line of the module → policy table. */
export function ModulePolicyRowForm({ row }: { row: ModulePolicyRow }) {
  const { pending, problem, fieldErrors, run } = useServerAction(updateFuragModulePolicyAction);
  const [topic, setTopic] = useState(row.topic);
  const [policyCode, setPolicyCode] = useState(row.policyCode ?? "");
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    run(ZUpdateModulePolicy, { prefix: row.prefix, topic, policyCode }, () => setSaved(true));
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-2 p-3 sm:grid-cols-[4rem_1fr_9rem_auto] sm:items-start">
      <span className="font-mono font-semibold text-faro-800">
        {row.prefix}
        {row.certainty === "uncertain" && <span className="block font-sans text-xs font-normal text-amber-700">por confirmar</span>}
      </span>
      <label className="text-sm">
        <span className="sr-only">Tema del módulo {row.prefix}</span>
        <input value={topic} onChange={(e) => setTopic(e.target.value)} maxLength={200} className="block w-full rounded-md border border-slate-300 px-2 py-1.5" />
        {fieldErrors.topic && <span className="text-xs text-red-700">{fieldErrors.topic.join(" ")}</span>}
      </label>
      <label className="text-sm">
        <span className="sr-only">Política del módulo {row.prefix}</span>
        <select value={policyCode} onChange={(e) => setPolicyCode(e.target.value)} className="block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5">
          <option value="">Ninguna</option>
          {POLICY_CODES.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </label>
      <span className="flex items-center gap-2">
        <button type="submit" disabled={pending} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-faro-800 hover:bg-faro-50 disabled:opacity-60">
          Guardar
        </button>
        {saved && <span role="status" className="text-xs text-emerald-700">Guardado</span>}
        {problem?.message && <span role="alert" className="text-xs text-red-700">{problem.message}</span>}
      </span>
    </form>
  );
}
