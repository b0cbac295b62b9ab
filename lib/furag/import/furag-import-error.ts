/** One thing wrong with the file, located as precisely as possible. */
export interface FuragImportProblem {
  readonly row: number | null;
  /** Column letter, e.g. "D". */
  readonly column: string | null;
  /** The column's header as written in the file, e.g. "Tipo de pregunta". */
  readonly columnName: string | null;
  /** Spanish, ready to show: "Fila 12, columna D (Tipo de pregunta): tipo «X» desconocido". */
  readonly message: string;
}

export function problemAt(row: number | null, column: string | null, columnName: string | null, problem: string): FuragImportProblem {
  const where = [
    row === null ? null : `Fila ${row}`,
    column === null ? null : `columna ${column}${columnName ? ` (${columnName})` : ""}`,
  ].filter((part): part is string => part !== null);
  const prefix = where.join(", ");
  const message = prefix ? `${prefix}: ${problem}` : problem.charAt(0).toUpperCase() + problem.slice(1);
  return { row, column, columnName, message };
}

/**
 * The questionnaire was refused. All problems found are listed (not only the
 * first), so the person can fix the file in one pass.
 */
export class FuragImportError extends Error {
  readonly problems: readonly FuragImportProblem[];

  constructor(problems: readonly FuragImportProblem[]) {
    const count = problems.length === 1 ? "1 problema" : `${problems.length} problemas`;
    super(`El cuestionario FURAG no se puede importar (${count}):\n${problems.map((p) => `- ${p.message}`).join("\n")}`);
    this.name = "FuragImportError";
    this.problems = problems;
  }
}
