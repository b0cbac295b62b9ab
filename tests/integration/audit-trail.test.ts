// The audit trail page's query: only the entity's own entries, filtered as
// asked, newest first, paged; and every change made in the app lands in it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAuditFilters } from "@/lib/audit/audit-filters";
import { AUDIT_PAGE_SIZE, listAuditEntries } from "@/lib/audit/list-audit-entries";
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { createPrismaClient, setAppPrisma, type Db } from "@/lib/db/prisma";
import { addMembership, createEntity, createUser } from "@/prisma/seed/factories";
import { createTestDatabase, type TestDatabase } from "./setup/database";

describe("registro de auditoría", () => {
  let database: TestDatabase;
  let owner: Db;
  let app: Db;
  let ctxA: EntityContext;
  let entityB: string;

  beforeAll(async () => {
    database = await createTestDatabase("audit");
    owner = createPrismaClient(database.url, { asAppRole: false });
    app = createPrismaClient(database.url);
    setAppPrisma(app); // lib code under test reaches the database through getPrisma()
    const base = { type: "ALCALDIA", departmentCode: "05", departmentName: "Antioquia" } as const;
    const a = await createEntity(owner, { ...base, name: "Entidad A" });
    entityB = (await createEntity(owner, { ...base, name: "Entidad B" })).id;
    const admin = await createUser(owner, { name: "Admin A" });
    await addMembership(owner, admin.id, a.id, "ADMIN");
    ctxA = { userId: admin.id, entityId: a.id, role: "ADMIN", entity: { ...a }, assignedPolicyCodes: [] };
    // Changes made through the app, as the admin of A.
    for (let i = 1; i <= AUDIT_PAGE_SIZE + 5; i++) {
      await withTenant(ctxA, (db) => db.entity.update({ where: { id: a.id }, data: { peerGroup: `Grupo ${i}` } }), app);
    }
    await owner.entity.update({ where: { id: entityB }, data: { name: "B cambiada" } });
  });

  afterAll(async () => {
    setAppPrisma(undefined);
    await owner?.$disconnect();
    await app?.$disconnect();
    await database?.drop();
  });

  it("muestra solo lo de la entidad, lo más reciente primero, con quién lo hizo", async () => {
    const { entries, nextCursor } = await listAuditEntries(ctxA, {});
    expect(entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(entries.every((e) => e.entityId === ctxA.entityId)).toBe(true);
    expect(entries[0]).toMatchObject({ action: "UPDATE", tableName: "entities", actorName: "Admin A" });
    expect(entries[0]!.after).toMatchObject({ peer_group: `Grupo ${AUDIT_PAGE_SIZE + 5}` });
    expect(nextCursor).not.toBeNull();
  });

  it("pagina hacia atrás sin repetir registros", async () => {
    const first = await listAuditEntries(ctxA, {});
    const second = await listAuditEntries(ctxA, { antes: first.nextCursor! });
    const ids = new Set(first.entries.map((e) => e.id));
    expect(second.entries.length).toBeGreaterThan(0);
    expect(second.entries.some((e) => ids.has(e.id))).toBe(false);
  });

  it("filtra por acción, registro y persona", async () => {
    const created = await listAuditEntries(ctxA, parseAuditFilters({ accion: "CREATE" }));
    expect(created.entries.map((e) => e.tableName).sort()).toEqual(["entities", "memberships"]);
    const byOther = await listAuditEntries(ctxA, parseAuditFilters({ persona: "01a20134-091b-753e-a479-b391e205e17b" }));
    expect(byOther.entries).toEqual([]);
    const members = await listAuditEntries(ctxA, parseAuditFilters({ registro: "memberships" }));
    expect(members.entries.map((e) => e.tableName)).toEqual(["memberships"]);
  });

  it("ignora filtros mal formados en vez de fallar", () => {
    expect(parseAuditFilters({ desde: "ayer", accion: "BORRAR", antes: "1; DROP TABLE", registro: "users" })).toEqual({});
  });
});
