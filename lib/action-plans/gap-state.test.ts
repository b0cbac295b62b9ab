import { describe, expect, it } from "vitest";
import { parseGapSources } from "@/components/action-plans/gap-sources-field";
import { findingGapState, furagGapState } from "./gap-state";

describe("estado de brechas FURAG y de hallazgos", () => {
  it("un hallazgo está cerrado solo en estado CERRADO; uno que ya no existe lo dice", () => {
    expect(findingGapState("RESPONDIDO")).toEqual({ text: "Hallazgo respondido", closed: false });
    expect(findingGapState("CERRADO")).toEqual({ text: "Hallazgo cerrado", closed: true });
    expect(findingGapState(undefined).closed).toBe(false);
  });

  it("una opción FURAG queda cerrada cuando la respuesta actual la marca", () => {
    expect(furagGapState(["A", "B"], "B").closed).toBe(true);
    expect(furagGapState(["A"], "B").closed).toBe(false);
    expect(furagGapState(undefined, "B").closed).toBe(false);
  });
});

describe("fuentes elegidas en la URL", () => {
  it("sin enviar el formulario, todas; enviado, las marcadas (ninguna es ninguna)", () => {
    expect(parseGapSources(undefined, undefined)).toEqual(["ACTIVITY", "FURAG_OPTION", "FINDING"]);
    expect(parseGapSources("hallazgos", "1")).toEqual(["FINDING"]);
    expect(parseGapSources(["furag", "actividades", "otra"], "1")).toEqual(["ACTIVITY", "FURAG_OPTION"]);
    expect(parseGapSources(undefined, "1")).toEqual([]);
  });
});
