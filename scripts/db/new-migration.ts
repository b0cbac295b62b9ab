// npm run db:migration:new -- <name> [--from <old schema file>]
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that
// takes the last committed prisma/schema.prisma (git HEAD) to the working copy.
// CI proves every committed schema equals its migrations, so HEAD's schema is
// exactly what the existing migrations build.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR, readMigrationFiles } from "@/lib/db/migrations";
import { diffSchemas, readSchema, type SchemaSource } from "./schema-diff";

function previousSchema(fromFile: string | undefined): SchemaSource {
  if (fromFile) return { kind: "schema", text: readFileSync(fromFile, "utf8") };
  if (readMigrationFiles().length === 0) return { kind: "empty" };
  try {
    return { kind: "schema", text: execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" }) };
  } catch {
    throw new Error("No se pudo leer prisma/schema.prisma de git HEAD; use --from <archivo> con el esquema anterior.");
  }
}

function timestamp(date = new Date()): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

async function main() {
  const args = process.argv.slice(2);
  const fromIndex = args.indexOf("--from");
  const fromFile = fromIndex >= 0 ? args[fromIndex + 1] : undefined;
  const name = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--from");
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error("Uso: npm run db:migration:new -- <nombre_en_snake_case> [--from <esquema anterior>]");
  }
  const sql = await diffSchemas(previousSchema(fromFile), readSchema());
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log("El esquema no cambió: no se creó ninguna migración.");
    return;
  }
  const dir = path.join(MIGRATIONS_DIR, `${timestamp()}_${name}`);
  if (existsSync(dir)) throw new Error(`Ya existe ${dir}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  const lock = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  if (!existsSync(lock)) writeFileSync(lock, 'provider = "postgresql"\n');
  console.log(`Migración creada: ${path.relative(process.cwd(), dir)}/migration.sql — revísela antes de confirmarla.`);
}

main().catch((error) => {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
});
