import { describe, expect, it } from "vitest";
import { SCORE_LEVELS } from "@/lib/scoring";
import { heatLevel, LEVEL_CLASSES } from "@/components/advisor/level-classes";

describe("clases de color de los niveles", () => {
  it("son los mismos colores del módulo de puntajes", () => {
    for (const level of SCORE_LEVELS) {
      expect(LEVEL_CLASSES[level.level]).toBe(`bg-[${level.color}] text-[${level.textColor}]`);
    }
  });

  it("vacío o fuera de rango no tiene nivel", () => {
    expect([heatLevel(null), heatLevel(-1), heatLevel(101), heatLevel(20.5), heatLevel(100)]).toEqual([null, null, null, 2, 5]);
  });
});
