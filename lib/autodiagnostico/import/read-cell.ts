import type { Cell, CellValue } from "exceljs";

/*
 * Reading what a person sees in a cell, whatever exceljs hands back: shared
 * strings and inline strings arrive as plain strings, rich text as runs,
 * formulas as { formula, result } (the cached result is what Excel showed),
 * hyperlinks as { text }. Merged cells: exceljs answers the master's value for
 * every cell of the range, so callers can read any row of a block.
 */

export type CellNumber =
  | { readonly kind: "empty" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "invalid"; readonly text: string };

/** The visible text of a cell, trimmed, with \r\n made \n; null when empty. */
export function readCellText(cell: Cell): string | null {
  const raw = plainValue(cell.value);
  if (raw === null) return null;
  const text = (raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw)).replace(/\r\n?/g, "\n").trim();
  return text === "" ? null : text;
}

/** A number from a number cell, a formula result or a numeric text ("80", "80,5"). */
export function readCellNumber(cell: Cell): CellNumber {
  const raw = plainValue(cell.value);
  if (raw === null) return { kind: "empty" };
  if (typeof raw === "number") return Number.isFinite(raw) ? { kind: "number", value: raw } : { kind: "invalid", text: String(raw) };
  const text = String(raw).trim();
  if (text === "") return { kind: "empty" };
  const parsed = /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : Number.NaN;
  return Number.isFinite(parsed) ? { kind: "number", value: parsed } : { kind: "invalid", text };
}

type Plain = string | number | boolean | Date | null;

function plainValue(value: CellValue): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return null; // #N/A, #DIV/0!…: nothing a person typed
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && !(result instanceof Date)) return null; // error result
    return result;
  }
  if ("text" in value) return plainValue(value.text as CellValue);
  return null;
}
