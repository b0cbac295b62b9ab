import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { roundTo4, scoreComponent, scorePolicy } from "@/lib/scoring";
import type { Autodiagnostico } from "../autodiagnostico-schema";
import { componentId, scoreAutodiagnostico, toScorableActivities } from "../score-autodiagnostico";
import { parseAutodiagnosticoWorkbook, readAutodiagnosticoCachedTotals } from "./parse-autodiagnostico-workbook";
import type { CachedTotals } from "./read-cached-totals";

const OFFICIAL_FILE = path.resolve(process.cwd(), "../shared/data/autodiagnostico-talento-humano.xlsx");

describe("official Talento Humano workbook", () => {
  let data: Autodiagnostico;
  let cached: CachedTotals;

  beforeAll(async () => {
    const bytes = readFileSync(OFFICIAL_FILE);
    data = await parseAutodiagnosticoWorkbook(bytes);
    cached = await readAutodiagnosticoCachedTotals(bytes);
  }, 30_000);

  const items = () => data.components.flatMap((c) => c.categories.flatMap((k) => k.items));

  it("imports the whole hierarchy: 4 components, 25 categories, 68 activities, 131 scored rows", () => {
    expect(data.policyName).toBe("GESTIÓN ESTRATÉGICA DE TALENTO HUMANO");
    expect(data.entityName).toBeNull();
    expect(data.components.map((c) => c.name)).toEqual(["PLANEACIÓN", "INGRESO", "DESARROLLO", "RETIRO"]);
    expect(data.components.map((c) => c.categories.length)).toEqual([5, 5, 11, 4]);
    expect(new Set(items().map((i) => i.activityNumber)).size).toBe(68);
    expect(items()).toHaveLength(131);
    expect(data.warnings).toEqual([]);
  });

  it("gives every scored row five non-empty rubric texts", () => {
    for (const item of items()) {
      expect(item.rubric).toHaveLength(5);
      for (const text of item.rubric) expect(text.trim()).not.toBe("");
    }
  });

  it("models numbered activities and their lettered sub-items as separate scored rows", () => {
    const codes = items().filter((i) => i.activityNumber === 12).map((i) => i.code);
    expect(codes).toEqual(["12", "12A", "12B", "12C", "12D", "12E", "12F", "12G", "12H"]);
    const twelveB = items().find((i) => i.code === "12B");
    expect(twelveB).toMatchObject({
      activityText: "Diseñar la planeación estratégica del talento humano, que contemple:",
      itemText: "Plan Institucional de Capacitación",
      criterion: "Incluido",
      analysisPeriod: "1 año",
      score: 80,
      group: null,
    });
    expect(items().find((i) => i.code === "37E")?.group).toBe("Desglosándolo en las siguientes fases:");
    expect(items().find((i) => i.code === "39G")?.group).toBe("Incluyendo los siguientes temas:");
  });

  it("reads merged rubric cells (one text for all bands) into every band", () => {
    const five = items().find((i) => i.code === "5");
    expect(new Set(five?.rubric).size).toBe(1);
  });

  it("leaves blank scores blank: the whole DESARROLLO component is unscored", () => {
    expect(items().filter((i) => i.score !== null)).toHaveLength(39);
    expect(data.components[2]?.categories.flatMap((k) => k.items).every((i) => i.score === null)).toBe(true);
    expect(items().some((i) => i.notApplicable)).toBe(false);
  });

  it("scores like the workbook: policy 62.5641, Planeación 63.6364", () => {
    const activities = toScorableActivities(data.components);
    expect(roundTo4(scorePolicy(activities) ?? Number.NaN)).toBe(62.5641);
    expect(roundTo4(scoreComponent(activities, componentId(1)) ?? Number.NaN)).toBe(63.6364);
  });

  it("matches every cached formula result of the workbook (policy, components, categories)", () => {
    const ours = scoreAutodiagnostico(data.components);
    const round = (v: number | null) => (v === null ? null : roundTo4(v));
    expect(round(cached.policy)).toBe(62.5641);
    expect(round(ours.policy)).toBe(round(cached.policy));
    expect(cached.components.map((c) => [c.name, c.row, c.column])).toEqual([
      ["PLANEACIÓN", 13, "D"], ["INGRESO", 123, "D"], ["DESARROLLO", 183, "D"], ["RETIRO", 641, "D"],
    ]);
    expect(cached.components.map((c) => round(c.value))).toEqual([63.6364, 60, null, 64]);
    expect(ours.components.map((c) => round(c.score))).toEqual(cached.components.map((c) => round(c.value)));
    expect(cached.categories).toHaveLength(25);
    const ourCategories = ours.components.flatMap((c) => c.categories.map((k) => round(k.score)));
    expect(ourCategories).toEqual(cached.categories.map((k) => round(k.value)));
  });
});
