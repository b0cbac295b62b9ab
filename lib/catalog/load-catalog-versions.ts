// The catalog versions, for the browse page and the operator's import page.
// Catalog tables are global reference data (no row-level security): any
// signed-in person reads them in their own user scope.
import { withUser } from "@/lib/db/context";

export type CatalogVersionSummary = {
  id: string;
  code: string;
  name: string;
  source: string;
  publishedOn: Date | null;
  dimensionCount: number;
  policyCount: number;
};

export async function loadCatalogVersions(userId: string): Promise<CatalogVersionSummary[]> {
  const versions = await withUser(userId, (db) =>
    db.catalogVersion.findMany({
      select: { id: true, code: true, name: true, source: true, publishedOn: true, _count: { select: { dimensions: true, policies: true } } },
      orderBy: [{ createdAt: "asc" }, { code: "asc" }],
    }),
  );
  return versions.map(({ _count, ...version }) => ({ ...version, dimensionCount: _count.dimensions, policyCount: _count.policies }));
}
