// Problems found while reading an official workbook, keyed by where they are
// ("Fila 12, columna F") so a person can open the file and fix it. Reading
// stops after MAX_PROBLEMS: a wrong file would otherwise list thousands.
import { ValidationError, type FieldErrors } from "@/lib/errors/app-error";
import { columnLetter } from "./official-layout";

const MAX_PROBLEMS = 100;

export class ParseProblems {
  private readonly problems: FieldErrors = {};
  private count = 0;

  get full(): boolean {
    return this.count >= MAX_PROBLEMS;
  }

  at(row: number, column: number | null, message: string): void {
    if (this.full) return;
    const where = column === null ? `Fila ${row}` : `Fila ${row}, columna ${columnLetter(column)}`;
    (this.problems[where] ??= []).push(message);
    this.count += 1;
  }

  /** Throws a 422 with every problem when there is any: nothing is imported from a file with errors. */
  throwIfAny(): void {
    if (this.count === 0) return;
    const more = this.full ? ` (se muestran los primeros ${MAX_PROBLEMS})` : "";
    throw new ValidationError(`El archivo tiene ${this.count} problema(s)${more}; no se importó nada. Corríjalos y vuelva a cargarlo.`, this.problems);
  }
}
