// A fingerprint of everything an entity owns: every row of every table with
// an entity_id column, the entity row itself and its members' user rows.
// Equal fingerprints before and after a refused request prove nothing changed.
import type { Db } from "@/lib/db/prisma";

export async function tenantSnapshot(owner: Db, entityId: string): Promise<Record<string, string>> {
  const tables = await owner.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'entity_id' AND table_name <> 'audit_log'
    ORDER BY table_name`;
  const snapshot: Record<string, string> = {};
  for (const { table_name } of tables) {
    const [row] = await owner.$queryRawUnsafe<{ digest: string | null }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${table_name}" t WHERE entity_id = $1::uuid`,
      entityId,
    );
    snapshot[table_name] = row?.digest ?? "";
  }
  const [entity] = await owner.$queryRaw<{ digest: string }[]>`SELECT md5(t::text) AS digest FROM entities t WHERE id = ${entityId}::uuid`;
  snapshot.entities = entity?.digest ?? "";
  const [users] = await owner.$queryRaw<{ digest: string }[]>`
    SELECT md5(coalesce(string_agg(u::text, '|' ORDER BY u.id), '')) AS digest
    FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.entity_id = ${entityId}::uuid`;
  snapshot.users = users?.digest ?? "";
  return snapshot;
}
