// Which vigencia the dashboard opens on: the one asked for in the URL, else
// the latest one the entity has autodiagnósticos for (the committee reviews
// last year's results early in the new year), else the current year.
import { sql, type SqlTx } from "@/lib/db/sql";
import { defaultVigencia } from "@/lib/self-assessments/default-vigencia";
import { parseVigencia } from "@/lib/self-assessments/parse-vigencia";

/** Inside the caller's transaction: the tablero reads it with its data, in one transaction. */
export async function readDashboardVigencia(tx: SqlTx, entityId: string, requested: string | undefined): Promise<number> {
  if (requested) return parseVigencia(requested);
  const latest = await tx.first<{ vigencia: number | null }>(sql`
    SELECT max(vigencia) AS vigencia FROM self_assessments WHERE entity_id = ${entityId}::uuid AND vigencia <= ${defaultVigencia()}::int`);
  return latest?.vigencia ?? defaultVigencia();
}

/** The years the vigencia picker offers, newest first. */
export function selectableVigencias(): number[] {
  const current = defaultVigencia();
  return Array.from({ length: current - 2018 + 2 }, (_, i) => current + 1 - i);
}
