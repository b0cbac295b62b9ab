// The 19 policies as checkboxes (code and name), for a RESPONSABLE.
import { POLICY_CODES, POLICY_NAMES } from "@/lib/members/policy-names";

type Props = { idPrefix: string; selected: string[]; onChange: (codes: string[]) => void; disabled?: boolean };

export function PolicyCheckboxes({ idPrefix, selected, onChange, disabled }: Props) {
  function toggle(code: string, checked: boolean) {
    onChange(checked ? [...selected, code].sort() : selected.filter((c) => c !== code));
  }
  return (
    <ul className="grid gap-1 sm:grid-cols-2">
      {POLICY_CODES.map((code) => (
        <li key={code}>
          <label htmlFor={`${idPrefix}-${code}`} className="flex items-start gap-2 rounded px-1 py-1 text-sm hover:bg-slate-50">
            <input
              id={`${idPrefix}-${code}`}
              type="checkbox"
              checked={selected.includes(code)}
              disabled={disabled}
              onChange={(event) => toggle(code, event.target.checked)}
              className="mt-0.5 h-4 w-4 shrink-0"
            />
            <span>
              <span className="font-mono text-xs text-slate-500">{code}</span> {POLICY_NAMES[code]}
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
