// The shape every instrument takes before it is stored, whatever its origin
// (a Faro reference file or an official workbook).
import type { InstrumentSource } from "@/lib/generated/prisma/enums";

export type ApplicabilityRule = { entityTypes?: string[]; municipalCategories?: string[]; note: string };

export type ActivityDraft = {
  code: string;
  activityNumber: string | null;
  activityText: string;
  itemText: string | null;
  groupLabel: string | null;
  criterion: string | null;
  analysisPeriod: string | null;
  rubric: [string, string, string, string, string];
  applicability: ApplicabilityRule | null;
};

export type InstrumentDraft = {
  key: string;
  policyCode: string;
  version: string;
  title: string;
  source: InstrumentSource;
  sourceNote: string;
  components: { name: string; categories: { name: string; activities: ActivityDraft[] }[] }[];
};
