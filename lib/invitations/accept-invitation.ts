// Accepting an invitation: the token is consumed and the password set in one
// transaction, so of two simultaneous uses only one succeeds and a refused
// attempt leaves the link usable. The password rules are checked against the
// account's e-mail, and the (slow) argon2id hash is computed before the
// transaction opens, to keep it short.
import { consumeToken, inspectToken, TOKEN_STATUS_MESSAGES, type TokenLookup } from "@/lib/auth/one-time-tokens";
import { hashPassword } from "@/lib/auth/password";
import { ZNewPassword } from "@/lib/auth/password-rules";
import { withSystem } from "@/lib/db/context";
import { ConflictError, NotFoundError } from "@/lib/errors/app-error";
import type { AcceptInvitationInput } from "./accept-invitation-schema";

export const INACTIVE_ACCOUNT = "Esta cuenta está desactivada. Hable con el administrador de su entidad.";

function unusable(status: Exclude<TokenLookup["status"], "valid">) {
  return status === "unknown" ? new NotFoundError(TOKEN_STATUS_MESSAGES.unknown) : new ConflictError(TOKEN_STATUS_MESSAGES[status]);
}

export async function acceptInvitation(input: AcceptInvitationInput, now = new Date()): Promise<{ email: string }> {
  const found = await withSystem(null, async (db) => {
    const lookup = await inspectToken(db, input.token, "INVITATION", now);
    if (lookup.status !== "valid") throw unusable(lookup.status);
    const person = await db.user.findUnique({ where: { id: lookup.userId }, select: { id: true, email: true, isActive: true } });
    if (!person) throw unusable("unknown");
    return { tokenId: lookup.tokenId, person };
  });
  const { tokenId, person } = found;
  if (!person.isActive) throw new ConflictError(INACTIVE_ACCOUNT);

  // 422 with the rule that failed, before the hash and any write.
  ZNewPassword.parse({ email: person.email, password: input.password, confirmPassword: input.confirmPassword });
  const passwordHash = await hashPassword(input.password);

  // Acting as the invited person: the audit trail shows they set it themselves.
  await withSystem(person.id, async (db) => {
    if (!(await consumeToken(db, tokenId, now))) {
      const again = await inspectToken(db, input.token, "INVITATION", now);
      throw unusable(again.status === "valid" ? "used" : again.status);
    }
    // Also ends a sign-in lock from attempts made before the password existed.
    await db.user.update({ where: { id: person.id }, data: { passwordHash, lockedUntil: now } });
  });
  return { email: person.email };
}
