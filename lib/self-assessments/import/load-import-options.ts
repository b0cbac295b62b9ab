// Who may import a workbook, and into which policies: PLANEACION into any,
// a RESPONSABLE only into the policies assigned to them (the same rule as
// editing answers). The import page lists exactly those.
import { hasPermission, type EntityContext } from "@/lib/authz/entity-context";
import { can } from "@/lib/authz/permissions";
import { withTenant } from "@/lib/db/context";

/** Whether the import page and its link are for this person at all. */
export function mayImportWorkbooks(ctx: EntityContext): boolean {
  if (!can(ctx.role, "autodiagnostico.edit")) return false;
  return ctx.role !== "RESPONSABLE" || ctx.assignedPolicyCodes.length > 0;
}

export async function loadImportOptions(ctx: EntityContext): Promise<{ policies: { code: string; name: string }[] }> {
  const rows = await withTenant(ctx, (db) =>
    db.catalogPolicy.findMany({ orderBy: [{ version: { createdAt: "desc" } }, { code: "asc" }], select: { code: true, name: true } }),
  );
  // The latest catalog version's name of each code, in code order.
  const names = new Map<string, string>();
  for (const row of rows) if (!names.has(row.code)) names.set(row.code, row.name);
  return {
    policies: [...names]
      .filter(([code]) => hasPermission(ctx, "autodiagnostico.edit", code))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, name]) => ({ code, name })),
  };
}
