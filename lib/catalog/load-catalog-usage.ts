// Who uses each catalog version. entity_catalog_versions is tenant data under
// row-level security, so a count across entities is only computed for the
// platform operator (the one role that works outside any entity, in system
// scope) and only as a number per version. Everyone else sees which of their
// own entities use a version, read inside each of those entities.
import { withSystem, withTenant } from "@/lib/db/context";

export type CatalogUsage =
  | { kind: "all-entities"; entityCountByVersion: Map<string, number> }
  | { kind: "own-entities"; byVersion: Map<string, { entityName: string; vigencias: number[] }[]> };

type Person = { id: string; isSuperadmin: boolean; memberships: { entity: { id: string; name: string } }[] };

/** Call only after checking the person is the platform operator. */
export async function countEntitiesByCatalogVersion(operatorUserId: string): Promise<Map<string, number>> {
  const pairs = await withSystem(operatorUserId, (db) =>
    db.entityCatalogVersion.groupBy({ by: ["versionId", "entityId"], orderBy: { versionId: "asc" } }),
  );
  const counts = new Map<string, number>();
  for (const { versionId } of pairs) counts.set(versionId, (counts.get(versionId) ?? 0) + 1);
  return counts;
}

async function loadOwnUsage(person: Person): Promise<Map<string, { entityName: string; vigencias: number[] }[]>> {
  const byVersion = new Map<string, { entityName: string; vigencias: number[] }[]>();
  // The memberships come from the person's own rows: only their entities.
  for (const { entity } of person.memberships) {
    const rows = await withTenant({ userId: person.id, entityId: entity.id }, (db) =>
      db.entityCatalogVersion.findMany({ select: { versionId: true, vigencia: true }, orderBy: { vigencia: "asc" } }),
    );
    const vigenciasByVersion = new Map<string, number[]>();
    for (const row of rows) vigenciasByVersion.set(row.versionId, [...(vigenciasByVersion.get(row.versionId) ?? []), row.vigencia]);
    for (const [versionId, vigencias] of vigenciasByVersion) {
      byVersion.set(versionId, [...(byVersion.get(versionId) ?? []), { entityName: entity.name, vigencias }]);
    }
  }
  return byVersion;
}

export async function loadCatalogUsage(person: Person): Promise<CatalogUsage> {
  if (person.isSuperadmin) return { kind: "all-entities", entityCountByVersion: await countEntitiesByCatalogVersion(person.id) };
  return { kind: "own-entities", byVersion: await loadOwnUsage(person) };
}
