"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { startAssessmentAction } from "@/app/(app)/e/[entityId]/autodiagnosticos/actions";

type Props = {
  entityId: string;
  vigencia: number;
  policyCode: string;
  instruments: { id: string; title: string; activityCount: number }[];
  previousExists: boolean;
};

export function StartAssessmentForm({ entityId, vigencia, policyCode, instruments, previousExists }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [instrumentId, setInstrumentId] = useState(instruments[0]?.id ?? "");
  const [fromPrevious, setFromPrevious] = useState(previousExists);
  const [error, setError] = useState<string | null>(null);

  return (
    <form
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await startAssessmentAction({ entityId, vigencia, policyCode, instrumentId, fromPrevious });
          if (!result.ok) setError(result.error);
          else router.refresh();
        });
      }}
    >
      <label className="block text-sm text-slate-700">
        Instrumento
        <select value={instrumentId} onChange={(e) => setInstrumentId(e.target.value)} className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5">
          {instruments.map((i) => (
            <option key={i.id} value={i.id}>
              {i.title} ({i.activityCount} actividades)
            </option>
          ))}
        </select>
      </label>
      {previousExists && (
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" checked={fromPrevious} onChange={(e) => setFromPrevious(e.target.checked)} />
          Partir de los puntajes de la vigencia {vigencia - 1}
        </label>
      )}
      <button type="submit" disabled={pending || !instrumentId} className="rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800 disabled:opacity-60">
        {pending ? "Iniciando…" : `Iniciar el autodiagnóstico ${vigencia}`}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
