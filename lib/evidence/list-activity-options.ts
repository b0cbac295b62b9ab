// The entity's self-assessment activities as options (newest vigencia first),
// for linking evidence and for findings.
import type { DbClient } from "@/lib/db/prisma";

export type ActivityOptionGroup = { assessmentId: string; label: string; activities: { id: string; label: string }[] };

const shorten = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export async function listActivityOptions(db: DbClient, entityId: string): Promise<ActivityOptionGroup[]> {
  const assessments = await db.selfAssessment.findMany({
    where: { entityId },
    orderBy: [{ vigencia: "desc" }, { policyCode: "asc" }],
    select: {
      id: true,
      vigencia: true,
      policyCode: true,
      instrument: { select: { activities: { orderBy: { sortOrder: "asc" }, select: { id: true, code: true, activityText: true, itemText: true } } } },
    },
  });
  return assessments.map((a) => ({
    assessmentId: a.id,
    label: `${a.policyCode} · ${a.vigencia}`,
    activities: a.instrument.activities.map((x) => ({ id: x.id, label: `${x.code} ${shorten(x.itemText ?? x.activityText)}` })),
  }));
}
