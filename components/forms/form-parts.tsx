// Small pieces every form shares, so errors and buttons look and read the
// same everywhere.
import type { ActionProblem } from "./use-server-action";

/** A control marked aria-invalid (see labeled-field.tsx) gets a red border. */
export const inputClass =
  "mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600";
export const primaryButton =
  "rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800 disabled:cursor-not-allowed disabled:opacity-60";
export const secondaryButton =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-faro-800 hover:bg-faro-50 disabled:opacity-60";
export const dangerButton = "rounded-md border border-red-300 bg-white px-3 py-2 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60";

/** The general message of a refused action (and field messages without a field of their own). */
export function ProblemAlert({ problem, shownFields = [] }: { problem: ActionProblem | null; shownFields?: string[] }) {
  if (!problem) return null;
  const other = Object.entries(problem.fieldErrors)
    .filter(([field]) => !shownFields.includes(field))
    .flatMap(([, messages]) => messages);
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      <p>{problem.message}</p>
      {other.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {other.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
