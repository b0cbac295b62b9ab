import type { ReactNode } from "react";

export const INPUT_CLASS =
  "mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600";

/** A labelled control with its help text and, after a refused save, its Spanish error. */
export function FormField(props: { id: string; label: string; help?: string; errors?: string[]; children: (aria: AriaProps) => ReactNode }) {
  const { id, label, help, errors, children } = props;
  const describedBy = [help ? `${id}-ayuda` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children({ id, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy })}
      {help && (
        <p id={`${id}-ayuda`} className="mt-1 text-sm text-slate-500">
          {help}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export type AriaProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

export function FormStatus({ error, success }: { error: string | null; success: string | null }) {
  if (error) {
    return (
      <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
        {error}
      </p>
    );
  }
  if (success) {
    return (
      <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
        {success}
      </p>
    );
  }
  return null;
}
