/** Where in the sheet a problem is; any part may be unknown. */
export interface SheetLocation {
  readonly sheet: string | null;
  readonly row: number | null;
  /** Column letter, e.g. "N". */
  readonly column: string | null;
  /** Header of that column as people know it, e.g. "Puntaje". */
  readonly columnLabel?: string;
}

/** "Hoja «Autodiagnóstico», fila 13, columna N (Puntaje)": the prefix of every message. */
export function describeLocation(location: SheetLocation): string {
  const parts: string[] = [];
  if (location.sheet !== null) parts.push(`Hoja «${location.sheet.trim()}»`);
  if (location.row !== null) parts.push(`fila ${location.row}`);
  if (location.column !== null) {
    parts.push(`columna ${location.column}${location.columnLabel ? ` (${location.columnLabel})` : ""}`);
  }
  const text = parts.join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The autodiagnóstico workbook cannot be imported. `message` is Spanish and
 * names the sheet, row and column, ready to show to the person who uploaded it.
 */
export class AutodiagnosticoImportError extends Error {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column: string | null;

  constructor(location: SheetLocation, problem: string) {
    const where = describeLocation(location);
    super(where ? `${where}: ${problem}` : problem.charAt(0).toUpperCase() + problem.slice(1));
    this.name = "AutodiagnosticoImportError";
    this.sheet = location.sheet;
    this.row = location.row;
    this.column = location.column;
  }
}
