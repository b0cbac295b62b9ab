"use client";

import type { ReactNode } from "react";
import { FieldErrorList } from "@/components/forms/labeled-field";
import { ANSWER_KEY } from "@/lib/furag/answers/answer-value";
import { SupportInput } from "./support-input";

type Props = {
  keys: readonly string[];
  values: Record<string, string>;
  errors: Record<string, string[]>;
  onChange: (key: string, value: string) => void;
  needed: string[];
  supports: Record<string, string>;
  onSupport: (key: string, value: string) => void;
  /** The linked evidence of a key that needs support, and the control to attach more. */
  evidenceOf: (key: string) => ReactNode;
};

export function NumberInputs({ keys, values, errors, onChange, needed, supports, onSupport, evidenceOf }: Props) {
  return (
    <ul className="space-y-3">
      {keys.map((key, index) => {
        const id = `numero-${index}`;
        return (
          <li key={key}>
            <label htmlFor={id} className="block text-sm font-medium text-slate-800">
              {key === ANSWER_KEY ? "Valor" : key}
            </label>
            <input
              id={id}
              inputMode="decimal"
              value={values[key] ?? ""}
              onChange={(e) => onChange(key, e.target.value)}
              aria-invalid={errors[key] ? true : undefined}
              className="mt-1 block w-40 rounded-md border border-slate-300 px-2 py-1.5 text-right tabular-nums"
            />
            <FieldErrorList errors={errors[key]} />
            {needed.includes(key) && (
              <>
                <SupportInput label="Soporte del valor" value={supports[key] ?? ""} onChange={(v) => onSupport(key, v)} />
                {evidenceOf(key)}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
