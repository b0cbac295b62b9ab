// Sign-in throttling, counted in login_attempts (in the database, so every
// app instance sees the same numbers). Two independent limits:
//
// - by account (normalised e-mail): 5 failures within 15 minutes lock the
//   account for 15 minutes (users.locked_until), even for the right password.
//   E-mails with no account are refused the same way (by their count alone),
//   so the answer never tells whether an account exists.
// - by address: 5 failures within 15 minutes from one IP refuse every sign-in
//   from it while they stay in the window.
//
// A failure stops counting once the same e-mail signs in successfully or its
// account is unlocked (lock over, password reset): a person who mistyped and
// then got it right does not use up the office's shared address.
// All functions run inside a system-scope transaction (login_attempts is
// visible only there).
import type { DbClient } from "@/lib/db/prisma";

export const MAX_FAILED_ATTEMPTS = 5;
export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const LOCK_DURATION_MS = 15 * 60_000;

export type ThrottleAccount = { lockedUntil: Date | null } | null;

/**
 * Serialises concurrent attempts for one e-mail and one address, so a burst
 * of parallel requests cannot all slip under the limit. Always in this order
 * (e-mail, then address): two transactions never wait for each other in a cycle.
 */
export async function lockAttemptKeys(db: DbClient, email: string, ipAddress: string): Promise<void> {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`login:email:${email}`}, 0))`;
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`login:ip:${ipAddress}`}, 0))`;
}

/** Failures of this e-mail that still count: in the window, after its last success and after its last unlock. */
export async function countAccountFailures(db: DbClient, email: string, account: ThrottleAccount, now: Date): Promise<number> {
  let since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const lockEnded = account?.lockedUntil && account.lockedUntil <= now ? account.lockedUntil : null;
  if (lockEnded && lockEnded > since) since = lockEnded;
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gt: since, lte: now } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  if (lastSuccess) since = lastSuccess.createdAt;
  return db.loginAttempt.count({ where: { email, succeeded: false, createdAt: { gt: since, lte: now } } });
}

/** Failures from this address in the window, leaving out those its e-mail later made good. */
export async function countAddressFailures(db: DbClient, ipAddress: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const [row] = await db.$queryRaw<{ failures: number }[]>`
    SELECT count(*)::int AS failures
    FROM login_attempts a
    WHERE a.ip_address = ${ipAddress}
      AND NOT a.succeeded
      AND a.created_at > ${since} AND a.created_at <= ${now}
      AND NOT EXISTS (
        SELECT 1 FROM login_attempts s
        WHERE s.email = a.email AND s.succeeded AND s.created_at > a.created_at AND s.created_at <= ${now})
      AND NOT EXISTS (
        SELECT 1 FROM users u
        WHERE u.email = a.email AND u.locked_until > a.created_at AND u.locked_until <= ${now})`;
  return row?.failures ?? 0;
}

export function isAccountLocked(account: ThrottleAccount, now: Date): boolean {
  return Boolean(account?.lockedUntil && account.lockedUntil > now);
}

/** Whether a new attempt must be refused before even looking at the password. */
export async function isThrottled(
  db: DbClient,
  input: { email: string; ipAddress: string; account: ThrottleAccount; now: Date },
): Promise<boolean> {
  if (isAccountLocked(input.account, input.now)) return true;
  if ((await countAccountFailures(db, input.email, input.account, input.now)) >= MAX_FAILED_ATTEMPTS) return true;
  return (await countAddressFailures(db, input.ipAddress, input.now)) >= MAX_FAILED_ATTEMPTS;
}

export function lockedUntilAfterFailure(now: Date): Date {
  return new Date(now.getTime() + LOCK_DURATION_MS);
}
