// Stores a validated catalog file as one catalog version with its dimensions
// and policies. The caller owns the transaction, so the whole version lands
// or none of it does.
import type { DbClient } from "@/lib/db/prisma";
import type { CatalogFile } from "./catalog-file-schema";

/** "2022-02-11" as the calendar date PostgreSQL stores in a DATE column. */
function toDateOnly(isoDate: string | null): Date | null {
  return isoDate ? new Date(`${isoDate}T00:00:00Z`) : null;
}

export async function writeCatalogVersion(db: DbClient, catalog: CatalogFile): Promise<{ id: string }> {
  const version = await db.catalogVersion.create({
    data: { code: catalog.codigo, name: catalog.nombre, source: catalog.fuente, publishedOn: toDateOnly(catalog.publicadoEl) },
    select: { id: true },
  });
  const dimensions = [...catalog.dimensiones].sort((a, b) => a.numero - b.numero);
  for (const dimension of dimensions) {
    const { id: dimensionId } = await db.catalogDimension.create({
      data: { versionId: version.id, number: dimension.numero, name: dimension.nombre, description: dimension.descripcion },
      select: { id: true },
    });
    await db.catalogPolicy.createMany({
      // The order inside the dimension is the order of the file, as the manual lists it.
      data: dimension.politicas.map((policy, index) => ({
        versionId: version.id,
        dimensionId,
        code: policy.codigo,
        name: policy.nombre,
        leaders: policy.lideres,
        sortOrder: index + 1,
        groupName: policy.grupo,
      })),
    });
  }
  return version;
}
