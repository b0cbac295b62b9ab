// The hot paths' direct SQL (lib/db/sql.ts) must give exactly the guarantees
// of withScope: the app role, row-level security per entity, the actor in
// the audit trail, and nothing kept when the work fails.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql, withScopeSql, withTenantSql, withUserSql } from "@/lib/db/sql";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { addMembership, createEntity, createUser } from "@/prisma/seed/factories";
import { createTestDatabase, type TestDatabase } from "./setup/database";

describe("SQL directo de las rutas frecuentes", () => {
  let database: TestDatabase;
  let owner: Db;
  let app: Db;
  const ids = { entityA: "", entityB: "", userA: "", userB: "" };

  beforeAll(async () => {
    database = await createTestDatabase("direct_sql");
    owner = createPrismaClient(database.url, { asAppRole: false });
    app = createPrismaClient(database.url);
    const base = { type: "ALCALDIA", departmentCode: "05", departmentName: "Antioquia" } as const;
    ids.entityA = (await createEntity(owner, { ...base, name: "Entidad A" })).id;
    ids.entityB = (await createEntity(owner, { ...base, name: "Entidad B" })).id;
    ids.userA = (await createUser(owner, { name: "Persona A" })).id;
    ids.userB = (await createUser(owner, { name: "Persona B" })).id;
    await addMembership(owner, ids.userA, ids.entityA, "ADMIN");
    await addMembership(owner, ids.userB, ids.entityB, "ADMIN");
  });

  afterAll(async () => {
    await owner?.$disconnect();
    await app?.$disconnect();
    await database?.drop();
  });

  it("trabaja con el rol de la aplicación, no con el de la conexión", async () => {
    const row = await withScopeSql({ userId: null }, (tx) => tx.first<{ role: string }>(sql`SELECT current_user AS role`), owner);
    expect(row).toEqual({ role: "faro_app" });
  });

  it("dentro de la entidad A, una consulta sin filtro solo ve las filas de A", async () => {
    const rows = await withTenantSql({ userId: ids.userA, entityId: ids.entityA }, (tx) => tx.rows<{ entityId: string }>(sql`SELECT entity_id::text AS "entityId" FROM memberships`), app);
    expect(rows).toEqual([{ entityId: ids.entityA }]);
    const none = await withScopeSql({ userId: null }, (tx) => tx.rows(sql`SELECT id FROM memberships`), app);
    expect(none).toEqual([]);
  });

  it("como persona ve sus propias filas y no las de otra", async () => {
    const rows = await withUserSql(ids.userA, (tx) => tx.rows<{ id: string }>(sql`SELECT id::text AS id FROM users`), app);
    expect(rows).toEqual([{ id: ids.userA }]);
  });

  it("los valores viajan como parámetros, nunca como texto de la consulta", async () => {
    const hostile = "x'); DELETE FROM memberships; --";
    const row = await withScopeSql({ userId: null }, (tx) => tx.first<{ value: string }>(sql`SELECT ${hostile}::text AS value`), app);
    expect(row).toEqual({ value: hostile });
    expect(await owner.membership.count()).toBe(2);
  });

  it("si el trabajo falla, nada queda guardado y la conexión vuelve sana al pool", async () => {
    await expect(
      withTenantSql({ userId: ids.userA, entityId: ids.entityA }, async (tx) => {
        await tx.rows(sql`UPDATE entities SET name = 'Cambiado' WHERE id = ${ids.entityA}::uuid`);
        throw new Error("falla a mitad de camino");
      }, app),
    ).rejects.toThrow("falla a mitad de camino");
    expect((await owner.entity.findUniqueOrThrow({ where: { id: ids.entityA } })).name).toBe("Entidad A");
    const after = await withTenantSql({ userId: ids.userA, entityId: ids.entityA }, (tx) => tx.first<{ name: string }>(sql`SELECT name FROM entities WHERE id = ${ids.entityA}::uuid`), app);
    expect(after).toEqual({ name: "Entidad A" });
  });

  it("el registro de auditoría nombra a quien cambió la fila", async () => {
    await withTenantSql({ userId: ids.userA, entityId: ids.entityA }, (tx) => tx.rows(sql`UPDATE entities SET name = 'Entidad A (editada)' WHERE id = ${ids.entityA}::uuid`), app);
    const [entry] = await owner.$queryRaw<{ actor: string | null }[]>`SELECT actor_user_id::text AS actor FROM audit_log WHERE table_name = 'entities' AND record_id = ${ids.entityA} ORDER BY id DESC LIMIT 1`;
    expect(entry?.actor).toBe(ids.userA);
  });
});
