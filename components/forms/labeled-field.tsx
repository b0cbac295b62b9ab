// A labelled input, select or textarea with its hint and its error messages, wired for
// screen readers (aria-invalid, aria-describedby). Every form of the app uses
// these, so a field looks, reads and announces its errors the same everywhere.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { inputClass } from "./form-parts";

type FieldProps = { id: string; label: string; hint?: string; errors?: string[] };

/** The attributes that tie a control to its hint and its errors. */
function describedControl({ id, hint, errors }: FieldProps) {
  const hintId = hint ? `${id}-ayuda` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return {
    id,
    "aria-invalid": errorId ? true : undefined,
    "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    className: inputClass,
  };
}

function FieldFrame({ id, label, hint, errors, children }: FieldProps & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-ayuda`} className="mt-1 text-sm text-slate-500">
          {hint}
        </p>
      )}
      <FieldErrorList id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** A field's messages; also for groups without a single control (a fieldset of checkboxes). */
export function FieldErrorList({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-sm text-red-700">
      {errors.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

export function LabeledInput({ id, label, hint, errors, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      <input {...describedControl({ id, label, hint, errors })} {...input} />
    </FieldFrame>
  );
}

export function LabeledSelect({ id, label, hint, errors, children, ...select }: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      <select {...describedControl({ id, label, hint, errors })} {...select}>
        {children}
      </select>
    </FieldFrame>
  );
}

export function LabeledTextarea({ id, label, hint, errors, ...textarea }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      <textarea rows={4} {...describedControl({ id, label, hint, errors })} {...textarea} />
    </FieldFrame>
  );
}
