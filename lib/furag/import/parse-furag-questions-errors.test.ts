import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FuragImportError } from "./furag-import-error";
import { parseFuragQuestionsWorkbook } from "./parse-furag-questions-workbook";

const HEADER = ["ID", "Código", "Pregunta 2026", "Tipo de pregunta", "Opción 1", "Opción 2", "Opción 3"];
type Row = (string | number | null)[];
const GOOD: Row[] = [
  [1, "PLA200", "¿La entidad planeó?", "Selección única", "Sí", "No"],
  [2, "GTH201", "¿Cuántos servidores?", "Abierta numérica"],
];

async function workbookOf(rows: Row[], header: string[] = HEADER): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Preguntas");
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function problemsOf(bytes: Buffer): Promise<string[]> {
  const error = await parseFuragQuestionsWorkbook(bytes).then(() => null, (e: unknown) => e);
  if (!(error instanceof FuragImportError)) throw new Error(`expected FuragImportError, got ${String(error)}`);
  return error.problems.map((p) => p.message);
}

describe("generated FURAG workbooks", () => {
  it("accepts a well-formed file, whatever the year in the header", async () => {
    const data = await parseFuragQuestionsWorkbook(await workbookOf(GOOD));
    expect(data.year).toBe(2026);
    expect(data.questions.map((q) => [q.code, q.modulePrefix, q.type, q.options.length])).toEqual([
      ["PLA200", "PLA", "SINGLE_CHOICE", 2],
      ["GTH201", "GTH", "OPEN_NUMERIC", 0],
    ]);
  });

  it("refuses a file without a required column, naming the header row", async () => {
    const header = ["ID", "Código", "Pregunta 2026", "Clase", "Opción 1"];
    expect(await problemsOf(await workbookOf(GOOD, header))).toEqual(["Fila 1: falta la columna obligatoria «Tipo de pregunta»"]);
  });

  it("names row and column of an unknown type", async () => {
    const rows = [...GOOD, [3, "PLA201", "¿Otra?", "Selección rara", "A", "B"]];
    const problems = await problemsOf(await workbookOf(rows));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Fila 4, columna D \(Tipo de pregunta\): tipo «Selección rara» desconocido/);
  });

  it("lists every problem of the file at once", async () => {
    const rows: Row[] = [
      ...GOOD,
      [3, "PLA200", "¿Repetida?", "Selección múltiple", "A", "B"],
      [4, "PLA202", null, "Selección única", "A", "B"],
      [5, "PLA203", "¿Abierta con opciones?", "Abierta texto", "Una"],
      [6, "PLA204", "¿Una sola opción?", "Selección única", "Única"],
      [7, "PLA205", "¿Hueco?", "Selección múltiple", "A", null, "C"],
      [8, "PLA206", "¿Repite opción?", "Selección múltiple", "Sí", "SI"],
      [9, "P-1", "¿Código raro?", "Matricial", "A"],
      [null, "PLA207", "¿Sin ID?", "Abierta numérica"],
    ];
    expect(await problemsOf(await workbookOf(rows))).toEqual([
      "Fila 4, columna B (Código): código «PLA200» repetido (ya está en la fila 2)",
      "Fila 5, columna C (Pregunta 2026): el texto de la pregunta está vacío",
      "Fila 6, columna E (Opción 1): una pregunta «Abierta texto» no lleva opciones, y esta tiene 1",
      "Fila 7, columna F (Opción 2): una pregunta «Selección única» necesita al menos 2 opciones",
      "Fila 8, columna F (Opción 2): opción vacía entre opciones con texto",
      "Fila 9, columna F (Opción 2): opción «SI» repetida (igual a Opción 1)",
      "Fila 10, columna B (Código): el código «P-1» no tiene la forma letras + número (p. ej. PLA200)",
      "Fila 11, columna A (ID): el ID está vacío",
    ]);
  });

  it("allows repeated options in a matrix question", async () => {
    const rows = [...GOOD, [3, "THI242", "Para la vigencia indique:", "Matricial", "Menos de 1", "Más de 1", "Menos de 1"]];
    const data = await parseFuragQuestionsWorkbook(await workbookOf(rows));
    expect(data.questions[2]?.options).toEqual(["Menos de 1", "Más de 1", "Menos de 1"]);
  });

  it("refuses an empty questionnaire and bytes that are not xlsx", async () => {
    expect(await problemsOf(await workbookOf([]))).toEqual(["La hoja «Preguntas» no tiene preguntas bajo los encabezados"]);
    expect(await problemsOf(Buffer.from("nada"))).toEqual(["El archivo no es un libro de Excel (.xlsx) válido o está dañado."]);
  });
});
