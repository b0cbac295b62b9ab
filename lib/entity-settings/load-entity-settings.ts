// Everything the settings page shows: the entity's editable fields, the
// catalog version chosen for each vigencia, and the versions to choose from.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";

export async function loadEntitySettings(ctx: EntityContext) {
  return withTenant(ctx, async (db) => {
    const entity = await db.entity.findUniqueOrThrow({
      where: { id: ctx.entityId },
      select: {
        id: true,
        name: true,
        nit: true,
        sigepCode: true,
        type: true,
        departmentCode: true,
        departmentName: true,
        municipalityCode: true,
        municipalityName: true,
        municipalCategory: true,
        peerGroup: true,
        sharesWithAdvisor: true,
      },
    });
    const vigencias = await db.entityCatalogVersion.findMany({
      where: { entityId: ctx.entityId },
      select: { vigencia: true, version: { select: { code: true, name: true } } },
      orderBy: { vigencia: "desc" },
    });
    // Global reference data: every version may be chosen.
    const versions = await db.catalogVersion.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } });
    return { entity, vigencias, versions };
  });
}

export type EntitySettingsView = Awaited<ReturnType<typeof loadEntitySettings>>;
