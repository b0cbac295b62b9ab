// npm run db:seed — loads the demo tenants into DATABASE_URL (or the embedded
// database). Safe to run again: it only adds what was never added.
import { resolveDatabase } from "@/lib/db/embedded-server";

async function main() {
  const database = await resolveDatabase();
  process.env.DATABASE_URL = database.url;
  const { createPrismaClient } = await import("@/lib/db/prisma");
  const { seedDemo } = await import("@/prisma/seed/seed-demo");
  // Maintenance work: the login role, not the app's row-level-security role.
  const prisma = createPrismaClient(database.url, { asAppRole: false });
  try {
    const { applied } = await seedDemo(prisma);
    console.log(applied ? "Datos de demostración cargados." : "Los datos de demostración ya estaban cargados: no se modificó nada.");
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
});
