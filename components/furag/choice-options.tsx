"use client";

import type { ReactNode } from "react";
import { SupportInput } from "./support-input";

type Props = {
  name: string;
  single: boolean;
  options: string[];
  selected: string[];
  onChange: (selected: string[]) => void;
  needed: string[];
  supports: Record<string, string>;
  onSupport: (key: string, value: string) => void;
  /** The linked evidence of a key that needs support, and the control to attach more. */
  evidenceOf: (key: string) => ReactNode;
};

export function ChoiceOptions({ name, single, options, selected, onChange, needed, supports, onSupport, evidenceOf }: Props) {
  function toggle(option: string, checked: boolean) {
    if (single) onChange(checked ? [option] : []);
    else onChange(checked ? [...selected, option] : selected.filter((o) => o !== option));
  }
  return (
    <ul className="space-y-2">
      {options.map((option, index) => {
        const id = `${name}-${index}`;
        const checked = selected.includes(option);
        return (
          <li key={id} className={`rounded-md border p-2 ${checked ? "border-faro-300 bg-faro-50" : "border-slate-200"}`}>
            <label htmlFor={id} className="flex items-start gap-2">
              <input
                id={id}
                type={single ? "radio" : "checkbox"}
                name={name}
                checked={checked}
                onChange={(e) => toggle(option, e.target.checked)}
                className="mt-1 h-4 w-4 shrink-0"
              />
              <span className="text-sm text-slate-900">{option}</span>
            </label>
            {needed.includes(option) && (
              <>
                <SupportInput label={`Soporte de «${option.slice(0, 60)}${option.length > 60 ? "…" : ""}»`} value={supports[option] ?? ""} onChange={(v) => onSupport(option, v)} />
                {evidenceOf(option)}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
