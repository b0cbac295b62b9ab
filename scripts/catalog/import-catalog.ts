// npm run import:catalogo -- <archivo.json> — loads a new version of the MIPG
// catalog (a Manual Operativo) into DATABASE_URL, or the embedded database.
// The file format is in prisma/seed/catalog/FORMAT.md. Every problem is
// printed with its place in the file, and nothing is stored unless the whole
// file is valid. A version already used by an entity is never replaced.
import { readFileSync } from "node:fs";
import { importCatalogVersion } from "@/lib/catalog/import-catalog-version";
import { formatProblem, parseCatalogFileText } from "@/lib/catalog/parse-catalog-file";
import { withScope } from "@/lib/db/context";
import { argumentPath, runCommand, withImportDatabase } from "@/scripts/lib/import-command";

function readFileArgument(): { file: string; text: string } {
  const file = process.argv.slice(2).find((arg) => arg !== "--");
  if (!file) throw new Error("Indique el archivo: npm run import:catalogo -- ruta/al/catalogo.json");
  try {
    return { file, text: readFileSync(argumentPath(file), "utf8") };
  } catch (error) {
    throw new Error(`No se pudo leer ${file}: ${(error as Error).message}`);
  }
}

async function main(): Promise<number> {
  const { file, text } = readFileArgument();
  const parsed = parseCatalogFileText(text);
  if (!parsed.ok) {
    console.error(`✖ ${file} tiene ${parsed.problems.length} problema(s); no se importó nada:`);
    for (const problem of parsed.problems) console.error(`  - ${formatProblem(problem)}`);
    return 1;
  }
  return withImportDatabase(async (client) => {
    // Same path as the platform operator's upload, as the app's role: the
    // catalog is global reference data, no tenant scope is needed.
    const result = await withScope({ userId: null }, (db) => importCatalogVersion(db, parsed.catalog), client);
    console.log(
      `✔ Versión «${result.code}» ${result.replaced ? "reemplazada" : "importada"}: ` +
        `${result.dimensionCount} dimensiones, ${result.policyCount} políticas.`,
    );
  });
}

runCommand(main);
