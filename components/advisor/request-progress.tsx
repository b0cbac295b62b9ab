// The steps of a request (Tablas 9-14) as a list: done, current, pending, in
// words (not only colour), for both the entity and the advisor.
import type { AdvisoryRequestState } from "@/lib/generated/prisma/enums";
import { REQUEST_STEPS, stepIndex } from "@/lib/advisor/requests/request-states";

/** `referred`: the optional referral to the policy leader (Tabla 11) was made. */
export function RequestProgress({ state, referred }: { state: AdvisoryRequestState; referred: boolean }) {
  const current = stepIndex(state);
  return (
    <ol className="grid gap-1 text-sm sm:grid-cols-3 lg:grid-cols-6" aria-label="Avance de la solicitud">
      {REQUEST_STEPS.map((step, i) => {
        const passed = i < current || state === "CERRADA";
        // Tabla 11 applies only "en los casos que lo requieran": a skipped referral is not shown as done.
        const skipped = passed && step.state === "REMITIDA_LIDER" && !referred;
        const status = skipped ? "omitido" : passed ? "hecho" : i === current ? "actual" : "pendiente";
        return (
          <li
            key={step.state}
            aria-current={status === "actual" ? "step" : undefined}
            className={`rounded-md border px-2 py-1 ${
              status === "hecho" ? "border-emerald-300 bg-emerald-50 text-emerald-900" : status === "actual" ? "border-faro-600 bg-faro-50 font-semibold text-faro-900" : "border-slate-200 bg-white text-slate-500"
            }`}
          >
            <span className="block">
              {status === "hecho" ? "✓ " : status === "actual" ? "● " : status === "omitido" ? "– " : "○ "}
              {step.label}
              {status === "omitido" ? " (no fue necesaria)" : ""}
            </span>
            <span className="block text-[0.7rem] font-normal">{step.table}</span>
          </li>
        );
      })}
    </ol>
  );
}
