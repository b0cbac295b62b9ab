// E-mails each new plan reminder once, when SMTP is configured. A reminder is
// claimed (emailed_at set) before sending, so two page loads at once cannot
// both send it; if the server refuses the message, the claim is released and
// the next visit tries again.
import { withUser } from "@/lib/db/context";
import { appUrl, isMailConfigured, sendMail } from "@/lib/mail/send-mail";

export async function sendReminderEmails(userId: string): Promise<number> {
  if (!isMailConfigured()) return 0;
  const { email, name, pending } = await withUser(userId, async (db) => {
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true } });
    const rows = await db.notification.findMany({ where: { userId, emailedAt: null }, orderBy: { createdAt: "asc" }, take: 20, select: { id: true, title: true, link: true } });
    return { ...user, pending: rows };
  });
  let sent = 0;
  for (const notice of pending) {
    const claimed = await withUser(userId, (db) => db.notification.updateMany({ where: { id: notice.id, emailedAt: null }, data: { emailedAt: new Date() } }));
    if (claimed.count === 0) continue;
    const ok = await sendMail({
      to: email,
      subject: `Faro MIPG · ${notice.title}`.slice(0, 200),
      text: `Hola, ${name}:\n\n${notice.title}\n\nAbra la acción para registrar su avance:\n${appUrl(notice.link)}\n\nFaro MIPG`,
    });
    if (ok) sent += 1;
    else await withUser(userId, (db) => db.notification.update({ where: { id: notice.id }, data: { emailedAt: null } }));
  }
  return sent;
}
