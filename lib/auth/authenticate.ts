// Checks an e-mail and password, with throttling (login-throttle.ts). Runs in
// system scope: before sign-in there is no person to scope the query to.
//
// Every attempt is written to login_attempts before the password is checked,
// as a failure that a correct password then turns into a success: parallel
// attempts see each other, and a crash mid-way counts against the attacker.
import { z } from "zod";
import { withSystem } from "@/lib/db/context";
import type { Db } from "@/lib/db/prisma";
import { UNKNOWN_IP } from "./client-ip";
import { countAccountFailures, isAccountLocked, isThrottled, lockAttemptKeys, lockedUntilAfterFailure, MAX_FAILED_ATTEMPTS } from "./login-throttle";
import { hashPassword, verifyPassword } from "./password";

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export type AuthenticatedUser = { id: string; email: string; name: string };

export type PasswordSignIn = { ok: true; user: AuthenticatedUser } | { ok: false; reason: "invalid" | "throttled" };

export type SignInContext = {
  /** The client's address (client-ip.ts). */
  ipAddress?: string;
  /** Injectable clock, for tests of the lock window. */
  now?: Date;
  /** Injectable database client, for tests. */
  client?: Db;
};

/** The e-mail as typed, normalised, also when it is not a valid address (it still counts). */
function typedEmail(raw: unknown): string {
  const value = (raw as { email?: unknown } | null)?.email;
  return typeof value === "string" ? value.trim().toLowerCase().slice(0, 254) : "";
}

// A wrong e-mail costs the same argon2 work as a wrong password, so response
// times do not tell which e-mails have an account.
let dummyHash: Promise<string> | undefined;
async function burnPasswordCheck(password: string): Promise<false> {
  dummyHash ??= hashPassword("faro-mipg-sin-cuenta");
  await verifyPassword(await dummyHash, password);
  return false;
}

export async function authenticateWithPassword(raw: unknown, context: SignInContext = {}): Promise<PasswordSignIn> {
  const { ipAddress = UNKNOWN_IP, now = new Date(), client } = context;
  const parsed = ZCredentials.safeParse(raw);
  const email = parsed.success ? parsed.data.email : typedEmail(raw);

  const start = await withSystem(
    null,
    async (db) => {
      await lockAttemptKeys(db, email, ipAddress);
      const account = parsed.success
        ? await db.user.findUnique({
            where: { email },
            select: { id: true, email: true, name: true, passwordHash: true, isActive: true, lockedUntil: true },
          })
        : null;
      const throttled = await isThrottled(db, { email, ipAddress, account, now });
      const attempt = await db.loginAttempt.create({
        data: { email, ipAddress, succeeded: false, createdAt: now },
        select: { id: true },
      });
      return { account, throttled, attemptId: attempt.id };
    },
    client,
  );
  if (start.throttled) return { ok: false, reason: "throttled" };

  const { account } = start;
  const matches =
    parsed.success && account?.passwordHash && account.isActive
      ? await verifyPassword(account.passwordHash, parsed.data.password)
      : await burnPasswordCheck(parsed.success ? parsed.data.password : "");

  if (matches && account) {
    await withSystem(
      account.id,
      async (db) => {
        await db.loginAttempt.update({ where: { id: start.attemptId }, data: { succeeded: true } });
        await db.user.update({ where: { id: account.id }, data: { lastLoginAt: now } });
      },
      client,
    );
    return { ok: true, user: { id: account.id, email: account.email, name: account.name } };
  }

  if (account && !isAccountLocked(account, now)) {
    await withSystem(
      null,
      async (db) => {
        if ((await countAccountFailures(db, email, account, now)) >= MAX_FAILED_ATTEMPTS) {
          await db.user.update({ where: { id: account.id }, data: { lockedUntil: lockedUntilAfterFailure(now) } });
        }
      },
      client,
    );
  }
  return { ok: false, reason: "invalid" };
}
