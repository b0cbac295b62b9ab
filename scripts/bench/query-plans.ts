// npx tsx scripts/bench/query-plans.ts — EXPLAIN (ANALYZE, BUFFERS) of the heavy queries on
// the national dataset, as the app runs them: role faro_app with the tenant
// context set, so the row-level-security predicates are in the plan. Writes
// docs/query-plans/<name>.md; run it again after a schema or query change
// and compare. Each query names the index it is designed to use.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { openBenchServer } from "./bench-database";

type Sample = {
  entityId: string;
  userId: string;
  advisorId: string;
  membershipId: string;
  assessmentId: string;
  activityId: string;
  instrumentId: string;
  assessmentIds: string[];
  /** The entity's official results, oldest vigencia first. */
  resultIds: string[];
};
/** `advisor`: as the bench's advisor of department 05 (user context, no entity), like withAdvisor. */
type PlannedQuery = { name: string; title: string; why: string; expects: string; system?: boolean; advisor?: boolean; sql: string; params(s: Sample): unknown[] };

const QUERIES: PlannedQuery[] = [
  {
    name: "save-score-membership",
    title: "Contexto de la entidad: membresía, entidad, persona y políticas asignadas (una consulta)",
    why: "Cada solicitud de una entidad empieza aquí (loadEntityContext).",
    expects: "Index Scan en memberships_entity_id_user_id_key, entities_pkey, users_pkey y policy_assignments_membership_id_policy_code_key.",
    sql: `SELECT m.role::text AS role, e.id, e.name, u.is_active,
            array(SELECT pa.policy_code::text FROM policy_assignments pa WHERE pa.membership_id = m.id ORDER BY pa.policy_code) AS codes
          FROM memberships m JOIN entities e ON e.id = m.entity_id JOIN users u ON u.id = m.user_id
          WHERE m.entity_id = $1 AND m.user_id = $2`,
    params: (s) => [s.entityId, s.userId],
  },
  {
    name: "save-score-assessment-activity",
    title: "Guardar puntaje: autodiagnóstico y actividad en una consulta",
    why: "Estado, política (permiso del responsable) y que la actividad sea del instrumento, antes de escribir.",
    expects: "Index Scan en self_assessments_pkey e instrument_activities_pkey.",
    sql: `SELECT sa.state::text, sa.policy_code, ia.id FROM self_assessments sa
          LEFT JOIN instrument_activities ia ON ia.id = $2 AND ia.instrument_id = sa.instrument_id WHERE sa.id = $1`,
    params: (s) => [s.assessmentId, s.activityId],
  },
  {
    name: "save-score-update",
    title: "Guardar puntaje: UPDATE condicional por versión",
    why: "La escritura del autoguardado (concurrencia optimista).",
    expects: "Index Scan en la llave única; una fila.",
    sql: `UPDATE activity_responses SET score = score, version = version + 1 WHERE assessment_id = $1 AND activity_id = $2 AND version = version RETURNING version`,
    params: (s) => [s.assessmentId, s.activityId],
  },
  {
    name: "filling-page-responses",
    title: "Página de diligenciamiento: respuestas de un autodiagnóstico",
    why: "Carga todas las respuestas de la política para pintar la página y calcular el puntaje.",
    expects: "Index Scan (prefijo assessment_id) en activity_responses_assessment_id_activity_id_key.",
    sql: `SELECT activity_id, score, not_applicable, observations, version FROM activity_responses WHERE assessment_id = $1`,
    params: (s) => [s.assessmentId],
  },
  {
    name: "filling-page-activities",
    title: "Página de diligenciamiento: actividades del instrumento",
    why: "El instrumento de referencia de la política, en orden.",
    expects: "Index Scan en instrument_activities_instrument_id_sort_order_key (ya ordenado).",
    sql: `SELECT id, code, activity_text, rubric FROM instrument_activities WHERE instrument_id = $1 ORDER BY sort_order`,
    params: (s) => [s.instrumentId],
  },
  {
    name: "entity-dashboard-vigencia",
    title: "Tablero de la entidad: la última vigencia con autodiagnósticos",
    why: "El tablero abre sin ?vigencia desde el resumen de la entidad (dashboardVigencia).",
    expects: "Index Only/Index Scan hacia atrás en self_assessments_entity_id_vigencia_policy_code_key; una fila.",
    sql: `SELECT id, vigencia FROM self_assessments WHERE entity_id = $1 AND vigencia <= 2026 ORDER BY vigencia DESC LIMIT 1`,
    params: (s) => [s.entityId],
  },
  {
    name: "entity-dashboard-assessments",
    title: "Tablero de la entidad: los 19 autodiagnósticos de la vigencia",
    why: "loadPolicyOverview: estado e instrumento de cada política.",
    expects: "Index Scan en self_assessments_entity_id_vigencia_policy_code_key; 19 filas.",
    sql: `SELECT id, policy_code, state::text, instrument_id FROM self_assessments WHERE entity_id = $1 AND vigencia = 2025`,
    params: (s) => [s.entityId],
  },
  {
    name: "entity-dashboard-responses",
    title: "Tablero de la entidad: todas las respuestas de los 19 autodiagnósticos",
    why: "El puntaje de cada política sale de lib/scoring sobre cada respuesta (≈ 240 filas); Prisma la envía como assessment_id IN (19 ids).",
    expects: "Index Scan (prefijo assessment_id) en activity_responses_assessment_id_activity_id_key, una búsqueda por autodiagnóstico.",
    sql: `SELECT id, activity_id, score, not_applicable, assessment_id FROM activity_responses WHERE assessment_id = ANY($1::uuid[])`,
    params: (s) => [s.assessmentIds],
  },
  {
    name: "entity-dashboard-responsibles",
    title: "Tablero de la entidad: responsables de cada política",
    why: "loadPolicyOverview nombra a los responsables; Prisma filtra por el rol de la membresía con un LEFT JOIN.",
    expects: "Index Scan por entity_id en policy_assignments (o la llave de membresía) y memberships_pkey.",
    sql: `SELECT pa.id, pa.policy_code, pa.membership_id FROM policy_assignments pa LEFT JOIN memberships j0 ON j0.id = pa.membership_id WHERE pa.entity_id = $1 AND j0.role = 'RESPONSABLE'`,
    params: (s) => [s.entityId],
  },
  {
    name: "department-workspace",
    title: "Espacio del asesor: resultados oficiales de las 125 alcaldías de Antioquia (readDepartmentRows)",
    why: "La consulta principal de /asesoria/05: una fila por entidad del departamento en la vigencia, con sus 19 puntajes como un objeto JSON (una ida y vuelta).",
    expects: "Index Scan en official_entity_results_vigencia_department_code_idx (solo las filas del departamento), 19 búsquedas por la llave primaria de official_policy_scores por fila, y el índice único de entities por código SIGEP; sin JIT.",
    advisor: true,
    sql: `SELECT r.sigep_code, r.entity_name, r.municipality_name, coalesce(r.entity_id, e.id)::text AS entity_id, r.meci_only, r.idi,
           (SELECT json_object_agg(s.policy_code, s.score) FROM official_policy_scores s WHERE s.result_id = r.id) AS scores
          FROM official_entity_results r
          LEFT JOIN entities e ON e.sigep_code = r.sigep_code AND e.department_code = r.department_code
          WHERE r.department_code = '05' AND r.vigencia = 2025`,
    params: () => [],
  },
  {
    name: "entity-peer-position",
    title: "Posición en el grupo par: IDI y 19 políticas de un resultado oficial (loadPeerPosition)",
    why: "Tablero y página de resultados de la entidad. Antes agregaba todo el grupo par en cada solicitud (66 ms en los datos nacionales); ahora lee las cifras que la importación calcula (lib/results/peer-stats.ts).",
    expects: "Index Scan en official_entity_results_pkey, official_peer_group_stats_pkey (prefijo vigencia, peer_group; 20 filas), official_peer_standings_pkey y official_policy_scores_pkey (una búsqueda por código).",
    sql: `SELECT g.code, g.group_size, g.median, k.position, k.percentile,
            CASE WHEN k.result_id IS NULL THEN NULL WHEN g.code = 'IDI' THEN me.idi ELSE p.score END AS score
          FROM official_entity_results me
          JOIN official_peer_group_stats g ON g.vigencia = me.vigencia AND g.peer_group = me.peer_group
          LEFT JOIN official_peer_standings k ON k.result_id = me.id AND k.code = g.code
          LEFT JOIN official_policy_scores p ON p.result_id = me.id AND p.policy_code = g.code
          WHERE me.id = $1::uuid ORDER BY g.code = 'IDI' DESC, g.code`,
    params: (s) => [s.resultIds.at(-1)],
  },
  {
    name: "entity-dashboard-peer-medians",
    title: "Tablero de la entidad: mediana del IDI del grupo par en cada vigencia (peerMedianIdis)",
    why: "La tendencia oficial del tablero compara el IDI de cada vigencia con la mediana de su grupo par (antes 8,7 ms agregando los grupos).",
    expects: "Index Scan en official_entity_results_pkey (un id por vigencia) y official_peer_group_stats_pkey (una fila por resultado).",
    sql: `SELECT me.id::text AS id, g.median FROM official_entity_results me
          JOIN official_peer_group_stats g ON g.vigencia = me.vigencia AND g.peer_group = me.peer_group AND g.code = 'IDI'
          WHERE me.id = ANY($1::uuid[])`,
    params: (s) => [s.resultIds],
  },
];

