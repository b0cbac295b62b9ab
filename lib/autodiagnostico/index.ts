/** Official Función Pública autodiagnóstico workbooks: import, export, scoring bridge. */
export type {
  Autodiagnostico,
  AutodiagnosticoCategory,
  AutodiagnosticoComponent,
  AutodiagnosticoItem,
  ImportWarning,
} from "./autodiagnostico-schema";
export { autodiagnosticoSchema, isActivityRow } from "./autodiagnostico-schema";
export { categoryId, componentId, scoreAutodiagnostico, toScorableActivities } from "./score-autodiagnostico";
export type { AutodiagnosticoScores } from "./score-autodiagnostico";
export { parseAutodiagnosticoWorkbook, readAutodiagnosticoCachedTotals } from "./import/parse-autodiagnostico-workbook";
export type { CachedTotal, CachedTotals } from "./import/read-cached-totals";
export { AutodiagnosticoImportError } from "./import/autodiagnostico-import-error";
export { isNotApplicable } from "./import/is-not-applicable";
export type { WorkbookBytes } from "./import/load-workbook";
export { exportAutodiagnosticoWorkbook } from "./export/export-autodiagnostico-workbook";
export type { AutodiagnosticoToExport } from "./export/export-autodiagnostico-workbook";
