import { formatScore, roundTo4 } from "@/lib/scoring";
import type { ImportWarning } from "../autodiagnostico-schema";
import type { AutodiagnosticoScores } from "../score-autodiagnostico";
import type { CachedTotal, CachedTotals } from "./read-cached-totals";

/**
 * Warns where the workbook's own totals differ from ours (at 4 decimals).
 * They agree on an untouched official file; a difference means the file was
 * saved without recalculating, its formulas were edited, or an item marked
 * "No aplica" still carries a score (the official formula counts it).
 */
export function checkCachedTotals(cached: CachedTotals, computed: AutodiagnosticoScores): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  for (const total of cached.components) {
    const component = computed.components[total.componentOrder - 1];
    compare(warnings, total, component?.score ?? null, `del componente «${total.name}»`);
  }
  for (const total of cached.categories) {
    const category = computed.components[total.componentOrder - 1]?.categories[(total.categoryOrder ?? 0) - 1];
    compare(warnings, total, category?.score ?? null, `de la categoría «${total.name}»`);
  }
  if (!same(cached.policy, computed.policy)) {
    warnings.push({ row: null, column: null, message: `El puntaje final que muestra el libro (${formatScore(cached.policy)}) difiere del calculado (${formatScore(computed.policy)})` });
  }
  return warnings;
}

function compare(warnings: ImportWarning[], total: CachedTotal, ours: number | null, what: string): void {
  if (same(total.value, ours)) return;
  warnings.push({
    row: total.row,
    column: total.column,
    message: `Fila ${total.row}, columna ${total.column} (Calificación): la calificación ${what} que muestra el libro (${formatScore(total.value)}) difiere de la calculada (${formatScore(ours)})`,
  });
}

function same(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : roundTo4(a) === roundTo4(b);
}
