// Turns an audit row's before/after JSON into the list of fields that changed,
// for people to read. Technical columns are left out.
const HIDDEN = new Set(["id", "created_at", "updated_at", "entity_id"]);

export type FieldChange = { field: string; before: string; after: string };

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function describeChanges(before: unknown, after: unknown): FieldChange[] {
  const old = asRecord(before);
  const now = asRecord(after);
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter((f) => !HIDDEN.has(f)).sort();
  return fields
    .filter((field) => JSON.stringify(old[field]) !== JSON.stringify(now[field]))
    .map((field) => ({ field, before: show(old[field]), after: show(now[field]) }));
}
