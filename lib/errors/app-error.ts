// Errors the app raises on purpose, each with the HTTP status it means and a
// Spanish message that can be shown as is. Anything else is unexpected and is
// logged with an id (see translate-error.ts).
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429,
    message: string,
    readonly fieldErrors?: FieldErrors,
    /** Extra data the client needs to recover (e.g. the value that won a conflict). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Missing, or belonging to another entity: the same answer, so ids leak nothing. */
export class NotFoundError extends AppError {
  constructor(message = "No encontramos lo que busca, o no tiene acceso a ello.") {
    super(404, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "Su rol en esta entidad no permite esta acción.") {
    super(403, message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Su sesión terminó. Inicie sesión de nuevo.") {
    super(401, message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(409, message, undefined, details);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, fieldErrors?: FieldErrors) {
    super(422, message, fieldErrors);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(message: string) {
    super(429, message);
  }
}
