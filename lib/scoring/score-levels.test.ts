import { describe, expect, it } from "vitest";
import { EMPTY_SCORE_TEXT, formatScore, roundTo4, SCORE_LEVELS, scoreLevel, scoreLevelNumber } from ".";

describe("levels", () => {
  it.each([
    [0, 1], [20, 1], [21, 2], [40, 2], [41, 3], [60, 3], [61, 4], [80, 4], [81, 5], [100, 5],
  ])("score %d is level %d", (score, expected) => {
    expect(scoreLevelNumber(score)).toBe(expected);
  });

  it("rounds non-integers to the nearest integer, halves up, like the official colours", () => {
    expect(scoreLevelNumber(20.4)).toBe(1);
    expect(scoreLevelNumber(20.5)).toBe(2);
    expect(scoreLevelNumber(40.49)).toBe(2);
    expect(scoreLevelNumber(60.5)).toBe(4);
    expect(scoreLevelNumber(80.5)).toBe(5);
    expect(scoreLevelNumber(62.5641)).toBe(4);
  });

  it("refuses out-of-range scores and maps blank to null", () => {
    expect(() => scoreLevelNumber(-1)).toThrow(RangeError);
    expect(() => scoreLevelNumber(100.1)).toThrow(RangeError);
    expect(scoreLevel(null)).toBeNull();
  });

  it("labels each level in Spanish with a colour", () => {
    expect(scoreLevel(10)?.label).toBe("Nivel 1 · Inicial");
    expect(scoreLevel(95)?.label).toBe("Nivel 5 · Consolidado");
    expect(SCORE_LEVELS.map((l) => [l.min, l.max])).toEqual([[0, 20], [21, 40], [41, 60], [61, 80], [81, 100]]);
    for (const l of SCORE_LEVELS) expect(l.color).toMatch(/^#[0-9A-F]{6}$/);
  });

  it("keeps text readable on every level colour (WCAG AA 4.5:1)", () => {
    for (const l of SCORE_LEVELS) expect(contrastRatio(l.color, l.textColor)).toBeGreaterThanOrEqual(4.5);
  });
});

describe("formatting", () => {
  it("uses the es-CO decimal comma with two decimals", () => {
    expect(formatScore(62.564102564)).toBe("62,56");
    expect(formatScore(63.636363)).toBe("63,64");
    expect(formatScore(100)).toBe("100,00");
    expect(formatScore(0)).toBe("0,00");
    expect(formatScore(7.005)).toBe("7,01");
    expect(formatScore(62.5641, 1)).toBe("62,6");
    expect(formatScore(null)).toBe(EMPTY_SCORE_TEXT);
  });

  it("rounds to 4 decimals", () => {
    expect(roundTo4(62.56410256410256)).toBe(62.5641);
    expect(roundTo4(63.63636363636363)).toBe(63.6364);
    expect(roundTo4(1.00005)).toBe(1.0001);
    expect(roundTo4(40)).toBe(40);
  });
});

function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
