// The steps of a request (Tablas 9-14) as a list: done, current, pending, in
// words (not only colour), for both the entity and the advisor.
import type { AdvisoryRequestState } from "@/lib/generated/prisma/enums";
import { REQUEST_STEPS, stepIndex } from "@/lib/advisor/requests/request-states";

export function RequestProgress({ state }: { state: AdvisoryRequestState }) {
  const current = stepIndex(state);
  return (
    <ol className="grid gap-1 text-sm sm:grid-cols-3 lg:grid-cols-6" aria-label="Avance de la solicitud">
      {REQUEST_STEPS.map((step, i) => {
        const status = i < current || state === "CERRADA" ? "hecho" : i === current ? "actual" : "pendiente";
        return (
          <li
            key={step.state}
            aria-current={status === "actual" ? "step" : undefined}
            className={`rounded-md border px-2 py-1 ${
              status === "hecho" ? "border-emerald-300 bg-emerald-50 text-emerald-900" : status === "actual" ? "border-faro-600 bg-faro-50 font-semibold text-faro-900" : "border-slate-200 bg-white text-slate-500"
            }`}
          >
            <span className="block">{status === "hecho" ? "✓ " : status === "actual" ? "● " : "○ "}{step.label}</span>
            <span className="block text-[0.7rem] font-normal">{step.table}</span>
          </li>
        );
      })}
    </ol>
  );
}
