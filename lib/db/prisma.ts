// The one Prisma client configuration of the app. Prisma 7 is Rust-free: it
// talks to PostgreSQL through the `pg` driver, so the embedded database and a
// real server use the same path.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { requireDatabaseUrl } from "./database-url";

/** A client for one database; the app uses getPrisma(), tests and scripts may make their own. */
export function createPrismaClient(connectionString: string) {
  const adapter = new PrismaPg({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 5_000,
  });
  // Secrets never leave the database layer unless a query asks for them.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;

/** What both the client and an interactive transaction offer: write helpers take this. */
export type DbClient = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForPrisma = globalThis as unknown as { faroPrisma?: Db };

export function getPrisma(): Db {
  globalForPrisma.faroPrisma ??= createPrismaClient(requireDatabaseUrl());
  return globalForPrisma.faroPrisma;
}
