import { AppHeader } from "@/components/shell/app-header";
import { after } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { sendReminderEmails } from "@/lib/notifications/send-reminder-emails";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // getCurrentUser brings the plan reminders up to date before counting them.
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
