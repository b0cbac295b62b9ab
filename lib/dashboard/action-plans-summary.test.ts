import { describe, expect, it } from "vitest";
import { summarizeActionPlansText } from "./follow-up-summaries";
import type { ActionPlansSection } from "./types";

const section = (over: Partial<ActionPlansSection>): ActionPlansSection => ({
  kind: "action-plans",
  vigencia: 2025,
  statusCounts: { PENDIENTE: 2, EN_CURSO: 1, CUMPLIDA: 1, VENCIDA: 1, CANCELADA: 0 },
  totals: { total: 5, done: 1, overdue: 1, cancelled: 0, progress: 36.666 },
  plans: [{ id: "p", name: "Plan", policyCode: null, state: "EN_SEGUIMIENTO", stateLabel: "En seguimiento", progress: { total: 5, done: 1, overdue: 1, cancelled: 0, progress: 36.666 } }],
  overdueItems: [],
  ...over,
});

describe("resumen de los planes de acción", () => {
  it("dice cuántas acciones, el avance con coma decimal y las vencidas en palabras", () => {
    expect(summarizeActionPlansText(section({}))).toBe(
      "1 plan de acción en la vigencia 2025 con 5 acciones; avance medio 36,7\u00a0%. 1 cumplida, 1 en curso, 2 pendientes y 0 canceladas. 1 acción vencida: el plazo pasó sin cumplirse.",
    );
  });

  it("sin vencidas lo dice; un plan sin acciones también", () => {
    expect(summarizeActionPlansText(section({ statusCounts: { PENDIENTE: 3, EN_CURSO: 1, CUMPLIDA: 1, VENCIDA: 0, CANCELADA: 0 } }))).toContain("Ninguna acción está vencida.");
    expect(summarizeActionPlansText(section({ totals: { total: 0, done: 0, overdue: 0, cancelled: 0, progress: null } }))).toBe("1 plan de acción en la vigencia 2025, sin acciones todavía.");
  });
});
