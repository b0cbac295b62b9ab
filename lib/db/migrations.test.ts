import { describe, expect, it } from "vitest";
import { compareMigrations, type MigrationFile } from "./migrations";

const file = (name: string, checksum = `sum-${name}`): MigrationFile => ({ name, sql: "", checksum });
const row = (name: string, checksum = `sum-${name}`, finished = true) => ({
  migration_name: name,
  checksum,
  finished_at: finished ? new Date() : null,
  rolled_back_at: null,
});

describe("compareMigrations", () => {
  it("todo pendiente cuando la base está vacía", () => {
    expect(compareMigrations([file("1_a"), file("2_b")], null)).toEqual({ applied: [], pending: ["1_a", "2_b"], problems: [] });
  });

  it("separa aplicadas y pendientes", () => {
    expect(compareMigrations([file("1_a"), file("2_b")], [row("1_a")])).toEqual({ applied: ["1_a"], pending: ["2_b"], problems: [] });
  });

  it("detecta un archivo modificado después de aplicarse", () => {
    const status = compareMigrations([file("1_a", "nuevo")], [row("1_a", "viejo")]);
    expect(status.applied).toEqual([]);
    expect(status.problems[0]).toMatch(/1_a: el archivo cambió/);
  });

  it("detecta una migración que quedó a medias", () => {
    expect(compareMigrations([file("1_a")], [row("1_a", "sum-1_a", false)]).problems[0]).toMatch(/quedó a medias/);
  });
});
