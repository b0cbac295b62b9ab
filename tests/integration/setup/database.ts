// Fresh databases for integration tests, on the server in TEST_DATABASE_URL
// (a superuser connection: we CREATE/DROP freely there). Every call gets its own
// uniquely named database, so tests never see each other's rows.
//
//   const db = await createTestDatabase("users");
//   afterAll(() => db.drop());
import { applyMigrations } from "@/lib/db/migrations";
import { createScratchDatabase, type ScratchDatabase } from "@/scripts/test/test-database";

export type TestDatabase = ScratchDatabase;

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      "TEST_DATABASE_URL no está definida: ejecute las pruebas con `npm test` o `npm run test:integration`. / Run integration tests through npm test or npm run test:integration.",
    );
  }
  return url;
}

/** A new database with nothing in it (not even `_prisma_migrations`). */
export function createEmptyDatabase(name?: string): Promise<TestDatabase> {
  return createScratchDatabase(adminUrl(), name);
}

/** A new database with every migration in prisma/migrations applied. */
export async function createTestDatabase(name?: string): Promise<TestDatabase> {
  const database = await createEmptyDatabase(name);
  try {
    await applyMigrations(database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}
