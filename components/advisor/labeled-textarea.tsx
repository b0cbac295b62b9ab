// A labelled textarea wired like LabeledInput (hint, errors, aria).
import type { TextareaHTMLAttributes } from "react";
import { inputClass } from "@/components/forms/form-parts";
import { FieldErrorList } from "@/components/forms/labeled-field";

type Props = { id: string; label: string; hint?: string; errors?: string[] } & TextareaHTMLAttributes<HTMLTextAreaElement>;

export function LabeledTextarea({ id, label, hint, errors, ...textarea }: Props) {
  const describedBy = [hint ? `${id}-ayuda` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <textarea id={id} rows={4} className={inputClass} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} {...textarea} />
      {hint && (
        <p id={`${id}-ayuda`} className="mt-1 text-sm text-slate-500">
          {hint}
        </p>
      )}
      <FieldErrorList id={`${id}-error`} errors={errors} />
    </div>
  );
}
