// npm run db:backup [-- <file>] — a verified logical backup of DATABASE_URL
// (or of the embedded database) with Node only; see lib/backup.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { writeBackup } from "@/lib/backup/write-backup";
import { DATA_DIR, resolveDatabase } from "@/lib/db/embedded-server";

function defaultFile(): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  return path.join(DATA_DIR, "backups", `faro-${stamp}.backup.gz`);
}

async function main() {
  const file = path.resolve(process.argv[2] ?? defaultFile());
  mkdirSync(path.dirname(file), { recursive: true });
  const database = await resolveDatabase();
  try {
    console.log(`Copiando ${database.embedded ? "la base de datos embebida" : "DATABASE_URL"} en ${file}…`);
    const manifest = await writeBackup(database.url, file, (line) => console.log(line));
    const rows = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0);
    console.log(`Listo: ${Object.keys(manifest.tables).length} tablas, ${rows} filas, con conteos y SHA-256 por tabla.`);
    console.log(`Para restaurar en una base vacía: npm run db:restore -- ${file}`);
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
});
