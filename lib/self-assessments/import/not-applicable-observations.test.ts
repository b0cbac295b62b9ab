import { describe, expect, it } from "vitest";
import { isNotApplicable } from "@/lib/autodiagnostico";
import { observationsForWorkbook, observationsFromWorkbook } from "./not-applicable-observations";

const CASES: [boolean, string | null][] = [
  [false, null],
  [false, "Aprobado en comité"],
  [false, "=1+1"],
  [true, null],
  [true, "Sin planta de personal"],
  [true, "No aplica: entidad territorial"],
  [true, "No aplica"],
  [true, "No aplica — ya marcado"],
  [true, "N/A"],
];

describe("observaciones y «no aplica» en el libro", () => {
  it.each(CASES)("no aplica %s, «%s»: exportar e importar devuelve lo mismo", (notApplicable, observations) => {
    const cell = observationsForWorkbook(notApplicable, observations);
    // The parser decides "no aplica" from the cell text alone.
    expect(isNotApplicable(cell)).toBe(notApplicable);
    expect(observationsFromWorkbook(isNotApplicable(cell), cell)).toBe(observations);
  });

  it("escribe la marca que entiende cualquier lector del libro oficial", () => {
    expect(observationsForWorkbook(true, null)).toBe("No aplica");
    expect(observationsForWorkbook(true, "Sin planta")).toBe("No aplica — Sin planta");
    expect(observationsForWorkbook(true, "No aplica: entidad territorial")).toBe("No aplica: entidad territorial");
  });
});
