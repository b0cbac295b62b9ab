// Small pieces every form of these pages shares, so errors and buttons look
// and read the same everywhere.
import type { ActionProblem } from "./use-server-action";

export const inputClass = "mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base";
export const primaryButton =
  "rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800 disabled:cursor-not-allowed disabled:opacity-60";
export const secondaryButton =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-faro-800 hover:bg-faro-50 disabled:opacity-60";
export const dangerButton = "rounded-md border border-red-300 bg-white px-3 py-2 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60";

export function FieldError({ problem, field, id }: { problem: ActionProblem | null; field: string; id?: string }) {
  const messages = problem?.fieldErrors[field];
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {messages.join(" ")}
    </p>
  );
}

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
