// Full autodiagnósticos for 10 % of the entities (all 125 alcaldías of the
// advisor's department, the rest drawn at random): the 19 policies, every
// activity answered, for two vigencias — 2024 approved, 2025 still in draft
// (so the benchmark can keep saving scores in it).
import type pg from "pg";
import { bulkInsert, SEEDED_AT } from "./bulk-insert";
import { ADVISOR_DEPARTMENT, type BenchEntity } from "./national-entities";
import type { Random } from "./prng";

export const ASSESSED_SHARE = 0.1;
export const VIGENCIAS = [
  { vigencia: 2024, state: "APROBADO" },
  { vigencia: 2025, state: "BORRADOR" },
] as const;

type Activity = { id: string; instrumentId: string; policyCode: string };
/** One seeded autodiagnóstico, for later steps that link to its activities (evidence). */
export type SeededAssessment = { entityId: string; vigencia: number; assessmentId: string; policyCode: string; activityIds: string[] };

export function pickAssessedEntities(random: Random, entities: BenchEntity[]): BenchEntity[] {
  const target = Math.round(entities.length * ASSESSED_SHARE);
  const advised = entities.filter((e) => e.sharesWithAdvisor && e.departmentCode === ADVISOR_DEPARTMENT);
  const others = entities.filter((e) => !advised.includes(e));
  const chosen = new Set(advised);
  while (chosen.size < target) chosen.add(random.pick(others));
  return [...chosen];
}

export async function seedAssessments(client: pg.ClientBase, random: Random, assessed: BenchEntity[], plannerOf: (e: BenchEntity) => string) {
  const { rows: activities } = await client.query<Activity>(
    `SELECT a.id, a.instrument_id AS "instrumentId", i.policy_code AS "policyCode"
     FROM instrument_activities a JOIN instruments i ON i.id = a.instrument_id
     WHERE i.source = 'FARO_REFERENCE' ORDER BY i.policy_code, a.sort_order`,
  );
  const byPolicy = new Map<string, Activity[]>();
  for (const a of activities) byPolicy.set(a.policyCode, [...(byPolicy.get(a.policyCode) ?? []), a]);

  const assessments: unknown[][] = [];
  const responses: unknown[][] = [];
  const seeded: SeededAssessment[] = [];
  for (const entity of assessed) {
    const planner = plannerOf(entity);
    for (const { vigencia, state } of VIGENCIAS) {
      for (const [policyCode, list] of byPolicy) {
        const assessmentId = random.uuid();
        assessments.push([assessmentId, entity.id, vigencia, policyCode, list[0]!.instrumentId, state, state === "APROBADO" ? SEEDED_AT : null, SEEDED_AT]);
        seeded.push({ entityId: entity.id, vigencia, assessmentId, policyCode, activityIds: list.map((a) => a.id) });
        for (const activity of list) {
          const notApplicable = random.next() < 0.04;
          const score = notApplicable ? null : random.int(0, 20) * 5;
          const observations = random.next() < 0.3 ? `Observación ${entity.index}-${vigencia}: soporte en el archivo de gestión.` : null;
          responses.push([random.uuid(), entity.id, assessmentId, activity.id, score, notApplicable, observations, planner, SEEDED_AT]);
        }
      }
    }
  }
  await bulkInsert(client, "self_assessments", [
    { name: "id", type: "uuid" },
    { name: "entity_id", type: "uuid" },
    { name: "vigencia", type: "int" },
    { name: "policy_code", type: "text" },
    { name: "instrument_id", type: "uuid" },
    { name: "state", type: '"AssessmentState"' },
    { name: "approved_at", type: "timestamptz" },
    { name: "updated_at", type: "timestamptz" },
  ], assessments);
  await bulkInsert(client, "activity_responses", [
    { name: "id", type: "uuid" },
    { name: "entity_id", type: "uuid" },
    { name: "assessment_id", type: "uuid" },
    { name: "activity_id", type: "uuid" },
    { name: "score", type: "float8" },
    { name: "not_applicable", type: "boolean" },
    { name: "observations", type: "text" },
    { name: "updated_by_id", type: "uuid" },
    { name: "updated_at", type: "timestamptz" },
  ], responses);
  return { assessments: assessments.length, responses: responses.length, seeded };
}
