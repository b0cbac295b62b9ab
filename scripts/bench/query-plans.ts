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
/** `advisor`: as the bench's advisor of department 05 (user context, no entity), like withAdvisor; `user`: as the sample person with no entity (withUser). */
type PlannedQuery = { name: string; title: string; why: string; expects: string; system?: boolean; advisor?: boolean; user?: boolean; sql: string; params(s: Sample): unknown[] };

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
    title: "Guardar puntaje: UPDATE condicional por versión, con el nombre de quien guardó",
    why: "La escritura del autoguardado (concurrencia optimista, lib/self-assessments/save-response.ts): devuelve la fila guardada, o ninguna si otra persona guardó antes.",
    expects: "Index Scan en activity_responses_assessment_id_activity_id_key; una fila; users_pkey para el nombre.",
    sql: `UPDATE activity_responses SET score = score, updated_at = now(), version = version + 1
          WHERE assessment_id = $1 AND activity_id = $2 AND version = version
          RETURNING activity_id, score, version, (SELECT u.name FROM users u WHERE u.id = updated_by_id) AS updated_by_name`,
    params: (s) => [s.assessmentId, s.activityId],
  },
  {
    name: "app-shell-user",
    title: "Encabezado de toda página: persona, membresías con su entidad, territorios de asesoría y notificaciones sin leer (una consulta)",
    why: "Cada página de la aplicación empieza aquí (lib/auth/current-user.ts); antes eran cuatro consultas de Prisma en su propia transacción.",
    expects: "Index Scan en users_pkey, memberships por user_id, entities_pkey, advisor_territories por user_id y notifications_user_id_read_at_idx (conteo de las no leídas).",
    user: true,
    sql: `SELECT u.id, u.name, u.is_active,
            coalesce((SELECT json_agg(json_build_object('role', m.role, 'entity', json_build_object('id', e.id, 'name', e.name)) ORDER BY e.name, e.id)
              FROM memberships m JOIN entities e ON e.id = m.entity_id WHERE m.user_id = u.id), '[]') AS memberships,
            coalesce((SELECT json_agg(t.department_code) FROM advisor_territories t WHERE t.user_id = u.id), '[]') AS territories,
            (SELECT count(*) FROM notifications n WHERE n.user_id = u.id AND n.read_at IS NULL)::int AS unread
          FROM users u WHERE u.id = $1`,
    params: (s) => [s.userId],
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
    name: "entity-dashboard-catalog",
    title: "Tablero de la entidad: tipo de entidad y catálogo (dimensiones y políticas) de la vigencia, en una consulta",
    why: "readPolicyOverview (lib/self-assessments/load-policy-overview.ts): la versión del catálogo fijada para la vigencia, o la última elegida, o la B; con sus 7 dimensiones y 19 políticas como JSON.",
    expects: "Index Scan en entities_pkey y entity_catalog_versions_entity_id_vigencia_key; catálogo por llave primaria o por código; dimensiones y políticas por su llave foránea (decenas de filas).",
    sql: `SELECT e.type::text,
            (SELECT json_build_object('code', cv.code, 'dimensions', COALESCE((
                SELECT json_agg(json_build_object('number', d.number, 'policies', COALESCE((
                    SELECT json_agg(json_build_object('code', p.code, 'name', p.name) ORDER BY p.sort_order)
                    FROM catalog_policies p WHERE p.dimension_id = d.id), '[]'::json)) ORDER BY d.number)
                FROM catalog_dimensions d WHERE d.version_id = cv.id), '[]'::json))
             FROM catalog_versions cv
             WHERE CASE WHEN pin.version_id IS NULL THEN cv.code = 'B' ELSE cv.id = pin.version_id END
             ORDER BY cv.created_at DESC LIMIT 1) AS catalog
          FROM entities e
          LEFT JOIN LATERAL (SELECT ecv.version_id FROM entity_catalog_versions ecv WHERE ecv.entity_id = e.id
                             ORDER BY ecv.vigencia = 2025 DESC, ecv.vigencia DESC LIMIT 1) pin ON true
          WHERE e.id = $1`,
    params: (s) => [s.entityId],
  },
  {
    name: "entity-dashboard-assessments",
    title: "Tablero de la entidad: los 19 autodiagnósticos de la vigencia con todas sus respuestas, en una consulta",
    why: "El puntaje de cada política sale de lib/scoring sobre cada respuesta (≈ 240 filas), así que se leen todas; cada autodiagnóstico trae las suyas como JSON.",
    expects: "Index Scan en self_assessments_entity_id_vigencia_policy_code_key (19 filas) y, por cada una, en activity_responses_assessment_id_activity_id_key (prefijo assessment_id). La política de lectura del asesor no se evalúa dentro del contexto de la entidad (migración 20261122093000).",
    sql: `SELECT sa.id, sa.policy_code, sa.state::text, sa.instrument_id,
            COALESCE((SELECT json_agg(json_build_array(r.activity_id, r.score, r.not_applicable)) FROM activity_responses r WHERE r.assessment_id = sa.id), '[]'::json) AS responses
          FROM self_assessments sa WHERE sa.entity_id = $1 AND sa.vigencia = 2025`,
    params: (s) => [s.entityId],
  },
  {
    name: "entity-dashboard-responsibles",
    title: "Tablero de la entidad: responsables de cada política",
    why: "readPolicyOverview nombra a los responsables de cada política.",
    expects: "Index Scan por entity_id en policy_assignments, memberships_pkey y users_pkey.",
    sql: `SELECT pa.policy_code, u.name FROM policy_assignments pa JOIN memberships m ON m.id = pa.membership_id JOIN users u ON u.id = m.user_id
          WHERE pa.entity_id = $1 AND m.role = 'RESPONSABLE' ORDER BY pa.id`,
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
          q.system || q.advisor || q.user ? "" : s.entityId,
          q.system ? "on" : "",
        ]);
        const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${q.sql}`, q.params(s));
        await client.query("ROLLBACK");
        plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
      }
      const body = [`# ${q.title}`, "", `**Por qué importa:** ${q.why}`, "", `**Plan esperado:** ${q.expects}`, "", "```sql", q.sql.replace(/\s+/g, " ").trim(), "```", "", `Plan real (npx tsx scripts/bench/query-plans.ts, datos de npm run bench:seed; contexto ${q.system ? "de sistema" : q.advisor ? "del asesor del departamento 05, rol faro_app con RLS" : q.user ? "de la persona, sin entidad, rol faro_app con RLS" : "de la entidad, rol faro_app con RLS"}):`, "", "```", plan, "```", ""].join("\n");
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
