// The platform operator's upload: the text of a catalog file, validated and
// stored in one transaction. Each problem of the file becomes a field error
// keyed by its place in the file ("dimensiones[2].politicas[0].codigo"), so
// the page can list them all.
import { withUser } from "@/lib/db/context";
import { ValidationError, type FieldErrors } from "@/lib/errors/app-error";
import type { CatalogUpload } from "./catalog-upload-schema";
import { importCatalogVersion, type ImportedCatalogVersion } from "./import-catalog-version";
import { parseCatalogFileText, type CatalogProblem } from "./parse-catalog-file";

function problemsAsFieldErrors(problems: CatalogProblem[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const { path, message } of problems) (fields[path] ??= []).push(message);
  return fields;
}

export async function importCatalogUpload(userId: string, upload: CatalogUpload): Promise<ImportedCatalogVersion> {
  const parsed = parseCatalogFileText(upload.fileText);
  if (!parsed.ok) {
    const count = parsed.problems.length;
    throw new ValidationError(
      `${upload.fileName || "El archivo"} tiene ${count} ${count === 1 ? "problema" : "problemas"}; no se importó nada.`,
      problemsAsFieldErrors(parsed.problems),
    );
  }
  // Catalog tables have no row-level security: the operator's own scope is
  // enough, and the audit trail records who imported the version.
  return withUser(userId, (db) => importCatalogVersion(db, parsed.catalog));
}
