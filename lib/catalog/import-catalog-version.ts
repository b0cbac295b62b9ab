// Creates a catalog version from a validated file, or replaces the version
// with the same code while no entity uses it. Runs inside the caller's
// transaction (platform operator action or CLI): a refused replacement
// leaves the stored version exactly as it was.
import type { DbClient } from "@/lib/db/prisma";
import { ConflictError } from "@/lib/errors/app-error";
import type { CatalogFile } from "./catalog-file-schema";
import { catalogInUseError, isCatalogFrozenError } from "./catalog-in-use-error";
import { writeCatalogVersion } from "./write-catalog-version";

export type ImportedCatalogVersion = { code: string; replaced: boolean; dimensionCount: number; policyCount: number };

export async function importCatalogVersion(db: DbClient, catalog: CatalogFile): Promise<ImportedCatalogVersion> {
  const existing = await db.catalogVersion.findFirst({
    where: { code: { equals: catalog.codigo, mode: "insensitive" } },
    select: { id: true, code: true },
  });
  if (existing && existing.code !== catalog.codigo) {
    // "b" next to "B" would look like the same version on every screen.
    throw new ConflictError(`Ya existe la versión «${existing.code}». Use exactamente ese código para reemplazarla, o un código distinto.`);
  }
  if (existing) {
    try {
      // Cascades to its dimensions and policies. The trigger refuses it when
      // an entity uses the version: no separate check that could race with it.
      await db.catalogVersion.delete({ where: { id: existing.id } });
    } catch (error) {
      if (isCatalogFrozenError(error)) throw catalogInUseError(catalog.codigo);
      throw error;
    }
  }
  await writeCatalogVersion(db, catalog);
  return {
    code: catalog.codigo,
    replaced: Boolean(existing),
    dimensionCount: catalog.dimensiones.length,
    policyCount: catalog.dimensiones.reduce((sum, d) => sum + d.politicas.length, 0),
  };
}
