import { describe, expect, it } from "vitest";
import { compactGroups } from "@/components/advisor/compact-group";
import type { PolicyGroup } from "@/lib/advisor/lowest-policy";

describe("compactGroups", () => {
  const groups: PolicyGroup[] = [
    {
      policyCode: "POL07",
      entities: [
        { sigepCode: "900615", entityName: "Alcaldía de Rionegro", entityId: "e1", score: 41.25, tied: false },
        { sigepCode: "900318", entityName: "Alcaldía de Guarne", entityId: null, score: 55, tied: true },
      ],
    },
    { policyCode: "POL99", entities: [{ sigepCode: "1", entityName: "X", entityId: null, score: 10, tied: false }] },
  ];

  it("keeps code, name and the score as es-CO text, marking ties, in the group's order", () => {
    const [first] = compactGroups(groups, [{ code: "POL07", name: "Gestión documental" }]);
    expect(first).toEqual({
      policyCode: "POL07",
      policyName: "Gestión documental",
      entities: [
        ["900615", "Alcaldía de Rionegro", "41,3"],
        ["900318", "Alcaldía de Guarne", "55,0 (empate)"],
      ],
    });
  });

  it("falls back to the policy code when the catalog has no name for it", () => {
    expect(compactGroups(groups, [])[1]!.policyName).toBe("POL99");
  });
});
