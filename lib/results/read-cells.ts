// Cell values as exceljs' streaming reader gives them (numbers, strings, rich
// text, formula results), turned into the text or score the import needs.
import { parseDecimal } from "@/lib/format/parse-decimal";

type CellValue = unknown;

/** Text of a cell; "" for blank. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (v.richText) return v.richText.map((part) => part.text).join("").trim();
    if ("result" in v) return cellText(v.result);
    if (typeof v.text === "string") return v.text.trim();
    if (v.error) return v.error;
  }
  return String(value).trim();
}

/** Words Función Pública or an editor may leave where a policy does not apply. */
const NOT_APPLICABLE = new Set(["", "-", "na", "n/a", "no aplica", "n.a."]);

export type ScoreReading = { ok: true; score: number | null } | { ok: false; problem: string };

/** A 0-100 score; blank (does not apply) → null. */
export function readScore(value: CellValue): ScoreReading {
  if (typeof value === "number") return inRange(value, String(value));
  if (value && typeof value === "object" && "result" in value) return readScore((value as { result: unknown }).result);
  const text = cellText(value);
  if (NOT_APPLICABLE.has(text.toLowerCase())) return { ok: true, score: null };
  const number = parseDecimal(text);
  if (number === null) return { ok: true, score: null };
  if (Number.isNaN(number)) return { ok: false, problem: `«${text.slice(0, 40)}» no es un puntaje numérico` };
  return inRange(number, text);
}

function inRange(score: number, shown: string): ScoreReading {
  if (!Number.isFinite(score) || score < 0 || score > 100) return { ok: false, problem: `el puntaje ${shown} está fuera del rango 0 a 100` };
  return { ok: true, score };
}

/** Código SIGEP as text: 1234.0 → "1234"; null when missing or malformed. */
export function readSigep(value: CellValue): string | null {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? String(value) : null;
  const text = cellText(value);
  return /^[0-9A-Za-z-]{1,20}$/.test(text) ? text : null;
}
