// The signed-in person with the entities they belong to, their advisory
// territories and their unread notifications, for the app shell. Every page
// of the app starts here, so it is ONE statement straight to the driver
// (lib/db/sql.ts); through Prisma's nested select it was four.
import { cache } from "react";
import { redirect } from "next/navigation";
import { sql, withUserSql } from "@/lib/db/sql";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { syncPlanReminders } from "@/lib/notifications/sync-plan-reminders";
import { requireSessionUserId } from "./session";

export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  isActive: boolean;
  isSuperadmin: boolean;
  /** Ordered by entity name. */
  memberships: { role: MemberRole; entity: { id: string; name: string; departmentName: string; municipalityName: string | null } }[];
  advisorTerritories: { departmentCode: string }[];
  unreadNotifications: number;
};

export async function loadCurrentUser(userId: string): Promise<CurrentUser | null> {
  return withUserSql(userId, (tx) =>
    tx.first<CurrentUser>(sql`
      SELECT u.id::text AS id, u.name, u.email, u.is_active AS "isActive", u.is_superadmin AS "isSuperadmin",
        coalesce((
          SELECT json_agg(json_build_object('role', m.role,
                   'entity', json_build_object('id', e.id, 'name', e.name, 'departmentName', e.department_name, 'municipalityName', e.municipality_name))
                 ORDER BY e.name, e.id)
          FROM memberships m JOIN entities e ON e.id = m.entity_id WHERE m.user_id = u.id), '[]') AS memberships,
        coalesce((SELECT json_agg(json_build_object('departmentCode', t.department_code) ORDER BY t.department_code)
          FROM advisor_territories t WHERE t.user_id = u.id), '[]') AS "advisorTerritories",
        (SELECT count(*) FROM notifications n WHERE n.user_id = u.id AND n.read_at IS NULL)::int AS "unreadNotifications"
      FROM users u WHERE u.id = ${userId}::uuid`),
  );
}

/**
 * Once per render, whoever asks first (the layout or a page: they render in
 * parallel): the person's plan reminders are brought up to date BEFORE the
 * unread count is read, so the bell never shows a count from before them.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser> => {
  const userId = await requireSessionUserId();
  // Computed when the person opens the app (no scheduled job to miss); a
  // failure there must not keep them out of the app.
  await syncPlanReminders(userId).catch((error: unknown) => console.error("No se pudieron calcular los recordatorios:", error));
  const user = await loadCurrentUser(userId);
  // A deleted or deactivated person keeps a valid cookie until it expires.
  if (!user || !user.isActive) redirect("/login?error=SessionRequired");
  return user;
});
