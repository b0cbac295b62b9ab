// What every workspace page starts from: the vigencia (asked for, or the
// newest questionnaire), the items, and the members who may answer.
import type { EntityContext } from "@/lib/authz/entity-context";
import { can } from "@/lib/authz/permissions";
import { withTenant } from "@/lib/db/context";
import { loadFuragItems, loadQuestionnaireVigencias, type FuragWorkspace } from "./load-furag-items";

export type WorkspacePage = FuragWorkspace & { vigencias: number[]; members: { id: string; name: string }[] };

export async function loadWorkspacePage(ctx: EntityContext, rawVigencia: string | string[] | undefined): Promise<WorkspacePage | { vigencias: [] }> {
  const vigencias = await loadQuestionnaireVigencias(ctx);
  if (vigencias.length === 0) return { vigencias: [] };
  const asked = Number(rawVigencia);
  const vigencia = vigencias.includes(asked) ? asked : vigencias[0]!;
  const [workspace, members] = await Promise.all([loadFuragItems(ctx, vigencia), loadAnsweringMembers(ctx)]);
  return { ...workspace, vigencias, members };
}

/** Members whose role may answer FURAG questions (the responsible picker and filter). */
export async function loadAnsweringMembers(ctx: EntityContext): Promise<{ id: string; name: string }[]> {
  const rows = await withTenant(ctx, (db) =>
    db.membership.findMany({
      where: { entityId: ctx.entityId, user: { isActive: true } },
      select: { role: true, user: { select: { id: true, name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
  );
  return rows.filter((m) => can(m.role, "furag.answer")).map((m) => m.user);
}
