// Row-level security is the net under every query: even a query with no
// entity filter must not return or change another entity's rows, and the
// app must run as a role that RLS applies to.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withScope, withTenant } from "@/lib/db/context";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { addMembership, createEntity, createUser } from "@/prisma/seed/factories";
import { createTestDatabase, type TestDatabase } from "./setup/database";

describe("seguridad a nivel de filas (RLS)", () => {
  let database: TestDatabase;
  let owner: Db;
  let app: Db;
  const ids = { entityA: "", entityB: "", userA: "", userB: "", membershipB: "" };

  beforeAll(async () => {
    database = await createTestDatabase("rls");
    owner = createPrismaClient(database.url, { asAppRole: false });
    app = createPrismaClient(database.url);
    const base = { type: "ALCALDIA", departmentCode: "05", departmentName: "Antioquia" } as const;
    ids.entityA = (await createEntity(owner, { ...base, name: "Entidad A" })).id;
    ids.entityB = (await createEntity(owner, { ...base, name: "Entidad B" })).id;
    ids.userA = (await createUser(owner, { name: "Persona A" })).id;
    ids.userB = (await createUser(owner, { name: "Persona B" })).id;
    await addMembership(owner, ids.userA, ids.entityA, "ADMIN");
    ids.membershipB = (await addMembership(owner, ids.userB, ids.entityB, "ADMIN")).id;
  });

  afterAll(async () => {
    await owner?.$disconnect();
    await app?.$disconnect();
    await database?.drop();
  });

  const asA = <T>(work: Parameters<typeof withTenant<T>>[1]) => withTenant({ userId: ids.userA, entityId: ids.entityA }, work, app);

  it("la aplicación trabaja con un rol que no es superusuario ni dueño de las tablas", async () => {
    const [row] = await withScope({ userId: null }, (db) =>
      db.$queryRaw<{ role: string; superuser: boolean; owner: string }[]>`
        SELECT current_user AS role,
               (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
               (SELECT tableowner FROM pg_tables WHERE tablename = 'memberships') AS owner`,
    app);
    expect(row).toMatchObject({ role: "faro_app", superuser: false });
    expect(row!.owner).not.toBe("faro_app");
  });

  it("una consulta sin filtro de entidad y sin contexto no devuelve nada", async () => {
    expect(await owner.membership.count()).toBe(2); // the rows exist
    expect(await app.membership.count()).toBe(0);
    expect(await app.entity.count()).toBe(0);
    expect(await app.user.count()).toBe(0);
  });

  it("dentro de la entidad A, una consulta sin filtro solo ve las filas de A", async () => {
    const memberships = await asA((db) => db.membership.findMany());
    expect(memberships.map((m) => m.entityId)).toEqual([ids.entityA]);
    const users = await asA((db) => db.user.findMany({ select: { id: true } }));
    expect(users.map((u) => u.id)).toEqual([ids.userA]);
  });

  it("desde A no se puede cambiar ni borrar una fila de B, ni crear filas para B", async () => {
    await expect(asA((db) => db.membership.update({ where: { id: ids.membershipB }, data: { role: "LECTOR" } }))).rejects.toThrow();
    await expect(asA((db) => db.membership.deleteMany({}))).resolves.toEqual({ count: 1 }); // only A's own row
    await expect(asA((db) => db.membership.create({ data: { entityId: ids.entityB, userId: ids.userA, role: "ADMIN" } }))).rejects.toThrow();
    const b = await owner.membership.findUniqueOrThrow({ where: { id: ids.membershipB } });
    expect(b.role).toBe("ADMIN");
    expect(await owner.membership.count({ where: { entityId: ids.entityB } })).toBe(1);
  });

  it("cada cambio queda en la auditoría, con quién y el antes y el después, y nadie puede borrarla", async () => {
    await asA((db) => db.entity.update({ where: { id: ids.entityA }, data: { name: "Entidad A renombrada" } }));
    const entry = await owner.auditLog.findFirstOrThrow({ where: { tableName: "entities", action: "UPDATE" }, orderBy: { id: "desc" } });
    expect(entry).toMatchObject({ entityId: ids.entityA, actorUserId: ids.userA, recordId: ids.entityA });
    expect(entry.before).toMatchObject({ name: "Entidad A" });
    expect(entry.after).toMatchObject({ name: "Entidad A renombrada" });

    await expect(owner.$executeRaw`DELETE FROM audit_log`).rejects.toThrow(/no se puede modificar/);
    await expect(owner.$executeRaw`UPDATE audit_log SET record_id = 'x'`).rejects.toThrow(/no se puede modificar/);
    await expect(asA((db) => db.$executeRaw`INSERT INTO audit_log (action, table_name, record_id) VALUES ('CREATE', 'x', 'y')`)).rejects.toThrow(
      /permission denied/,
    );
  });

  it("la auditoría de otra entidad tampoco es visible", async () => {
    const visible = await asA((db) => db.auditLog.findMany({ select: { entityId: true } }));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((e) => e.entityId === ids.entityA)).toBe(true);
  });
});
