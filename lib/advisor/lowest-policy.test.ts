import { describe, expect, it } from "vitest";
import { POLICY_CODES, type DepartmentRow } from "./department-table-types";
import { groupByLowestPolicy, lowestPolicies } from "./lowest-policy";
import { parseSort, sortRows } from "./sort-rows";

function row(name: string, partial: Record<string, number | null>, extra: Partial<DepartmentRow> = {}): DepartmentRow {
  const scores: Record<string, number | null> = Object.fromEntries(POLICY_CODES.map((c) => [c, 70]));
  Object.assign(scores, partial);
  return { sigepCode: name, entityName: name, municipalityName: null, entityId: null, meciOnly: false, idi: 70, scores, lowest: lowestPolicies(scores), ...extra };
}

describe("agrupación por la política de menor puntaje (Tabla 4)", () => {
  // Hand-computed: Abejorral's lowest is POL05 (41,2); Betulia ties POL05 and
  // POL12 at 39,9; Caldas' lowest is POL12 (50); Dabeiba has POL05 blank (does
  // not apply) and its lowest is POL08 (60,5); Ebéjico reports only MECI.
  const rows = [
    row("Abejorral", { POL05: 41.2, POL12: 55 }),
    row("Betulia", { POL05: 39.9, POL12: 39.9 }),
    row("Caldas", { POL12: 50 }),
    row("Dabeiba", { POL05: null, POL08: 60.5 }),
    row("Ebéjico", Object.fromEntries(POLICY_CODES.map((c) => [c, c === "POL19" ? 12 : null])), { meciOnly: true }),
  ];

  it("clasifica cada entidad, con los empates en cada grupo empatado y sin las de solo MECI", () => {
    expect(groupByLowestPolicy(rows)).toEqual([
      {
        policyCode: "POL05",
        entities: [
          { sigepCode: "Betulia", entityName: "Betulia", entityId: null, score: 39.9, tied: true },
          { sigepCode: "Abejorral", entityName: "Abejorral", entityId: null, score: 41.2, tied: false },
        ],
      },
      { policyCode: "POL08", entities: [{ sigepCode: "Dabeiba", entityName: "Dabeiba", entityId: null, score: 60.5, tied: false }] },
      {
        policyCode: "POL12",
        entities: [
          { sigepCode: "Betulia", entityName: "Betulia", entityId: null, score: 39.9, tied: true },
          { sigepCode: "Caldas", entityName: "Caldas", entityId: null, score: 50, tied: false },
        ],
      },
    ]);
  });

  it("una entidad sin ninguna política aplicable no tiene política más baja", () => {
    expect(lowestPolicies(Object.fromEntries(POLICY_CODES.map((c) => [c, null])))).toBeNull();
  });
});

describe("orden de la tabla", () => {
  const rows = [row("Caldas", { POL03: 80 }), row("Abejorral", { POL03: null }), row("Betulia", { POL03: 20 })];

  it("ordena por una política en ambos sentidos, con los vacíos siempre al final", () => {
    expect(sortRows(rows, "POL03", "asc").map((r) => r.entityName)).toEqual(["Betulia", "Caldas", "Abejorral"]);
    expect(sortRows(rows, "POL03", "desc").map((r) => r.entityName)).toEqual(["Caldas", "Betulia", "Abejorral"]);
  });

  it("ordena por nombre y rechaza columnas desconocidas (vuelve a entidad, ascendente)", () => {
    expect(sortRows(rows, "entidad", "asc").map((r) => r.entityName)).toEqual(["Abejorral", "Betulia", "Caldas"]);
    expect(parseSort("DROP TABLE", "sideways")).toEqual({ key: "entidad", dir: "asc" });
    expect(parseSort("POL19", "desc")).toEqual({ key: "POL19", dir: "desc" });
  });
});
