import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-unavailable";
import { translateError } from "./translate-error";

describe("isDatabaseUnavailable", () => {
  it.each([
    ["pg: conexión rechazada", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["pg: servidor apagándose", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
    ["pool: tiempo de conexión agotado", new Error("timeout exceeded when trying to connect")],
    ["adaptador de Prisma con causa", Object.assign(new Error("Driver adapter error"), { cause: { kind: "DatabaseNotReachable" } })],
    ["Prisma: transacción sin iniciar a tiempo", Object.assign(new Error("Transaction API error"), { code: "P2028" })],
  ])("%s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("no confunde otros errores", () => {
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("unique"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it("el traductor responde 503 en español, sin detalles internos", () => {
    const { status, body } = translateError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }));
    expect(status).toBe(503);
    expect(body.error).toMatch(/Intente de nuevo/);
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
  });
});
