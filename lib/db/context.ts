// Every database access of the app runs inside one of these contexts: a
// transaction whose settings tell PostgreSQL's row-level security who is
// acting and for which entity. A query that forgets its tenant filter then
// returns nothing instead of another entity's rows, and the audit trigger
// records who made each change.
import { APP_ROLE, getPrisma, type Db, type DbClient } from "./prisma";

export type DbScope = {
  /** The acting person; null only for anonymous system work (sign-in). */
  userId: string | null;
  /** The tenant of this unit of work. */
  entityId?: string | null;
  /** Bypass tenant policies: sign-in, one-time links, the platform operator. */
  system?: boolean;
};

const TRANSACTION_OPTIONS = { maxWait: 5_000, timeout: 15_000 } as const;

export async function withScope<T>(
  scope: DbScope,
  work: (db: DbClient) => Promise<T>,
  client: Db = getPrisma(),
  options: { timeout: number } = TRANSACTION_OPTIONS,
): Promise<T> {
  return client.$transaction(async (tx) => {
    // The role again, per transaction: also a client whose connections kept
    // the login role (a script, a test) works under row-level security here.
    await tx.$queryRaw`SELECT
      set_config('role', ${APP_ROLE}, true),
      set_config('faro.user_id', ${scope.userId ?? ""}, true),
      set_config('faro.entity_id', ${scope.entityId ?? ""}, true),
      set_config('faro.system', ${scope.system ? "on" : ""}, true)`;
    return work(tx);
  }, { ...TRANSACTION_OPTIONS, ...options });
}

/** The signed-in person's own rows (profile, memberships), no tenant. */
export function withUser<T>(userId: string, work: (db: DbClient) => Promise<T>, client?: Db) {
  return withScope({ userId }, work, client);
}

/** One entity's data, as one of its members. */
export function withTenant<T>(scope: { userId: string; entityId: string }, work: (db: DbClient) => Promise<T>, client?: Db) {
  return withScope(scope, work, client);
}

/** Outside any tenant: keep to the few places that truly need it. */
export function withSystem<T>(userId: string | null, work: (db: DbClient) => Promise<T>, client?: Db, options?: { timeout: number }) {
  // Bulk imports of official files pass a longer timeout (see lib/results/import-results.ts).
  return withScope({ userId, system: true }, work, client, options);
}
