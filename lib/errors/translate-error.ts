// THE error translator: every route handler and server action turns what it
// caught into a status and a Spanish message here. Validation -> 422 with
// field messages, missing or foreign -> 404, stale or duplicate -> 409,
// database unreachable -> 503 (try again), anything unexpected -> 500, logged with an id the person can quote.
import { randomUUID } from "node:crypto";
import { ZodError } from "zod";
import { AppError, type FieldErrors } from "./app-error";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "./database-unavailable";

export type ErrorBody = { error: string; fieldErrors?: FieldErrors; errorId?: string; details?: Record<string, unknown> };
export type TranslatedError = { status: number; body: ErrorBody };

function prismaCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^P\d{4}$/.test(code) ? code : undefined;
}

export function zodFieldErrors(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

export function translateError(error: unknown): TranslatedError {
  if (error instanceof AppError) {
    return {
      status: error.status,
      body: {
        error: error.message,
        ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
        ...(error.details ? { details: error.details } : {}),
      },
    };
  }
  if (error instanceof ZodError) {
    return { status: 422, body: { error: "Revise los datos enviados.", fieldErrors: zodFieldErrors(error) } };
  }
  if (isDatabaseUnavailable(error)) {
    console.warn(`[base de datos no disponible] ${(error as Error | null)?.message ?? String(error)}`);
    return { status: 503, body: { error: DATABASE_UNAVAILABLE_MESSAGE } };
  }
  switch (prismaCode(error)) {
    case "P2025":
    case "P2003": // a referenced row that RLS hides or that does not exist
      return { status: 404, body: { error: "No encontramos lo que busca, o no tiene acceso a ello." } };
    case "P2002":
      return { status: 409, body: { error: "Ya existe un registro con esos datos." } };
  }
  // Row-level security refused a write: only a foreign id can cause it.
  if (/row-level security/i.test((error as Error | null)?.message ?? "")) {
    return { status: 404, body: { error: "No encontramos lo que busca, o no tiene acceso a ello." } };
  }
  const errorId = randomUUID().slice(0, 8);
  console.error(`[error ${errorId}]`, error);
  return { status: 500, body: { error: `Ocurrió un error inesperado. Intente de nuevo; si persiste, informe el código ${errorId}.`, errorId } };
}
