// Sets a new password through a reset link. The token is consumed in the same
// transaction that writes the password, so of two simultaneous uses only one
// succeeds. Setting the password also lifts a sign-in lock: locked_until
// becomes "now", which ends the lock and restarts the failure count (so the
// person can sign in right away with the new password).
import { withSystem } from "@/lib/db/context";
import type { Db } from "@/lib/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/errors/app-error";
import { consumeToken, inspectToken, TOKEN_STATUS_MESSAGES, type TokenLookup } from "./one-time-tokens";
import { hashPassword } from "./password";
import type { ResetPasswordInput } from "./password-reset-schemas";
import { ZNewPassword } from "./password-rules";

type Options = { client?: Db; now?: Date };

export type ResetLinkState =
  | { status: "valid"; email: string }
  | { status: Exclude<TokenLookup["status"], "valid"> | "inactive"; message: string };

function refuse(status: Exclude<TokenLookup["status"], "valid">): never {
  if (status === "unknown") throw new NotFoundError(TOKEN_STATUS_MESSAGES.unknown);
  throw new ConflictError(TOKEN_STATUS_MESSAGES[status]);
}

const INACTIVE = "Esta cuenta está desactivada. Hable con el administrador de su entidad.";

/** For the page: is the link usable, and for which e-mail (shown to its holder only). */
export async function inspectPasswordResetLink(token: string, options: Options = {}): Promise<ResetLinkState> {
  return withSystem(
    null,
    async (db) => {
      const lookup = await inspectToken(db, token, "PASSWORD_RESET", options.now);
      if (lookup.status !== "valid") return { status: lookup.status, message: TOKEN_STATUS_MESSAGES[lookup.status] };
      const person = await db.user.findUnique({ where: { id: lookup.userId }, select: { email: true, isActive: true } });
      if (!person) return { status: "unknown", message: TOKEN_STATUS_MESSAGES.unknown };
      if (!person.isActive) return { status: "inactive", message: INACTIVE };
      return { status: "valid", email: person.email };
    },
    options.client,
  );
}

export async function resetPasswordWithToken(input: ResetPasswordInput, options: Options = {}): Promise<{ email: string }> {
  const now = options.now ?? new Date();
  const found = await withSystem(
    null,
    async (db) => {
      const lookup = await inspectToken(db, input.token, "PASSWORD_RESET", now);
      if (lookup.status !== "valid") return { lookup, person: null };
      const person = await db.user.findUnique({ where: { id: lookup.userId }, select: { id: true, email: true, isActive: true } });
      return { lookup, person };
    },
    options.client,
  );
  if (found.lookup.status !== "valid") refuse(found.lookup.status);
  const { tokenId } = found.lookup;
  const person = found.person;
  if (!person) refuse("unknown");
  if (!person.isActive) throw new ConflictError(INACTIVE);

  // 422 with the rule that failed, before the (slow) hash and any write.
  ZNewPassword.parse({ email: person.email, password: input.password, confirmPassword: input.confirmPassword });
  const passwordHash = await hashPassword(input.password);

  await withSystem(
    person.id,
    async (db) => {
      if (!(await consumeToken(db, tokenId, now))) {
        const again = await inspectToken(db, input.token, "PASSWORD_RESET", now);
        refuse(again.status === "valid" ? "used" : again.status);
      }
      await db.user.update({ where: { id: person.id }, data: { passwordHash, lockedUntil: now } });
    },
    options.client,
  );
  return { email: person.email };
}
