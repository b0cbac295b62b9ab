/**
 * Where things are in the official "Autodiagnóstico" sheet (Talento Humano
 * tool, the same for the other policies' tools). The importer FINDS the
 * header row and columns by their labels and only relies on the relative
 * positions below; the exporter writes exactly this layout so that the
 * importer reads both files the same way.
 *
 *   C Componentes | D Calificación | E Categoría | F Calificación |
 *   G-I Actividades de Gestión (G number, H activity text or sub-item code,
 *       I sub-item text; H:I merged on a numbered activity's row) |
 *   J Criterio de Calificación | K-L Valoración (K band "0 - 20", L rubric) |
 *   M Periodo de análisis | N Puntaje (0 - 100) | O Observaciones
 *
 * Each scored item is a block of 5 rows (one per band); every other column is
 * merged over the block. Roll-ups are formulas: D = component average, F =
 * category average, and the "PUNTAJE FINAL" cell two rows under its label.
 */
export const SHEET_NAME = "Autodiagnóstico";
export const TITLE_PREFIX = "AUTODIAGNÓSTICO DE ";
export const BLOCK_ROWS = 5;
/** The "Valoración" labels of a block's five rows, top to bottom. */
export const RUBRIC_BAND_LABELS = ["0 - 20", "21 - 40", "41 - 60", "61 - 80", "81 - 100"] as const;

export const HEADER_LABELS = {
  component: "Componentes",
  componentScore: "Calificación",
  category: "Categoría",
  categoryScore: "Calificación",
  activity: "Actividades de Gestión\n(Variables)",
  criterion: "Criterio de\nCalificación",
  rubric: "Valoración",
  period: "Periodo de análisis",
  score: "Puntaje\n(0 - 100)",
  observations: "Observaciones",
} as const;

/** Column numbers (1-based) used by the exporter; C = 3. */
export const EXPORT_COLUMNS = {
  component: 3,
  componentScore: 4,
  category: 5,
  categoryScore: 6,
  activityNumber: 7,
  activityText: 8,
  subItemText: 9,
  criterion: 10,
  bandLabel: 11,
  bandText: 12,
  period: 13,
  score: 14,
  observations: 15,
} as const;

export const EXPORT_ROWS = { title: 5, labels: 7, values: 9, header: 11, firstBlock: 13 } as const;
