// Gap source: control interno findings of the plan's policy that are not
// closed (abierto or respondido). Findings carry no vigencia: an open finding
// is pending whatever year it was raised in, so every open one is offered.
// Order: severity (crítica first), then the earliest due date.
import { formatCalendarDate } from "@/lib/format/dates";
import type { FindingSeverity, PlanItemPriority } from "@/lib/generated/prisma/enums";
import { FINDING_STATE_LABELS, SEVERITY_LABELS } from "@/lib/evidence/labels";
import type { GapCandidate, GapSource } from "./gap-source";

export function findingSourceKey(findingId: string): string {
  return `FINDING:${findingId}`;
}

const SEVERITY_RANK: Record<FindingSeverity, number> = { CRITICA: 0, ALTA: 1, MEDIA: 2, BAJA: 3 };
const PRIORITY_OF: Record<FindingSeverity, PlanItemPriority> = { CRITICA: "ALTA", ALTA: "ALTA", MEDIA: "MEDIA", BAJA: "BAJA" };

const SHORT = 160;
const shorten = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text);

export const findingGapSource: GapSource = {
  kind: "FINDING",
  async list(db, request): Promise<GapCandidate[]> {
    const findings = await db.finding.findMany({
      where: { entityId: request.entityId, state: { not: "CERRADO" }, policyCode: request.policyCode },
      orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
      select: { id: true, severity: true, description: true, policyCode: true, dueDate: true, state: true },
    });
    return findings
      .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
      .map((finding) => ({
        sourceKind: "FINDING",
        sourceKey: findingSourceKey(finding.id),
        assessmentId: null,
        activityId: null,
        furagQuestionId: null,
        furagOption: null,
        findingId: finding.id,
        label: `Hallazgo: ${shorten(finding.description)}`,
        policyCode: finding.policyCode,
        score: null,
        targetScore: 0,
        distance: 0,
        detail: `Severidad ${SEVERITY_LABELS[finding.severity].toLowerCase()} · ${FINDING_STATE_LABELS[finding.state].toLowerCase()} · vence ${formatCalendarDate(finding.dueDate)}`,
        priority: PRIORITY_OF[finding.severity],
        goal: "Que control interno cierre el hallazgo",
      }));
  },
};
