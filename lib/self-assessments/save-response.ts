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
    if (!current) throw error;
    throw new ResponseConflictError(current);
  }
}

async function writeResponse(ctx: EntityContext, target: { assessmentId: string; activityId: string }, input: SaveResponseInput): Promise<SavedResponse> {
  return withTenant(ctx, async (db) => {
    const assessment = await db.selfAssessment.findUnique({
      where: { id: target.assessmentId },
      select: { id: true, state: true, policyCode: true, instrumentId: true },
    });
    if (!assessment) throw new NotFoundError();
    requirePermission(ctx, "autodiagnostico.edit", assessment.policyCode);
    const activity = await db.instrumentActivity.findFirst({ where: { id: target.activityId, instrumentId: assessment.instrumentId }, select: { id: true } });
    if (!activity) throw new NotFoundError();
    if (assessment.state !== "BORRADOR") {
      throw new ConflictError("Este autodiagnóstico ya fue enviado a revisión o aprobado: no se puede modificar.");
    }

    const data = {
      score: input.notApplicable ? null : input.score,
      notApplicable: input.notApplicable,
      observations: input.observations || null,
      updatedById: ctx.userId,
    };
    const where = { assessmentId_activityId: { assessmentId: assessment.id, activityId: activity.id } };
    const stored = await db.activityResponse.findUnique({ where, select: RESPONSE_SELECT });
    const currentVersion = stored?.version ?? 0;
    if (currentVersion !== input.baseVersion) {
      // A base version the server never issued (a client's stale or forged
      // state) is a conflict too; with no row yet, "current" is the empty answer.
      const current = stored ?? { activityId: activity.id, score: null, notApplicable: false, observations: null, version: 0, updatedAt: new Date(0), updatedById: null };
      throw new ResponseConflictError(await describe(db, current));
    }

    const saved = stored
      ? await db.activityResponse.update({ where: { ...where, version: input.baseVersion }, data: { ...data, version: { increment: 1 } }, select: RESPONSE_SELECT })
      : await db.activityResponse.create({ data: { ...data, entityId: ctx.entityId, assessmentId: assessment.id, activityId: activity.id }, select: RESPONSE_SELECT });
    return describe(db, saved);
  });
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
