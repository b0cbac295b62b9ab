// Invitation links: a one-time token (72 h, single use) whose link is shown
// to whoever invited the person and, when SMTP is configured, e-mailed.
// auth_tokens is visible only in system scope, so the token is written there;
// the mail goes out after the transaction, never holding it open.
import { issueToken } from "@/lib/auth/one-time-tokens";
import { withSystem } from "@/lib/db/context";
import type { DbClient } from "@/lib/db/prisma";
import { appUrl, sendMail } from "@/lib/mail/send-mail";
import { composeInvitationMail } from "./invitation-mail";

export type InvitationLink = { url: string; expiresAt: Date };
export type SentInvitation = InvitationLink & { emailed: boolean };

type TokenInput = { userId: string; entityId: string | null; createdById: string };

/** Inside a system-scope transaction that also writes what the invitation is for. */
export async function issueInvitationLink(db: DbClient, input: TokenInput, now = new Date()): Promise<InvitationLink> {
  const { token, expiresAt } = await issueToken(db, { ...input, purpose: "INVITATION" }, now);
  return { url: appUrl(`/invitacion/${token}`), expiresAt };
}

export async function mailInvitation(
  link: InvitationLink,
  person: { email: string; name: string },
  placeName: string,
): Promise<boolean> {
  return sendMail(composeInvitationMail({ to: person.email, personName: person.name, placeName, ...link }));
}

/** Issues a new link (earlier unused ones stop working) and mails it. */
export async function sendInvitation(
  input: TokenInput & { person: { email: string; name: string }; placeName: string },
  now = new Date(),
): Promise<SentInvitation> {
  const link = await withSystem(input.createdById, (db) =>
    issueInvitationLink(db, { userId: input.userId, entityId: input.entityId, createdById: input.createdById }, now),
  );
  return { ...link, emailed: await mailInvitation(link, input.person, input.placeName) };
}
