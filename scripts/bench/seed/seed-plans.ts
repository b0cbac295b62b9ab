// Action plans for the entities with autodiagnósticos: per entity and
// vigencia, one plan for each of a few policies, generated from that
// policy's self-assessment as the plan module does. The items are the real
// gaps of the seeded responses, chosen in SQL with the plan module's rule
// (lib/action-plans/gaps/select-gaps.ts): counted activities whose score,
// rounded half up, is below 61; farthest from 61 first, instrument order on
// ties; the same source key, label, goal and priority as insertGapItems.
// 2024 plans are approved and in follow-up (items partly done); 2025 plans
// are drafts. The plan's "score before" is left empty: it comes from
// lib/scoring in the app, and the seed does not fake it.
import type pg from "pg";
import { DEFAULT_GAP_RULE, targetScoreOf } from "@/lib/action-plans/gaps/select-gaps";
import { bulkInsert, SEEDED_AT } from "./bulk-insert";
import type { Random } from "./prng";
import type { SeededAssessment } from "./seed-assessments";

export const POLICIES_PER_PLAN_VIGENCIA = 3;
/** A plan takes the largest gaps, not all of them: what a committee approves. */
export const ITEMS_PER_PLAN = 12;

export type PlanPeople = { plannerOf(entityId: string): string };

export async function seedPlans(client: pg.ClientBase, random: Random, seeded: SeededAssessment[], people: PlanPeople): Promise<{ plans: number; items: number }> {
  const byEntityVigencia = new Map<string, SeededAssessment[]>();
  for (const a of seeded) {
    const key = `${a.entityId}:${a.vigencia}`;
    byEntityVigencia.set(key, [...(byEntityVigencia.get(key) ?? []), a]);
  }
  const plans: unknown[][] = [];
  const transitions: unknown[][] = [];
  for (const list of byEntityVigencia.values()) {
    const pool = [...list];
    for (let n = 0; n < POLICIES_PER_PLAN_VIGENCIA && pool.length; n++) {
      const assessment = pool.splice(random.int(0, pool.length - 1), 1)[0]!;
      const planId = random.uuid();
      const approved = assessment.vigencia < 2025;
      const planner = people.plannerOf(assessment.entityId);
      plans.push([
        planId, assessment.entityId, assessment.vigencia, assessment.policyCode,
        `Plan de mejoramiento ${assessment.policyCode} ${assessment.vigencia}`, assessment.assessmentId,
        approved ? "EN_SEGUIMIENTO" : "BORRADOR", approved ? SEEDED_AT : null, approved ? "Comité Institucional de Gestión y Desempeño" : null,
        planner, SEEDED_AT, SEEDED_AT,
      ]);
      if (approved) {
        transitions.push([random.uuid(), assessment.entityId, planId, "BORRADOR", "APROBADO", "Aprobado en sesión del comité.", planner, "Planeación"]);
        transitions.push([random.uuid(), assessment.entityId, planId, "APROBADO", "EN_SEGUIMIENTO", null, planner, "Planeación"]);
      }
    }
  }
  await bulkInsert(client, "action_plans", [
    { name: "id", type: "uuid" },
    { name: "entity_id", type: "uuid" },
    { name: "vigencia", type: "int" },
    { name: "policy_code", type: "varchar" },
    { name: "name", type: "text" },
    { name: "source_assessment_id", type: "uuid" },
    { name: "state", type: '"ActionPlanState"' },
    { name: "approved_at", type: "timestamptz" },
    { name: "approved_by_name", type: "text" },
    { name: "created_by_id", type: "uuid" },
    { name: "created_at", type: "timestamptz" },
    { name: "updated_at", type: "timestamptz" },
  ], plans);
  await bulkInsert(client, "action_plan_transitions", [
    { name: "id", type: "uuid" },
    { name: "entity_id", type: "uuid" },
    { name: "plan_id", type: "uuid" },
    { name: "from_state", type: '"ActionPlanState"' },
    { name: "to_state", type: '"ActionPlanState"' },
    { name: "reason", type: "text" },
    { name: "actor_id", type: "uuid" },
    { name: "actor_name", type: "text" },
  ], transitions);
  const items = await insertGapItems(client);
  return { plans: plans.length, items };
}

/** The gaps of every seeded plan's assessment, as items, in one statement. */
async function insertGapItems(client: pg.ClientBase): Promise<number> {
  const { threshold, targetLevel } = DEFAULT_GAP_RULE;
  const target = targetScoreOf(targetLevel);
  // Responsible: the entity's RESPONSABLE member (one per bench entity). Ids from
  // md5(plan, activity): the same dataset on every run of the same seed.
  const result = await client.query(
    `WITH gaps AS (
       SELECT p.id AS plan_id, p.entity_id, p.vigencia, p.state, p.policy_code, r.assessment_id, r.activity_id, r.score,
              a.code, a.activity_text,
              row_number() OVER (PARTITION BY p.id ORDER BY $2::float8 - r.score DESC, a.sort_order) AS position
       FROM action_plans p
       JOIN activity_responses r ON r.assessment_id = p.source_assessment_id
       JOIN instrument_activities a ON a.id = r.activity_id
       WHERE NOT r.not_applicable AND r.score IS NOT NULL AND floor(r.score + 0.5) < $1::float8
     )
     INSERT INTO action_plan_items (id, entity_id, plan_id, source_kind, source_key, assessment_id, activity_id, gap_label, policy_code, score_before,
       action, goal, responsible_id, start_date, due_date, priority, status, progress, completed_at, sort_order, created_at, updated_at)
     SELECT md5(g.plan_id::text || g.activity_id::text)::uuid, g.entity_id, g.plan_id, 'ACTIVITY', 'ACTIVITY:' || g.assessment_id || ':' || g.activity_id, g.assessment_id, g.activity_id,
       g.code || ' · ' || g.activity_text, g.policy_code, g.score,
       left('Cerrar la brecha: ' || g.code || ' · ' || g.activity_text, 2000), 'Alcanzar al menos ' || $2 || ' puntos',
       m.user_id, make_date(g.vigencia + 1, 2, 1), make_date(g.vigencia + 1, 3 + (g.position::int % 9), 28),
       (CASE WHEN $2 - g.score >= 41 THEN 'ALTA' WHEN $2 - g.score >= 21 THEN 'MEDIA' ELSE 'BAJA' END)::"PlanItemPriority",
       (CASE WHEN g.state = 'BORRADOR' THEN 'PENDIENTE' WHEN g.position % 3 = 0 THEN 'CUMPLIDA' WHEN g.position % 3 = 1 THEN 'EN_CURSO' ELSE 'PENDIENTE' END)::"PlanItemStatus",
       CASE WHEN g.state = 'BORRADOR' THEN 0 WHEN g.position % 3 = 0 THEN 100 WHEN g.position % 3 = 1 THEN 50 ELSE 0 END,
       CASE WHEN g.state <> 'BORRADOR' AND g.position % 3 = 0 THEN $3::timestamptz END,
       g.position - 1, $3::timestamptz, $3::timestamptz
     FROM gaps g
     LEFT JOIN memberships m ON m.entity_id = g.entity_id AND m.role = 'RESPONSABLE'
     WHERE g.position <= $4`,
    [threshold, target, SEEDED_AT, ITEMS_PER_PLAN],
  );
  return result.rowCount ?? 0;
}
