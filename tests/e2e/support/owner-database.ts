// `test` with an `owner` fixture: a client of the e2e database with the
// owner's rights (no row-level security), for specs that prepare their own
// people and links or read what the app wrote. One per worker, closed at its end.
import { test as base } from "@playwright/test";
import { createPrismaClient, type Db } from "@/lib/db/prisma";

export const test = base.extend<object, { owner: Db }>({
  owner: [
    async ({}, provide) => {
      const owner = createPrismaClient(process.env.DATABASE_URL!, { asAppRole: false });
      await provide(owner);
      await owner.$disconnect();
    },
    { scope: "worker" },
  ],
});

export { expect } from "@playwright/test";
