import { describe, expect, it } from "vitest";
import { describeChanges } from "./describe-changes";

describe("describeChanges", () => {
  it("lista solo los campos que cambiaron, sin los técnicos", () => {
    expect(
      describeChanges({ id: "1", name: "A", nit: "1", updated_at: "x" }, { id: "1", name: "B", nit: "1", updated_at: "y" }),
    ).toEqual([{ field: "name", before: "A", after: "B" }]);
  });

  it("una creación muestra los valores nuevos y una eliminación los anteriores", () => {
    expect(describeChanges(null, { role: "ADMIN" })).toEqual([{ field: "role", before: "—", after: "ADMIN" }]);
    expect(describeChanges({ role: "ADMIN" }, null)).toEqual([{ field: "role", before: "ADMIN", after: "—" }]);
  });
});
