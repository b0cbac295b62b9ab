import { AppHeader } from "@/components/shell/app-header";
import { after } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requireSessionUserId } from "@/lib/auth/session";
import { sendReminderEmails } from "@/lib/notifications/send-reminder-emails";
import { syncPlanReminders } from "@/lib/notifications/sync-plan-reminders";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // Plan reminders are computed when the person opens the app (no job to
  // miss), before the shell counts the unread ones; a failure there must not
  // keep them out of the app. The session is checked first (getCurrentUser
  // would redirect an anonymous or deactivated person anyway).
  const userId = await requireSessionUserId();
  await syncPlanReminders(userId).catch((error: unknown) => console.error("No se pudieron calcular los recordatorios:", error));
  const user = await getCurrentUser();
  after(() => sendReminderEmails(user.id).catch((error: unknown) => console.error("No se pudieron enviar los recordatorios:", error)));
  return (
    <>
      <a href="#contenido" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        Saltar al contenido
      </a>
      <AppHeader
        userName={user.name}
        isSuperadmin={user.isSuperadmin}
        unreadNotifications={user.unreadNotifications}
        isAdvisor={user.advisorTerritories.length > 0}
        memberships={user.memberships.map((m) => ({ entityId: m.entity.id, entityName: m.entity.name, role: m.role }))}
      />
      <main id="contenido" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
