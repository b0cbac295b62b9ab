// The signed-in person's notifications (from every entity they belong to),
// the unread count for the bell, and marking them read.
import { withUser } from "@/lib/db/context";

export async function countUnread(userId: string): Promise<number> {
  return withUser(userId, (db) => db.notification.count({ where: { userId, readAt: null } }));
}

export async function loadMyNotifications(userId: string) {
  return withUser(userId, (db) =>
    db.notification.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: { id: true, title: true, link: true, kind: true, readAt: true, createdAt: true },
    }),
  );
}

/** Marks the given notifications (or all of them) read; only the person's own. */
export async function markNotificationsRead(userId: string, ids: string[] | undefined): Promise<{ count: number }> {
  return withUser(userId, (db) =>
    db.notification.updateMany({ where: { userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) }, data: { readAt: new Date() } }),
  );
}
