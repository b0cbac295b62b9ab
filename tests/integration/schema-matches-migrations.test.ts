// The migrations in prisma/migrations must build exactly the database that
// prisma/schema.prisma describes. We build one database from the migrations
// and another straight from the schema (SQL computed offline by Prisma's WASM
// schema engine), then compare what PostgreSQL reports for both. A schema
// change committed without its migration fails here.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffSchemas, readSchema } from "@/scripts/db/schema-diff";
import { describeSchema, type SchemaDescription } from "@/tests/support/describe-schema";
import { createEmptyDatabase, createTestDatabase, type TestDatabase } from "./setup/database";

describe("migraciones y esquema de Prisma", () => {
  let fromMigrations: TestDatabase;
  let fromSchema: TestDatabase;
  let migrated: SchemaDescription;
  let expected: SchemaDescription;

  beforeAll(async () => {
    fromMigrations = await createTestDatabase("from_migrations");
    fromSchema = await createEmptyDatabase("from_schema");
    const sql = await diffSchemas({ kind: "empty" }, readSchema());
    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    await client.query(sql);
    await client.end();
    migrated = await describeSchema(fromMigrations.url);
    expected = await describeSchema(fromSchema.url);
  }, 120_000);

  afterAll(async () => {
    await fromMigrations?.drop();
    await fromSchema?.drop();
  });

  it("crea las mismas tablas y columnas (tipos, nulabilidad, valores por defecto)", () => {
    expect(Object.keys(migrated.columns).sort()).toEqual(Object.keys(expected.columns).sort());
    expect(migrated.columns).toEqual(expected.columns);
  });

  it("crea los mismos tipos enumerados", () => {
    expect(migrated.enums).toEqual(expected.enums);
  });

  it("crea los mismos índices y restricciones (únicas, llaves foráneas)", () => {
    expect(migrated.indexes).toEqual(expected.indexes);
    expect(migrated.constraints).toEqual(expected.constraints);
  });

  it("describe de verdad el esquema (la comparación no es vacía)", () => {
    expect(migrated.columns.users).toContain("email text not null default=-");
    expect(migrated.constraints.some((c) => c.includes("FOREIGN KEY (entity_id) REFERENCES entities(id)"))).toBe(true);
    expect(migrated.indexes.some((i) => i.includes("UNIQUE INDEX entities_sigep_code_key"))).toBe(true);
  });
});
