// Password-reset links: one-time tokens (purpose PASSWORD_RESET, 72 h, single
// use; one-time-tokens.ts). An administrator can issue one for a member (the
// link is shown to them and, with SMTP, e-mailed to the person); anyone can
// ask for one by e-mail on /restablecer, which answers the same whether or
// not the account exists. The mail goes out after the transaction commits.
import { withSystem } from "@/lib/db/context";
import type { Db } from "@/lib/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/errors/app-error";
import { appUrl, isMailConfigured, sendMail } from "@/lib/mail/send-mail";
import { issueToken } from "./one-time-tokens";
import { composePasswordResetMail } from "./password-reset-mail";

export type PasswordResetLink = { url: string; expiresAt: Date; emailed: boolean };

/** Self-service requests per account and hour: enough for a lost e-mail, too few to flood a mailbox. */
export const RESET_REQUESTS_PER_HOUR = 3;

type Person = { email: string; name: string };

function mailLink(person: Person, token: string, expiresAt: Date): Promise<{ url: string; emailed: boolean }> {
  const url = appUrl(`/restablecer/${token}`);
  return sendMail(composePasswordResetMail({ to: person.email, personName: person.name, url, expiresAt })).then((emailed) => ({ url, emailed }));
}

/**
 * Issues a reset link for `userId` (earlier unused ones stop working) on
 * behalf of `createdById`. The caller has already checked that the issuer
 * may do this (e.g. members.manage in the person's entity).
 */
export async function issuePasswordResetLink(
  db: Db,
  input: { userId: string; createdById: string | null },
  now = new Date(),
): Promise<PasswordResetLink> {
  const issued = await withSystem(
    input.createdById,
    async (tx) => {
      const person = await tx.user.findUnique({ where: { id: input.userId }, select: { email: true, name: true, isActive: true } });
      if (!person) throw new NotFoundError();
      if (!person.isActive) {
        throw new ConflictError("La cuenta de esta persona está desactivada: actívela antes de generar un enlace para restablecer la contraseña.");
      }
      const link = await issueToken(tx, { userId: input.userId, purpose: "PASSWORD_RESET", createdById: input.createdById }, now);
      return { person, ...link };
    },
    db,
  );
  const { url, emailed } = await mailLink(issued.person, issued.token, issued.expiresAt);
  return { url, expiresAt: issued.expiresAt, emailed };
}

/**
 * Someone asked on /restablecer. Without SMTP nothing happens (an unused
 * link would only invalidate one an administrator issued). Returns nothing
 * about the account, on purpose.
 */
export async function requestPasswordReset(email: string, options: { client?: Db; now?: Date } = {}): Promise<void> {
  if (!isMailConfigured()) return;
  const now = options.now ?? new Date();
  const issued = await withSystem(
    null,
    async (tx) => {
      const person = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, isActive: true } });
      if (!person?.isActive) return null;
      const recent = await tx.authToken.count({
        where: { userId: person.id, purpose: "PASSWORD_RESET", createdById: null, createdAt: { gt: new Date(now.getTime() - 3_600_000) } },
      });
      if (recent >= RESET_REQUESTS_PER_HOUR) return null;
      return { person, ...(await issueToken(tx, { userId: person.id, purpose: "PASSWORD_RESET" }, now)) };
    },
    options.client,
  );
  if (issued) await mailLink(issued.person, issued.token, issued.expiresAt);
}
