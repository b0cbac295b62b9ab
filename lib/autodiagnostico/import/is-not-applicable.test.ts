import { describe, expect, it } from "vitest";
import { isNotApplicable } from "./is-not-applicable";

describe("isNotApplicable", () => {
  it.each(["No aplica", "NO APLICA", "no aplíca.", "No Aplica: entidad territorial", "- No aplica", "N/A", "na", "n.a."])(
    "takes «%s» as No aplica",
    (text) => expect(isNotApplicable(text)).toBe(true),
  );

  it.each([null, "", "Aplica parcialmente", "Se aplicará el próximo año", "El requisito no aplica del todo", "Nacional"])(
    "does not take «%s» as No aplica",
    (text) => expect(isNotApplicable(text)).toBe(false),
  );
});
