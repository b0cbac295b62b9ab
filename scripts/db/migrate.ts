// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the
// embedded database when DATABASE_URL is not set. A second run does nothing.
import { resolveDatabase } from "@/lib/db/embedded-server";
import { applyMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { seedReferenceData } from "@/lib/reference-data/seed-reference-data";

async function main() {
  const database = await resolveDatabase();
  try {
    const applied = await applyMigrations(database.url, { log: (line) => console.log(line) });
    console.log(
      applied.length === 0
        ? "La base de datos ya está al día: no hay migraciones pendientes."
        : `Listo: ${applied.length} migraciones aplicadas.`,
    );
    // Reference data every install needs, stored once; the login role,
    // because seed_runs is not the app's.
    const owner = createPrismaClient(database.url, { asAppRole: false });
    try {
      const loaded = await seedReferenceData(owner);
      console.log(loaded.length ? `Datos de referencia cargados: ${loaded.join("; ")}.` : "Los datos de referencia ya estaban cargados.");
    } finally {
      await owner.$disconnect();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(`\n✖ ${(error as Error).message}`);
  process.exit(1);
});
