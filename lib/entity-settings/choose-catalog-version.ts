// Sets which catalog version the entity uses for a vigencia. The version
// decides how that vigencia's policies group into dimensions, so once the
// vigencia has autodiagnósticos it is pinned: changing it would regroup
// scores already given. Until then the choice can be changed freely.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { ConflictError, ValidationError } from "@/lib/errors/app-error";
import type { CatalogVersionChoice } from "./entity-settings-schema";

export async function chooseCatalogVersion(ctx: EntityContext, input: CatalogVersionChoice): Promise<{ vigencia: number; versionCode: string }> {
  return withTenant(ctx, async (db) => {
    const version = await db.catalogVersion.findUnique({ where: { code: input.versionCode }, select: { id: true, code: true } });
    if (!version) throw new ValidationError("Revise los datos enviados.", { versionCode: ["Esa versión del catálogo no existe."] });
    const where = { entityId_vigencia: { entityId: ctx.entityId, vigencia: input.vigencia } };
    const current = await db.entityCatalogVersion.findUnique({ where, select: { versionId: true } });
    if (current?.versionId === version.id) return { vigencia: input.vigencia, versionCode: version.code };
    if (current && (await db.selfAssessment.count({ where: { entityId: ctx.entityId, vigencia: input.vigencia } })) > 0) {
      throw new ConflictError(
        `La vigencia ${input.vigencia} ya tiene autodiagnósticos hechos con su versión actual del catálogo: esa versión queda fija.`,
      );
    }
    await db.entityCatalogVersion.upsert({
      where,
      create: { entityId: ctx.entityId, vigencia: input.vigencia, versionId: version.id },
      update: { versionId: version.id },
    });
    return { vigencia: input.vigencia, versionCode: version.code };
  });
}
