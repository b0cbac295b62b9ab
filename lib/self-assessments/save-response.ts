// Saves one activity's score, "no aplica" and observations with optimistic
// concurrency: the save names the version it was based on, and if someone
// else saved in between, nothing is overwritten — the caller gets a conflict
// with the other person's value and chooses.
import { requirePermission, type EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
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

const RESPONSE_SELECT = {
  activityId: true,
  score: true,
  notApplicable: true,
  observations: true,
  version: true,
  updatedAt: true,
  updatedById: true,
} as const;

function isLostRace(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "P2025" || code === "P2002";
}

export async function saveActivityResponse(
  ctx: EntityContext,
  target: { assessmentId: string; activityId: string },
  input: SaveResponseInput,
): Promise<SavedResponse> {
  try {
    return await writeResponse(ctx, target, input);
  } catch (error) {
    // Two saves at the same moment: the row lock lets one through and the
    // other's conditional write finds nothing. The failed transaction is
    // gone, so the current value is read in a new one.
    if (!isLostRace(error)) throw error;
    const current = await withTenant(ctx, async (db) => {
      const row = await db.activityResponse.findUnique({
        where: { assessmentId_activityId: { assessmentId: target.assessmentId, activityId: target.activityId } },
        select: RESPONSE_SELECT,
      });
      return row ? describe(db, row) : null;
    });
    // No row at all: the base version named one the server never issued (a
    // stale or forged client state); what is stored is the empty answer.
    throw new ResponseConflictError(current ?? emptyAnswer(target.activityId));
  }
}

// Three statements on the hot path (the autosave of every score): the
// assessment with its activity in one query, then the write itself, whose
// version condition detects a concurrent or stale save (caught above), then
// the name of who saved.
async function writeResponse(ctx: EntityContext, target: { assessmentId: string; activityId: string }, input: SaveResponseInput): Promise<SavedResponse> {
  return withTenant(ctx, async (db) => {
    const [assessment] = await db.$queryRaw<{ state: string; policyCode: string; activityId: string | null }[]>`
      SELECT sa.state::text AS state, sa.policy_code AS "policyCode", ia.id AS "activityId"
      FROM self_assessments sa
      LEFT JOIN instrument_activities ia ON ia.id = ${target.activityId}::uuid AND ia.instrument_id = sa.instrument_id
      WHERE sa.id = ${target.assessmentId}::uuid`;
    if (!assessment) throw new NotFoundError();
    requirePermission(ctx, "autodiagnostico.edit", assessment.policyCode);
    if (!assessment.activityId) throw new NotFoundError();
    if (assessment.state !== "BORRADOR") {
      throw new ConflictError("Este autodiagnóstico ya fue enviado a revisión o aprobado: no se puede modificar.");
    }

    const data = {
      score: input.notApplicable ? null : input.score,
      notApplicable: input.notApplicable,
      observations: input.observations || null,
      updatedById: ctx.userId,
    };
    const where = { assessmentId_activityId: { assessmentId: target.assessmentId, activityId: target.activityId } };
    // Version 0 means "nothing saved yet": a create, refused (P2002) if someone
    // created it first. Otherwise an update of exactly that version (P2025 if
    // it moved on). Both are turned into a conflict with the stored value.
    const saved =
      input.baseVersion === 0
        ? await db.activityResponse.create({ data: { ...data, entityId: ctx.entityId, assessmentId: target.assessmentId, activityId: target.activityId }, select: RESPONSE_SELECT })
        : await db.activityResponse.update({ where: { ...where, version: input.baseVersion }, data: { ...data, version: { increment: 1 } }, select: RESPONSE_SELECT });
    return describe(db, saved);
  });
}

function emptyAnswer(activityId: string): SavedResponse {
  return { activityId, score: null, notApplicable: false, observations: null, version: 0, updatedAt: new Date(0).toISOString(), updatedByName: null };
}

async function describe(
  db: Parameters<Parameters<typeof withTenant>[1]>[0],
  row: { activityId: string; score: number | null; notApplicable: boolean; observations: string | null; version: number; updatedAt: Date; updatedById: string | null },
): Promise<SavedResponse> {
  const user = row.updatedById ? await db.user.findUnique({ where: { id: row.updatedById }, select: { name: true } }) : null;
  return {
    activityId: row.activityId,
    score: row.score,
    notApplicable: row.notApplicable,
    observations: row.observations,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedByName: user?.name ?? null,
  };
}
