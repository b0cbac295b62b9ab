import type { Metadata } from "next";
import Link from "next/link";
import { MarkAllReadButton } from "@/components/shell/mark-read-button";
import { requireSessionUserId } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format/dates";
import { loadMyNotifications } from "@/lib/notifications/my-notifications";

export const metadata: Metadata = { title: "Notificaciones" };

export default async function NotificationsPage() {
  const userId = await requireSessionUserId();
  const notifications = await loadMyNotifications(userId);
  const unread = notifications.filter((n) => !n.readAt).length;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-faro-900">Notificaciones</h1>
          <p className="text-slate-600">Recordatorios de las acciones a su cargo que vencen en los próximos 14 días o ya vencieron.</p>
        </div>
        {unread > 0 && <MarkAllReadButton />}
      </div>
      {notifications.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">No tiene notificaciones.</p>
      ) : (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
          {notifications.map((n) => (
            <li key={n.id} className={n.readAt ? "" : "bg-faro-50"}>
              <Link href={n.link} className="block p-3 hover:bg-faro-100">
                <span className="block text-sm text-slate-900">
                  {!n.readAt && <span className="mr-2 rounded bg-faro-700 px-1.5 text-xs font-semibold text-white">Nueva</span>}
                  {n.title}
                </span>
                <span className="block text-xs text-slate-500">{formatDateTime(n.createdAt)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
