// One catalog version with its dimensions in order and, inside each, its
// policies in the order the manual lists them.
import { withUser } from "@/lib/db/context";

export async function loadCatalogVersion(userId: string, code: string) {
  return withUser(userId, (db) =>
    db.catalogVersion.findUnique({
      where: { code },
      select: {
        code: true,
        name: true,
        source: true,
        publishedOn: true,
        dimensions: {
          orderBy: { number: "asc" },
          select: {
            number: true,
            name: true,
            description: true,
            policies: { orderBy: { sortOrder: "asc" }, select: { code: true, name: true, leaders: true, groupName: true } },
          },
        },
      },
    }),
  );
}

export type CatalogVersionDetail = NonNullable<Awaited<ReturnType<typeof loadCatalogVersion>>>;
