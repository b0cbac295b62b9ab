// Two people save the same activity at the same moment from the filling page
// (the page's own putAnswer, over the real route handler, on a pool of real
// connections): exactly one wins, the other gets a 409 in Spanish carrying
// the winner's value, the stored value is the winner's, and the loser's
// answer is still in hand to keep or drop — nothing is lost silently.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { putAnswer, type Answer, type SaveOutcome } from "@/components/self-assessments/put-answer";
import { createTenantFixture, type TenantFixture } from "../authorization/tenant-fixture";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUserId: async () => session.userId,
  requireSessionUserId: async () => session.userId ?? "",
}));

const ROUTE = "app/api/e/[entityId]/autodiagnosticos/[assessmentId]/respuestas/[activityId]/route.ts";
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

let f: TenantFixture;
let put: Handler;
const statuses: number[] = [];
const errors: string[] = [];

beforeAll(async () => {
  f = await createTenantFixture("concurrent");
  put = ((await import(/* @vite-ignore */ `${process.cwd()}/${ROUTE}`)) as { PUT: Handler }).PUT;
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await f?.close();
});

/** The browser's fetch, served by the route handler as the given person. */
function browserOf(userId: string) {
  return async (url: string, init: RequestInit) => {
    session.userId = userId; // read synchronously by the handler before its first await
    const [, , entityId, , assessmentId, , activityId] = url.split("/").slice(1);
    const response = await put(new Request(`http://localhost${url}`, init), { params: Promise.resolve({ entityId: entityId!, assessmentId: assessmentId!, activityId: activityId! }) });
    statuses.push(response.status);
    if (!response.ok) errors.push(((await response.clone().json()) as { error: string }).error);
    return response;
  };
}

function saveAs(userId: string, activityId: string, answer: Answer): Promise<SaveOutcome> {
  vi.stubGlobal("fetch", browserOf(userId));
  return putAnswer({ entityId: f.A.entityId, assessmentId: f.A.assessmentId, activityId }, answer);
}

describe("dos guardados simultáneos de la misma actividad", () => {
  it("uno gana, el otro recibe 409 con el valor ganador y conserva el suyo", async () => {
    const activityId = f.A.activityIds[0]!;
    const planner: Answer = { score: 80, notApplicable: false, observations: "Texto de planeación", version: 0 };
    const responsible: Answer = { score: 20, notApplicable: false, observations: "Texto del responsable", version: 0 };
    const outcomes = await Promise.all([saveAs(f.A.users.PLANEACION, activityId, planner), saveAs(f.A.users.RESPONSABLE, activityId, responsible)]);

    expect(statuses.sort()).toEqual([200, 409]);
    expect(errors[0]).toMatch(/Otra persona guardó esta actividad/);
    const won = outcomes.findIndex((o) => o.kind === "saved");
    const lost = 1 - won;
    const winner = [planner, responsible][won]!;
    const loser = outcomes[lost]!;
    expect(loser).toMatchObject({ kind: "conflict", theirs: { score: winner.score, observations: winner.observations, version: 1 } });
    expect((loser as { theirs: { updatedByName: string | null } }).theirs.updatedByName).toBeTruthy();

    const stored = await f.owner.activityResponse.findUniqueOrThrow({ where: { assessmentId_activityId: { assessmentId: f.A.assessmentId, activityId } } });
    expect(stored).toMatchObject({ score: winner.score, observations: winner.observations, version: 1 });
    const audit = await f.owner.auditLog.count({ where: { tableName: "activity_responses", recordId: stored.id } });
    expect(audit).toBe(1);

    // The loser still has their answer (use-autosave keeps `mine`) and keeps
    // it on top of the version they were shown: saved, nothing overwritten blindly.
    const mine = [planner, responsible][lost]!;
    const users = [f.A.users.PLANEACION, f.A.users.RESPONSABLE];
    const kept = await saveAs(users[lost]!, activityId, { ...mine, version: 1 });
    expect(kept).toEqual({ kind: "saved", version: 2 });
    expect(await f.owner.activityResponse.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ score: mine.score, observations: mine.observations });
  });
});
