// A catalog version that some entity uses is frozen by a database trigger
// (faro_catalog_version_frozen): assessments are pinned to it. The trigger is
// the one rule; this file turns its refusal into a Spanish 409 instead of a 500.
import { ConflictError } from "@/lib/errors/app-error";

/** The trigger's message, or the foreign key from entity_catalog_versions (ON DELETE RESTRICT). */
export function isCatalogFrozenError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  // Prisma wraps the driver error; the trigger's text may sit in a cause.
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const { message, code } = current as { message?: unknown; code?: unknown };
    if (typeof message === "string" && /ya está en uso por alguna entidad/.test(message)) return true;
    if (code === "P2003" || code === "23503") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export function catalogInUseError(code: string): ConflictError {
  return new ConflictError(
    `La versión «${code}» del catálogo ya la usa al menos una entidad, así que no se puede reemplazar ni modificar: ` +
      "las evaluaciones quedan atadas a ella. Si el manual cambió, impórtelo con un código nuevo.",
  );
}
