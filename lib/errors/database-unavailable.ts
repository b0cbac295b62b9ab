// Recognises "the database cannot be reached right now" (server restarting,
// failover, network cut, every pooled connection busy) anywhere in an
// error's cause chain, whether it comes from pg, the Prisma driver adapter
// or Prisma itself. Such a request is answered 503 "intente de nuevo": the
// pool opens fresh connections on the next request, so nothing has to restart.
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
// SQLSTATE class 08 (connection exception) and the shutdown codes of class 57.
const SQLSTATE = /^(08\d{3}|57P0[1-3])$/;
// P1001 can't reach, P1002 timed out, P1017 server closed, P2024 pool timeout, P2028 transaction could not start in time.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024", "P2028"]);
const MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database server|server closed the connection|the database system is (shutting down|starting up)|terminating connection due to administrator command|Unable to start a transaction in the given time|Client has encountered a connection error/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown; kind?: unknown };
    for (const code of [e.code, e.originalCode]) {
      if (typeof code === "string" && (NETWORK_CODES.has(code) || SQLSTATE.test(code) || PRISMA_CODES.has(code))) return true;
    }
    if (e.kind === "DatabaseNotReachable" || e.kind === "ConnectionClosed" || e.kind === "SocketTimeout") return true;
    if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}

export const DATABASE_UNAVAILABLE_MESSAGE = "La base de datos no está disponible en este momento. Intente de nuevo en unos segundos; lo que no alcanzó a guardarse sigue en su pantalla.";
