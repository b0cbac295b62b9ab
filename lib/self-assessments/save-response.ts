// Saves one activity's score, "no aplica" and observations with optimistic
// concurrency: the save names the version it was based on, and if someone
// else saved in between, nothing is overwritten — the caller gets a conflict
// with the other person's value and chooses.
import { requirePermission, type EntityContext } from "@/lib/authz/entity-context";
import { randomUUID } from "node:crypto";
import { sql, withTenantSql } from "@/lib/db/sql";
import { ConflictError, NotFoundError } from "@/lib/errors/app-error";
import type { SaveResponseInput } from "./schemas";

export type SavedResponse = {
  activityId: string;
  score: number | null;
  notApplicable: boolean;
  observations: string | null;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
};

/** A conflict carries what is stored now, so the person can compare and choose. */
export class ResponseConflictError extends ConflictError {
  constructor(readonly current: SavedResponse) {
    super("Otra persona guardó esta actividad mientras usted la editaba. Compare los valores y elija cuál conservar.", { current });
  }
}

type ResponseRow = Omit<SavedResponse, "updatedAt"> & { updatedAt: Date };

// What a save answers with: the stored row and the name of who saved it.
const RETURNED = `activity_id::text AS "activityId", score, not_applicable AS "notApplicable", observations, version, updated_at AS "updatedAt",
  (SELECT u.name FROM users u WHERE u.id = updated_by_id) AS "updatedByName"`;

export async function saveActivityResponse(
  ctx: EntityContext,
  target: { assessmentId: string; activityId: string },
  input: SaveResponseInput,
): Promise<SavedResponse> {
  const saved = await writeResponse(ctx, target, input);
  if (saved) return toSaved(saved);
  // Two saves at the same moment: the row lock lets one through and the
  // other's conditional write finds nothing (or the base version named one
  // that moved on). The conflict carries what is stored now.
  const current = await withTenantSql(ctx, (tx) =>
    tx.first<ResponseRow>({
      text: `SELECT ${RETURNED} FROM activity_responses WHERE assessment_id = $1::uuid AND activity_id = $2::uuid`,
      values: [target.assessmentId, target.activityId],
    }),
  );
  // No row at all: the base version named one the server never issued (a
  // stale or forged client state); what is stored is the empty answer.
  throw new ResponseConflictError(current ? toSaved(current) : emptyAnswer(target.activityId));
}

// The autosave of every score: two statements in one transaction, straight to
// the driver (lib/db/sql.ts) — the assessment with its activity, then the
// conditional write, which returns the row with the saver's name, or nothing
// when a concurrent or stale save lost (version 0 = "nothing saved yet": an
// insert that finds the row already there).
async function writeResponse(ctx: EntityContext, target: { assessmentId: string; activityId: string }, input: SaveResponseInput): Promise<ResponseRow | null> {
  return withTenantSql(ctx, async (tx) => {
    const assessment = await tx.first<{ state: string; policyCode: string; activityId: string | null }>(sql`
      SELECT sa.state::text AS state, sa.policy_code AS "policyCode", ia.id::text AS "activityId"
      FROM self_assessments sa
      LEFT JOIN instrument_activities ia ON ia.id = ${target.activityId}::uuid AND ia.instrument_id = sa.instrument_id
      WHERE sa.id = ${target.assessmentId}::uuid`);
    if (!assessment) throw new NotFoundError();
    requirePermission(ctx, "autodiagnostico.edit", assessment.policyCode);
    if (!assessment.activityId) throw new NotFoundError();
    if (assessment.state !== "BORRADOR") {
      throw new ConflictError("Este autodiagnóstico ya fue enviado a revisión o aprobado: no se puede modificar.");
    }
    const score = input.notApplicable ? null : input.score;
    const observations = input.observations || null;
    const values = [target.assessmentId, target.activityId, score, input.notApplicable, observations, ctx.userId];
    return input.baseVersion === 0
      ? tx.first<ResponseRow>({
          text: `INSERT INTO activity_responses AS r (id, entity_id, assessment_id, activity_id, score, not_applicable, observations, updated_by_id, updated_at)
                 VALUES ($7::uuid, $8::uuid, $1::uuid, $2::uuid, $3, $4, $5, $6::uuid, now())
                 ON CONFLICT (assessment_id, activity_id) DO NOTHING RETURNING ${RETURNED}`,
          values: [...values, randomUUID(), ctx.entityId],
        })
      : tx.first<ResponseRow>({
          text: `UPDATE activity_responses SET score = $3, not_applicable = $4, observations = $5, updated_by_id = $6::uuid, updated_at = now(), version = version + 1
                 WHERE assessment_id = $1::uuid AND activity_id = $2::uuid AND version = $7 RETURNING ${RETURNED}`,
          values: [...values, input.baseVersion],
        });
  });
}

function toSaved(row: ResponseRow): SavedResponse {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

function emptyAnswer(activityId: string): SavedResponse {
  return { activityId, score: null, notApplicable: false, observations: null, version: 0, updatedAt: new Date(0).toISOString(), updatedByName: null };
}
