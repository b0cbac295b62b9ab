// Which vigencia the dashboard opens on: the one asked for in the URL, else
// the latest one the entity has autodiagnósticos for (the committee reviews
// last year's results early in the new year), else the current year.
import type { DbClient } from "@/lib/db/prisma";
import { defaultVigencia } from "@/lib/self-assessments/default-vigencia";
import { parseVigencia } from "@/lib/self-assessments/parse-vigencia";

/** Inside the caller's unit of work: the tablero reads it with its data, in one transaction. */
export async function readDashboardVigencia(db: DbClient, entityId: string, requested: string | undefined): Promise<number> {
  if (requested) return parseVigencia(requested);
  const latest = await db.selfAssessment.findFirst({
    where: { entityId, vigencia: { lte: defaultVigencia() } },
    orderBy: { vigencia: "desc" },
    select: { vigencia: true },
  });
  return latest?.vigencia ?? defaultVigencia();
}

/** The years the vigencia picker offers, newest first. */
export function selectableVigencias(): number[] {
  const current = defaultVigencia();
  return Array.from({ length: current - 2018 + 2 }, (_, i) => current + 1 - i);
}
