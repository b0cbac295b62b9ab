import type { Worksheet } from "exceljs";
import type { ImportWarning } from "../autodiagnostico-schema";
import { AutodiagnosticoImportError, describeLocation } from "./autodiagnostico-import-error";

/** An error that stops the import, located at a cell ("Puntaje" etc. as the column label). */
export function cellError(sheet: Worksheet, row: number, column: number, label: string, problem: string): AutodiagnosticoImportError {
  return new AutodiagnosticoImportError(
    { sheet: sheet.name, row, column: sheet.getColumn(column).letter, columnLabel: label },
    problem,
  );
}

/** A problem worth telling the user about that does not stop the import. */
export function cellWarning(sheet: Worksheet, row: number, column: number, label: string, problem: string): ImportWarning {
  const letter = sheet.getColumn(column).letter;
  return { row, column: letter, message: `${describeLocation({ sheet: null, row, column: letter, columnLabel: label })}: ${problem}` };
}