async function sample(client: pg.Client): Promise<Sample> {
  const { rows } = await client.query<Sample>(
    `SELECT sa.entity_id AS "entityId", m.user_id AS "userId", m.id AS "membershipId", sa.id AS "assessmentId", r.activity_id AS "activityId", sa.instrument_id AS "instrumentId",
       array(SELECT x.id::text FROM self_assessments x WHERE x.entity_id = sa.entity_id AND x.vigencia = 2025) AS "assessmentIds"
       , (SELECT t.user_id FROM advisor_territories t WHERE t.department_code = '05' LIMIT 1) AS "advisorId"
       , array(SELECT o.id::text FROM official_entity_results o WHERE o.entity_id = sa.entity_id ORDER BY o.vigencia) AS "resultIds"
     FROM self_assessments sa JOIN memberships m ON m.entity_id = sa.entity_id AND m.role = 'PLANEACION'
     JOIN activity_responses r ON r.assessment_id = sa.id
     WHERE sa.vigencia = 2025 AND sa.policy_code = 'POL03' ORDER BY md5(r.id::text) LIMIT 1`,
  );
  if (!rows[0]) throw new Error("Ejecute primero npm run bench:seed.");
  return rows[0];
}

async function main() {
  const db = openBenchServer();
  const client = new pg.Client({ connectionString: db.databaseUrl });
  await client.connect();
  const dir = path.join(process.cwd(), "docs", "query-plans");
  mkdirSync(dir, { recursive: true });
  try {
    const s = await sample(client);
    for (const q of QUERIES) {
      // Three runs, the last one kept: the app's pooled connections are warm
      // (cached pages, compiled trigger functions), and so is this plan.
      let plan = "";
      for (let run = 0; run < 3; run++) {
        await client.query("BEGIN");
        await client.query(`SELECT set_config('role', 'faro_app', true), set_config('faro.user_id', $1, true), set_config('faro.entity_id', $2, true), set_config('faro.system', $3, true)`, [
          q.advisor ? s.advisorId : s.userId,
          q.system || q.advisor ? "" : s.entityId,
          q.system ? "on" : "",
        ]);
        const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${q.sql}`, q.params(s));
        await client.query("ROLLBACK");
        plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
      }
      const body = [`# ${q.title}`, "", `**Por qué importa:** ${q.why}`, "", `**Plan esperado:** ${q.expects}`, "", "```sql", q.sql.replace(/\s+/g, " ").trim(), "```", "", `Plan real (npx tsx scripts/bench/query-plans.ts, datos de npm run bench:seed; contexto ${q.system ? "de sistema" : q.advisor ? "del asesor del departamento 05, rol faro_app con RLS" : "de la entidad, rol faro_app con RLS"}):`, "", "```", plan, "```", ""].join("\n");
      writeFileSync(path.join(dir, `${q.name}.md`), body);
      console.log(`${q.name}: ${/Execution Time: ([\d.]+ ms)/.exec(plan)?.[1] ?? "?"}`);
    }
  } finally {
    await client.end();
    db.stop();
  }
}

main().catch((error) => {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
});
