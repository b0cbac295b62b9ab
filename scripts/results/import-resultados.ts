// npm run import:resultados -- <archivo.xlsx> --vigencia <año> [--alcance territorio|nacion] [--recomendaciones]
// Imports Función Pública's official results (or recommendations) workbook:
// platform reference data, so no entity is named. A new import of the same
// vigencia and scope replaces the previous one. Works on DATABASE_URL, or the
// embedded database. Nothing is stored unless everything is.
import { readFileSync } from "node:fs";
import path from "node:path";
import { importRecommendationsWorkbook } from "@/lib/results/import-recommendations";
import { importResultsWorkbook } from "@/lib/results/import-results";
import { scopeFromFileName } from "@/lib/results/official-layout";
import { ZResultsUpload } from "@/lib/results/results-upload-schema";
import { argumentPath, runCommand, withImportDatabase } from "@/scripts/lib/import-command";

const USAGE = "Uso: npm run import:resultados -- <archivo.xlsx> --vigencia <año> [--alcance territorio|nacion] [--recomendaciones]";

function readArguments(argv: string[]) {
  const value = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const file = argv.find((a, i) => !a.startsWith("--") && !["--vigencia", "--alcance"].includes(argv[i - 1] ?? ""));
  if (!file) throw new Error(USAGE);
  const parsed = ZResultsUpload.safeParse({
    kind: argv.includes("--recomendaciones") ? "RECOMENDACIONES" : "RESULTADOS",
    vigencia: value("--vigencia"),
    scope: value("--alcance") ?? scopeFromFileName(file),
  });
  if (!parsed.success) throw new Error(`${parsed.error.issues.map((i) => i.message).join(" ")}\n${USAGE}`);
  return { ...parsed.data, filePath: argumentPath(file) };
}

async function main(): Promise<number> {
  const args = readArguments(process.argv.slice(2));
  const bytes = readFileSync(args.filePath);
  return withImportDatabase(async (client) => {
    const importer = args.kind === "RESULTADOS" ? importResultsWorkbook : importRecommendationsWorkbook;
    const started = Date.now();
    const s = await importer(null, { vigencia: args.vigencia, scope: args.scope, fileName: path.basename(args.filePath), bytes }, client);
    console.log(`✔ ${s.kind === "RESULTADOS" ? "Resultados" : "Recomendaciones"} ${s.vigencia} (${s.scope}): ${s.rowCount} filas en ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`  entidades de la plataforma: ${s.matchedCount} · de referencia: ${s.referenceCount} · solo MECI: ${s.meciOnlyCount}`);
    if (s.replacedCount > 0) console.log(`  reemplazó ${s.replacedCount} filas de la importación anterior de esa vigencia y alcance`);
  });
}

runCommand(main);
