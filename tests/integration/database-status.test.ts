// The health route and the start-up check both rely on checkDatabase: it must
// tell apart "unreachable", "pending migrations" and "ready", with a message
// that says what to do.
import { afterAll, describe, expect, it } from "vitest";
import { checkDatabase } from "@/lib/db/status";
import { createEmptyDatabase, createTestDatabase, type TestDatabase } from "./setup/database";

const created: TestDatabase[] = [];
afterAll(async () => Promise.all(created.map((d) => d.drop())));

describe("checkDatabase", () => {
  it("informa que la base de datos no responde", async () => {
    const status = await checkDatabase("postgresql://nadie@127.0.0.1:1/nada");
    expect(status).toMatchObject({ ok: false, db: "unreachable" });
    expect(!status.ok && status.reason).toMatch(/No se pudo conectar.*DATABASE_URL/);
  });

  it("informa las migraciones pendientes y cómo aplicarlas", async () => {
    const empty = await createEmptyDatabase("status_pending");
    created.push(empty);
    const status = await checkDatabase(empty.url);
    expect(status).toMatchObject({ ok: false, db: "ok", migrations: "pending" });
    expect(!status.ok && status.reason).toContain("npm run db:migrate");
  });

  it("está lista cuando todas las migraciones están aplicadas", async () => {
    const ready = await createTestDatabase("status_ready");
    created.push(ready);
    expect(await checkDatabase(ready.url)).toEqual({ ok: true, db: "ok", migrations: "up-to-date" });
  });
});
