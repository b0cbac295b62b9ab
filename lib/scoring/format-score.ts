/** Shown where a score is blank (nothing scored yet). */
export const EMPTY_SCORE_TEXT = "—";

const formatters = new Map<number, Intl.NumberFormat>();

function formatterFor(decimals: number): Intl.NumberFormat {
  let formatter = formatters.get(decimals);
  if (!formatter) {
    // es-CO: decimal comma, dot for thousands (scores never reach 1.000).
    formatter = new Intl.NumberFormat("es-CO", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(decimals, formatter);
  }
  return formatter;
}

/** "62,56" for 62.5641…; EMPTY_SCORE_TEXT for null. Two decimals unless told otherwise. */
export function formatScore(score: number | null, decimals = 2): string {
  if (score === null) return EMPTY_SCORE_TEXT;
  return formatterFor(decimals).format(roundToDecimals(score, decimals));
}

/**
 * Rounds half away from zero at 4 decimals (62.564102… → 62.5641), the
 * precision used to compare our averages with the workbook's cached values.
 */
export function roundTo4(value: number): number {
  return roundToDecimals(value, 4);
}

/** Decimal rounding through the exponent, so 1.00005 → 1.0001 (not 1.0000 from 10000.499…). */
function roundToDecimals(value: number, decimals: number): number {
  const sign = value < 0 ? -1 : 1;
  const shifted = Math.round(Number(`${Math.abs(value)}e${decimals}`));
  return sign * Number(`${shifted}e-${decimals}`);
}
