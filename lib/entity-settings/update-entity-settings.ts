// Saves the entity's own data. The audit trigger records who changed what
// (before and after) in the same transaction.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { ValidationError } from "@/lib/errors/app-error";
import { hasValidCheckDigit } from "@/lib/platform/nit";
import type { EntitySettings } from "./entity-settings-schema";

/** Which unique column a duplicate-key error is about (NIT or SIGEP belong to one entity only). */
function duplicatedField(error: unknown): "nit" | "sigepCode" | null {
  if ((error as { code?: unknown } | null)?.code !== "P2002") return null;
  // The driver adapter names the violated index in meta (entities_nit_key).
  const detail = JSON.stringify((error as { meta?: unknown }).meta ?? {});
  if (detail.includes("entities_sigep_code_key")) return "sigepCode";
  if (detail.includes("entities_nit_key")) return "nit";
  return null;
}

const DUPLICATE_MESSAGES = {
  nit: "Otra entidad de Faro ya tiene ese NIT.",
  sigepCode: "Otra entidad de Faro ya tiene ese código SIGEP.",
} as const;

export async function updateEntitySettings(ctx: EntityContext, input: EntitySettings): Promise<{ id: string; updatedAt: Date }> {
  // The id comes from the context (the membership), never from the input.
  const data = {
    name: input.name,
    nit: input.nit,
    sigepCode: input.sigepCode,
    type: input.type,
    departmentCode: input.departmentCode,
    departmentName: input.departmentName,
    municipalityCode: input.municipalityCode,
    municipalityName: input.municipalityName,
    municipalCategory: input.municipalCategory,
    peerGroup: input.peerGroup,
    sharesWithAdvisor: input.sharesWithAdvisor,
  };
  try {
    return await withTenant(ctx, async (db) => {
      const current = await db.entity.findUniqueOrThrow({ where: { id: ctx.entityId }, select: { nit: true } });
      // A new NIT must carry its DIAN check digit; one already stored is kept
      // as it is, so a legacy typo does not block saving the other fields.
      if (data.nit !== current.nit && !hasValidCheckDigit(data.nit)) {
        throw new ValidationError("Revise los datos enviados.", { nit: ["El dígito de verificación no corresponde a ese NIT: revíselo."] });
      }
      return db.entity.update({ where: { id: ctx.entityId }, data, select: { id: true, updatedAt: true } });
    });
  } catch (error) {
    const field = duplicatedField(error);
    if (field) throw new ValidationError("Revise los datos enviados.", { [field]: [DUPLICATE_MESSAGES[field]] });
    throw error;
  }
}
