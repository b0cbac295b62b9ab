// A gap source lists the gaps a plan can close. Self-assessment activities
// are one source; FURAG options not met and control interno findings plug in
// as further sources (same candidate shape, their own source kind and key).
import type { DbClient } from "@/lib/db/prisma";
import type { PlanItemPriority, PlanItemSourceKind } from "@/lib/generated/prisma/enums";
import type { GapRule } from "./select-gaps";

export type GapCandidate = {
  sourceKind: PlanItemSourceKind;
  /** Unique per plan: the same gap generated twice is the same item. */
  sourceKey: string;
  assessmentId: string | null;
  activityId: string | null;
  furagQuestionId: string | null;
  furagOption: string | null;
  findingId: string | null;
  /** "POL03-05 · Texto de la actividad". */
  label: string;
  policyCode: string | null;
  /** Activity gaps only: FURAG options and findings have no score (0 and 0). */
  score: number | null;
  targetScore: number;
  distance: number;
  /** What the preview shows instead of a score, e.g. "Severidad alta · vence 30/06/2026". */
  detail?: string;
  /** Non-activity gaps say their own priority and goal (activities derive them from the distance). */
  priority?: PlanItemPriority;
  goal?: string;
};

/** The plan's anchor: its self-assessment (activities), vigencia (FURAG) and policy (all). */
export type GapRequest = { entityId: string; assessmentId: string; rule: GapRule; vigencia: number; policyCode: string };

export type GapSource = {
  kind: PlanItemSourceKind;
  list(db: DbClient, request: GapRequest): Promise<GapCandidate[]>;
};
