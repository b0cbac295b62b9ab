// Derives malformed inputs from one valid input: every field with a wrong
// type, every text field 1 MB long, numbers below 0 and above 100, an
// unknown extra key, and inputs that are not objects at all. Driven by the
// authorization registry, so every new action with a case is covered.
export type Variant = { label: string; input: unknown };

export const HUGE_TEXT = "x".repeat(1024 * 1024);

const NOT_OBJECTS: Variant[] = [
  { label: "null", input: null },
  { label: "un texto en lugar de un objeto", input: "texto" },
  { label: "una lista en lugar de un objeto", input: [] },
  { label: "un número en lugar de un objeto", input: 12 },
];

function wrongTypeFor(value: unknown): unknown {
  if (typeof value === "string") return 12_345;
  if (typeof value === "number") return "doce";
  if (typeof value === "boolean") return "sí";
  if (Array.isArray(value)) return "no es una lista";
  if (value && typeof value === "object") return "no es un objeto";
  return { inesperado: true };
}

/**
 * `skip` names fields that must stay valid; `json` drops what JSON cannot
 * carry (NaN becomes null on the wire, which may well be a valid value).
 */
export function malformedVariants(valid: unknown, { skip = [] as string[], json = false } = {}): Variant[] {
  const variants = [...NOT_OBJECTS];
  if (!valid || typeof valid !== "object" || Array.isArray(valid)) return variants;
  const base = valid as Record<string, unknown>;
  variants.push({ label: "un campo desconocido", input: { ...base, campoDesconocido: "x" } });
  for (const [key, value] of Object.entries(base)) {
    if (skip.includes(key)) continue;
    variants.push({ label: `${key}: tipo equivocado`, input: { ...base, [key]: wrongTypeFor(value) } });
    if (typeof value === "string") variants.push({ label: `${key}: texto de 1 MB`, input: { ...base, [key]: HUGE_TEXT } });
    if (typeof value === "number") {
      variants.push({ label: `${key}: negativo`, input: { ...base, [key]: -1 } });
      variants.push({ label: `${key}: mayor que 100`, input: { ...base, [key]: 101 } });
      if (!json) variants.push({ label: `${key}: no finito`, input: { ...base, [key]: Number.NaN } });
    }
    if (Array.isArray(value)) {
      variants.push({ label: `${key}: lista con elemento de tipo equivocado`, input: { ...base, [key]: [...value, 12_345] } });
      variants.push({ label: `${key}: lista de 10 000 elementos`, input: { ...base, [key]: Array.from({ length: 10_000 }, () => value[0] ?? "x") } });
    }
  }
  return variants;
}
