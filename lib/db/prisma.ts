// The one Prisma client of the app. Prisma 7 is Rust-free: it talks to
// PostgreSQL through the `pg` driver, so the embedded database and a real
// server use the same path.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { requireDatabaseUrl } from "./database-url";

function createClient() {
  const adapter = new PrismaPg({
    connectionString: requireDatabaseUrl(),
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 5_000,
  });
  // Secrets never leave the database layer unless a query asks for them.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createClient>;

const globalForPrisma = globalThis as unknown as { faroPrisma?: Db };

export function getPrisma(): Db {
  globalForPrisma.faroPrisma ??= createClient();
  return globalForPrisma.faroPrisma;
}

/** What both the client and an interactive transaction offer: write helpers take this. */
export type DbClient = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
