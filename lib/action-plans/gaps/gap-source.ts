// A gap source lists the gaps a plan can close. Self-assessment activities
// are one source; FURAG options not met and control interno findings plug in
// as further sources (same candidate shape, their own source kind and key).
import type { DbClient } from "@/lib/db/prisma";
import type { PlanItemSourceKind } from "@/lib/generated/prisma/enums";
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
  score: number | null;
  targetScore: number;
  distance: number;
};

export type GapRequest = { entityId: string; assessmentId: string; rule: GapRule };

export type GapSource = {
  kind: PlanItemSourceKind;
  list(db: DbClient, request: GapRequest): Promise<GapCandidate[]>;
};
