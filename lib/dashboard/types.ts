// Serialisable summaries of the dashboard sections. Each section has its own
// loader (./sections) and its own component; the page, the PDF and the Excel
// report all read these same summaries, so a figure is computed once.
import type { AssessmentState, EvidenceReviewState, FindingSeverity, FindingState } from "@/lib/generated/prisma/enums";
import type { ScoreLevelNumber } from "@/lib/scoring";

export type PolicyScore = {
  code: string;
  name: string;
  /** Policy score from the scoring module; null when nothing is scored yet. */
  score: number | null;
  level: ScoreLevelNumber | null;
  state: AssessmentState | null;
};

export type DimensionScores = {
  number: number;
  name: string;
  /** Internal estimate (mean of its policy scores), never the official index. */
  score: number | null;
  level: ScoreLevelNumber | null;
  policies: PolicyScore[];
};

export type PolicyScoresSection = {
  kind: "policy-scores";
  vigencia: number;
  catalogName: string | null;
  /** Internal estimate for the entity (mean of policy scores). */
  entityScore: number | null;
  entityLevel: ScoreLevelNumber | null;
  dimensions: DimensionScores[];
};

export type PolicyProgress = {
  code: string;
  name: string;
  state: AssessmentState | null;
  answered: number;
  total: number;
  /** 0..1; null when the autodiagnóstico has not been started. */
  ratio: number | null;
};

export type StateCounts = Record<AssessmentState | "NO_INICIADO", number>;

export type SelfAssessmentProgressSection = {
  kind: "self-assessment-progress";
  vigencia: number;
  policies: PolicyProgress[];
  states: StateCounts;
  /** Answered activities / all activities of the started autodiagnósticos. */
  overallRatio: number | null;
};

export type EvidenceReviewSection = {
  kind: "evidence-review";
  vigencia: number;
  total: number;
  states: Record<EvidenceReviewState, number>;
  /** Validity end date passed (Bogotá), and ending within EXPIRING_SOON_DAYS. */
  expired: number;
  expiringSoon: number;
  expiringSoonDays: number;
  /** Whether the viewer may open control interno's review queue. */
  canOpenQueue: boolean;
};

export type OpenFinding = {
  id: string;
  severity: FindingSeverity;
  state: FindingState;
  description: string;
  policyCode: string | null;
  /** ISO day (yyyy-mm-dd); overdue when before today in Bogotá. */
  dueDate: string;
  createdAt: string;
  responsibleName: string;
  overdue: boolean;
};

export type OpenFindingsSection = {
  kind: "open-findings";
  /** Findings are not tied to a vigencia: every open one of the entity. */
  open: number;
  bySeverity: Record<FindingSeverity, number>;
  answered: number;
  overdue: number;
  oldest: OpenFinding[];
};

export type ReadinessFigures = { answered: number; evidence: number | null; reviewed: number };

export type ModuleReadiness = { prefix: string; topic: string; total: number; answered: number; percents: ReadinessFigures };

export type FuragReadinessSection = {
  kind: "furag-readiness";
  vigencia: number;
  /** False when no FURAG questionnaire is loaded for the vigencia. */
  hasQuestionnaire: boolean;
  total: number;
  answered: number;
  evidenceRequired: number;
  evidenceSupported: number;
  reviewed: number;
  withObservations: number;
  percents: ReadinessFigures;
  moduleCount: number;
  modulesWithoutAnswers: number;
  /** Modules with the lowest share answered (then reviewed), weakest first. */
  weakestModules: ModuleReadiness[];
};

export type OfficialVigencia = {
  vigencia: number;
  idi: number | null;
  meciOnly: boolean;
  /** Median IDI of the entity's grupo par that vigencia (null without a group). */
  peerMedianIdi: number | null;
};

export type OfficialPolicyTrend = {
  code: string;
  name: string;
  /** Score per vigencia, in the order of OfficialResultsSection.vigencias. */
  scores: (number | null)[];
  change: number | null;
  peerMedian: number | null;
};

export type OfficialResultsSection = {
  kind: "official-results";
  /** The vigencia the figures (change, median) are about: the dashboard's, else the latest. */
  vigencia: number;
  peerGroup: string | null;
  vigencias: OfficialVigencia[];
  idi: number | null;
  idiChange: number | null;
  policies: OfficialPolicyTrend[];
};

export type PlanProgress = {
  total: number;
  done: number;
  overdue: number;
  cancelled: number;
  /** Mean percent progress of the items that are not cancelled; null if none. */
  progress: number | null;
};

export type OverduePlanItem = { id: string; planId: string; planName: string; action: string; policyCode: string | null; responsibleName: string | null; dueDate: string };

export type ActionPlansSection = {
  kind: "action-plans";
  vigencia: number;
  /** Items by the status people see (VENCIDA computed from the due date in Bogotá). */
  statusCounts: Record<"PENDIENTE" | "EN_CURSO" | "CUMPLIDA" | "VENCIDA" | "CANCELADA", number>;
  totals: PlanProgress;
  plans: { id: string; name: string; policyCode: string | null; state: string; stateLabel: string; progress: PlanProgress }[];
  /** Overdue items, the longest overdue first (at most OVERDUE_SHOWN). */
  overdueItems: OverduePlanItem[];
};

export type DashboardSection =
  | PolicyScoresSection
  | SelfAssessmentProgressSection
  | EvidenceReviewSection
  | OpenFindingsSection
  | FuragReadinessSection
  | OfficialResultsSection
  | ActionPlansSection;

export type DashboardSectionKind = DashboardSection["kind"];

export type Dashboard = {
  entityName: string;
  vigencia: number;
  generatedAt: string;
  sections: DashboardSection[];
};
