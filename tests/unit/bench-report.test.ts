// The benchmark table says how busy the machine was, reports a one-off
// (the import) against its total-time target, and keeps pending slots honest.
import { describe, expect, it } from "vitest";
import { formatMarkdown, loadAverageText, verdict, type Report, type Row } from "@/scripts/bench/report";

const result = (ms: number) => ({ p50: ms, p95: ms, p99: ms, rps: 1, requests: 1, non2xx: 0, errors: 0 });

const report = (rows: Row[], start = [0.4, 0.3, 0.2]): Report => ({
  startedAt: "2026-11-22T06:00:00.000Z",
  machine: "2 núcleos",
  loadAverage: { cpus: 2, start, end: [0.5, 0.3, 0.2] },
  dataset: "prueba",
  rows,
  peakRssMb: 300,
  rssTargetMb: 600,
  pages: [],
  jsTargetKb: 200,
});

describe("tabla del benchmark", () => {
  it("advierte cuando hay más procesos listos que núcleos", () => {
    expect(loadAverageText({ cpus: 2, start: [10.7, 11.3, 10.5], end: [7.9, 10.4, 10.3] })).toContain("máquina ocupada");
    expect(loadAverageText({ cpus: 2, start: [0.4, 0.3, 0.2], end: [0.5, 0.3, 0.2] })).not.toContain("ocupada");
    expect(formatMarkdown(report([]))).toContain("carga media (1 / 5 / 15 min) al empezar 0,4 / 0,3 / 0,2");
  });

  it("la importación se juzga por su tiempo total y se muestra como «una vez»", () => {
    const row: Row = { label: "Importar", connections: 1, ratePerClient: 0, target: { totalSeconds: 15 }, result: result(12_700), once: true };
    expect(verdict(row)).toBe("✔");
    expect(verdict({ ...row, result: result(27_000) })).toBe("✖");
    expect(formatMarkdown(report([row]))).toContain("| Importar | una vez |");
  });

  it("un espacio pendiente no muestra cifras y dice qué falta", () => {
    const row: Row = { label: "Espacio del asesor", connections: 10, ratePerClient: 0.5, target: { p95Ms: 300 }, pending: "espacio del asesor" };
    expect(verdict(row)).toBe("pendiente");
    expect(formatMarkdown(report([row]))).toContain("pendiente: espacio del asesor aún no está en main");
  });

  it("la CPU del servidor por solicitud va junto a la latencia", () => {
    const row: Row = { label: "Tablero", connections: 20, ratePerClient: 0.5, target: { p95Ms: 150 }, result: result(120), cpuMsPerRequest: 31.5 };
    expect(formatMarkdown(report([row]))).toMatch(/\| Tablero \| 20 × 0,5\/s \| 120 ms \| 120 ms \| 120 ms \| 1 \| 32 ms \|/);
  });
});
