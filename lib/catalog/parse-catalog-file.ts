// Reads the text of a catalog file (CLI argument or upload) into a validated
// catalog, or into the list of every problem found, each naming where it is:
// "dimensiones[2].politicas[0].codigo: Debe ser un código de política…".
// A person fixing a file by hand needs all problems at once, in Spanish.
import { z } from "zod";
import { ZCatalogFile, type CatalogFile } from "./catalog-file-schema";

export type CatalogProblem = { path: string; message: string };
export type ParsedCatalogFile = { ok: true; catalog: CatalogFile } | { ok: false; problems: CatalogProblem[] };

const spanishLocale = z.locales.es().localeError;

/** Messages for what the field-level messages of the schema do not cover. */
const catalogErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "unrecognized_keys") {
    return `Campo no reconocido: ${issue.keys.map((k) => `«${k}»`).join(", ")} (revise los nombres en FORMAT.md).`;
  }
  if (issue.code === "invalid_type") {
    if (issue.input === undefined) return "Falta este campo obligatorio.";
    return `Tipo equivocado: se esperaba ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
  }
  return spanishLocale(issue);
};

const TYPE_NAMES: Record<string, string> = {
  string: "un texto",
  number: "un número",
  int: "un número entero",
  array: "una lista [ … ]",
  object: "un objeto { … }",
  boolean: "verdadero o falso",
};

/** "dimensiones[2].politicas[0].codigo" from zod's ["dimensiones", 2, "politicas", 0, "codigo"]. */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return "(archivo)";
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`)).join("");
}

export function formatProblem(problem: CatalogProblem): string {
  return `${problem.path}: ${problem.message}`;
}

/** Validates data already read as JSON (the reference seed files, tests). */
export function parseCatalogData(data: unknown): ParsedCatalogFile {
  const result = ZCatalogFile.safeParse(data, { error: catalogErrorMap });
  if (result.success) return { ok: true, catalog: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message })) };
}

export function parseCatalogFileText(text: string): ParsedCatalogFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, "")); // a BOM from Windows editors is not an error
  } catch (error) {
    return { ok: false, problems: [{ path: "(archivo)", message: `No es un JSON válido: ${(error as Error).message}` }] };
  }
  return parseCatalogData(data);
}
