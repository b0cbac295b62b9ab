// Numbers as people in Colombia type them: "12,5", "1.250", "1.250,75".
// Returns null for an empty field and NaN for something that is not a number.
export function parseDecimal(raw: string): number | null {
  const text = raw.replace(/\s/g, "");
  if (text === "") return null;
  const normalized = text.includes(",") ? text.replace(/\./g, "").replace(",", ".") : /^\d{1,3}(\.\d{3})+$/.test(text) ? text.replace(/\./g, "") : text;
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : Number.NaN;
}

export function formatDecimal(value: number | null | undefined): string {
  return typeof value === "number" ? value.toLocaleString("es-CO", { maximumFractionDigits: 6, useGrouping: false }) : "";
}
