// A labelled input or select with its hint and field errors, wired for
// screen readers, for the operator's longer forms.
import type { ActionProblem } from "@/components/members/use-server-action";
import { FieldError, inputClass } from "@/components/members/form-parts";

type Common = { id: string; label: string; problem: ActionProblem | null; field: string; hint?: string };

function describedBy(id: string, hint: string | undefined, problem: ActionProblem | null, field: string) {
  return [hint ? `${id}-hint` : null, problem?.fieldErrors[field]?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function LabeledInput({ id, label, problem, field, hint, ...input }: Common & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        name={field}
        aria-invalid={problem?.fieldErrors[field]?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, problem, field)}
        className={inputClass}
        {...input}
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldError problem={problem} field={field} id={`${id}-error`} />
    </div>
  );
}

export function LabeledSelect({ id, label, problem, field, hint, children, ...select }: Common & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={id}
        name={field}
        aria-invalid={problem?.fieldErrors[field]?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, problem, field)}
        className={inputClass}
        {...select}
      >
        {children}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldError problem={problem} field={field} id={`${id}-error`} />
    </div>
  );
}
