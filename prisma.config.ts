// Prisma 7 CLI configuration. The runtime client does not read this file: it
// gets its connection from lib/db/prisma.ts. Migrations are applied by our own
// runner (npm run db:migrate) because Prisma's native schema engine cannot be
// downloaded offline; see README "Migraciones".
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
