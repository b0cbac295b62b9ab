import { DANE_DEPARTMENTS } from "@/lib/platform/dane-departments";

/** <option>s of the DANE departments, "05 · Antioquia", in code order. */
export function DepartmentOptions() {
  return Object.entries(DANE_DEPARTMENTS)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, name]) => (
      <option key={code} value={code}>
        {code} · {name}
      </option>
    ));
}
