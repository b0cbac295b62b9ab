import { normalizeLabel } from "./normalize-label";

/**
 * Whether an observation marks the item as "No aplica". The official tool has
 * no such field: people leave the score blank and write it in Observaciones.
 * Accepted (any case, with or without accents): text starting with
 * "no aplica" ("No aplica", "NO APLICA: entidad territorial", "No aplíca.")
 * and the abbreviations "N/A", "NA". Text merely containing the words later on
 * ("…pero no aplica del todo") is NOT taken as a marker: it is a comment.
 */
export function isNotApplicable(observations: string | null): boolean {
  if (observations === null) return false;
  const text = normalizeLabel(observations).replace(/^[^a-z]+/, "");
  if (/^no aplica\b/.test(text)) return true;
  return /^n\s*[./]?\s*a\.?$/.test(text);
}
