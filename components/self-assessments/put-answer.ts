// One autosave request, and what it means for the page.
export type Answer = { score: number | null; notApplicable: boolean; observations: string | null; version: number };

export type SaveOutcome =
  | { kind: "saved"; version: number }
  | { kind: "conflict"; theirs: Answer & { updatedByName: string | null } }
  | { kind: "offline" }
  | { kind: "failed"; message: string; retryable: boolean };

type Body = {
  version?: number;
  error?: string;
  fieldErrors?: Record<string, string[]>;
  details?: { current?: Answer & { updatedByName: string | null } };
};

export async function putAnswer(target: { entityId: string; assessmentId: string; activityId: string }, answer: Answer): Promise<SaveOutcome> {
  let response: Response;
  try {
    response = await fetch(`/api/e/${target.entityId}/autodiagnosticos/${target.assessmentId}/respuestas/${target.activityId}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ score: answer.score, notApplicable: answer.notApplicable, observations: answer.observations, baseVersion: answer.version }),
    });
  } catch {
    return { kind: "offline" };
  }
  const body = (await response.json().catch(() => ({}))) as Body;
  if (response.ok && typeof body.version === "number") return { kind: "saved", version: body.version };
  if (response.status === 409 && body.details?.current) return { kind: "conflict", theirs: body.details.current };
  const message = Object.values(body.fieldErrors ?? {})[0]?.[0] ?? body.error ?? "No se pudo guardar. Intente de nuevo.";
  // A server error may pass; a refused value (422, 403) will not.
  return { kind: "failed", message, retryable: response.status >= 500 };
}
