// npm run db:restore -- <file> — restores a backup of `npm run db:backup`
// into an EMPTY database (DATABASE_URL, or a new embedded database), then
// checks every table's row count and SHA-256 against the backup's manifest.
import path from "node:path";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { resolveDatabase } from "@/lib/db/embedded-server";

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error("Indique el archivo: npm run db:restore -- <archivo.backup.gz>");
  const database = await resolveDatabase();
  try {
    console.log(`Restaurando ${path.resolve(file)} en ${database.embedded ? "la base de datos embebida" : "DATABASE_URL"}…`);
    const manifest = await restoreBackup(database.url, path.resolve(file), (line) => console.log(line));
    const rows = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0);
    console.log(`Listo: ${Object.keys(manifest.tables).length} tablas y ${rows} filas restauradas; conteos y SHA-256 iguales a la copia.`);
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
});
