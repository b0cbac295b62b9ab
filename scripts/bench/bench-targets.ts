// Who the benchmark acts as and on what: drawn from the seeded dataset in a
// fixed order (md5 of ids), spread over many entities, so two runs on the
// same seed hit the same rows and no two in-flight saves share a row.
import pg from "pg";
import { ADVISOR_DEPARTMENT } from "./seed/national-entities";
import { BENCH_ADVISOR_EMAIL } from "./seed/seed-people";
import { sessionCookie } from "./session-cookie";

export type SaveTarget = { path: string; cookie: string; version: number };
export type PageTarget = { path: string; cookie: string };
export type BenchTargets = {
  saves: SaveTarget[];
  fillingPages: PageTarget[];
  /** The tablero of entities with full autodiagnósticos, opened as their planner. */
  dashboards: PageTarget[];
  /** The departmental advisor of the 125 alcaldías (workspace slot). */
  advisor: { cookie: string; departmentCode: string } | null;
  /** The seed number the dataset was built with (to regenerate its files). */
  seed: number;
  entities: number;
  dataset: string;
};

const SAVE_TARGETS = 4_000;

export async function loadBenchTargets(databaseUrl: string, secret: string): Promise<BenchTargets> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const seeded = await client.query<{ name: string }>(`SELECT name FROM seed_runs WHERE name LIKE 'bench:%'`).catch(() => ({ rowCount: 0, rows: [] }));
    if (!seeded.rowCount) throw new Error("La base del benchmark no tiene los datos nacionales: ejecute primero npm run bench:seed.");
    const { rows } = await client.query<{ entity_id: string; user_id: string; email: string; assessment_id: string; policy_code: string; activity_id: string; version: number }>(
      `SELECT sa.entity_id, u.id AS user_id, u.email, sa.id AS assessment_id, sa.policy_code, r.activity_id, r.version
       FROM self_assessments sa
       JOIN memberships m ON m.entity_id = sa.entity_id AND m.role = 'PLANEACION'
       JOIN users u ON u.id = m.user_id
       JOIN activity_responses r ON r.assessment_id = sa.id
       WHERE sa.vigencia = 2025 AND sa.state = 'BORRADOR'
       ORDER BY md5(r.id::text) LIMIT $1`,
      [SAVE_TARGETS],
    );
    const cookies = new Map<string, string>();
    for (const row of rows) if (!cookies.has(row.user_id)) cookies.set(row.user_id, await sessionCookie(secret, { id: row.user_id, email: row.email }));
    const saves = rows.map((r) => ({
      path: `/api/e/${r.entity_id}/autodiagnosticos/${r.assessment_id}/respuestas/${r.activity_id}`,
      cookie: cookies.get(r.user_id)!,
      version: r.version,
    }));
    const pages = new Map<string, PageTarget>();
    for (const r of rows) {
      const path = `/e/${r.entity_id}/autodiagnosticos/${r.policy_code}?vigencia=2025`;
      if (!pages.has(path)) pages.set(path, { path, cookie: cookies.get(r.user_id)! });
    }
    // Every entity among the save targets has full autodiagnósticos; its tablero opens without ?vigencia, as the summary's link does.
    const dashboards = new Map<string, PageTarget>();
    for (const r of rows) if (!dashboards.has(r.entity_id)) dashboards.set(r.entity_id, { path: `/e/${r.entity_id}/tablero`, cookie: cookies.get(r.user_id)! });
    const advisorRow = (await client.query<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [BENCH_ADVISOR_EMAIL])).rows[0];
    const advisor = advisorRow ? { cookie: await sessionCookie(secret, { id: advisorRow.id, email: BENCH_ADVISOR_EMAIL }), departmentCode: ADVISOR_DEPARTMENT } : null;
    const [counts] = (
      await client.query<Record<string, string>>(
        `SELECT (SELECT count(*) FROM entities) AS e, (SELECT count(*) FROM users) AS u, (SELECT count(*) FROM self_assessments) AS a, (SELECT count(*) FROM activity_responses) AS r,
          (SELECT count(*) FROM evidences) AS ev, (SELECT count(*) FROM action_plans) AS p, (SELECT count(*) FROM action_plan_items) AS pi, (SELECT count(*) FROM official_entity_results) AS o`,
      )
    ).rows;
    const dataset = `${counts!.e} entidades, ${counts!.u} personas, ${counts!.a} autodiagnósticos, ${counts!.r} respuestas, ${counts!.ev} evidencias (solo metadatos), ${counts!.p} planes de acción con ${counts!.pi} acciones, ${counts!.o} resultados oficiales`;
    const seed = Number(seeded.rows[0]!.name.slice("bench:".length));
    return { saves, fillingPages: [...pages.values()], dashboards: [...dashboards.values()], advisor, seed, entities: cookies.size, dataset };
  } finally {
    await client.end();
  }
}
