// Numbers as people type them in Colombia: "62,5" or "62.5". Empty -> null;
// anything else that is not a number -> NaN.
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(",", "."));
}

/** A number for an input box, with decimal comma. */
export function formatDecimalInput(value: number | null): string {
  return value === null ? "" : String(value).replace(".", ",");
}
