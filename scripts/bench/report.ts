// The benchmark's table: each figure beside the ceiling (a constant JSON
// route at the same concurrency) and its target, printed and written to
// bench-results/<timestamp>.json and .md (git-ignored: results belong to a
// machine; the README records the reference run).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PageJs } from "./first-load-js";
import type { LoadResult } from "./load";
import type { Target } from "./scenarios";

export type Row = { label: string; connections: number; ratePerClient: number; target: Target; result?: LoadResult; pending?: string; ceiling?: LoadResult; once?: boolean; cpuMsPerRequest?: number };
/** os.loadavg() (1, 5, 15 min) when the run started and when it ended: figures mean little on a busy machine. */
export type LoadAverage = { cpus: number; start: number[]; end: number[] };
export type Report = { startedAt: string; machine: string; loadAverage: LoadAverage; dataset: string; rows: Row[]; peakRssMb: number; rssTargetMb: number; pages: PageJs[]; jsTargetKb: number };

const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "—" : `${n.toFixed(n < 10 ? 1 : 0)} ms`);

const load = (row: Row) => (row.once ? "una vez" : row.ratePerClient ? `${row.connections} × ${String(row.ratePerClient).replace(".", ",")}/s` : `${row.connections} sin pausa`);

export function verdict(row: Row): string {
  if (row.pending) return "pendiente";
  if (!row.result) return "—";
  if (row.result.errors > 0 || row.result.non2xx > 0) return "✖ errores";
  if (row.target.p95Ms !== undefined) return row.result.p95 <= row.target.p95Ms ? "✔" : "✖";
  if (row.target.totalSeconds !== undefined) return row.result.p50 / 1000 <= row.target.totalSeconds ? "✔" : "✖";
  return "—";
}

function targetText(t: Target): string {
  if (t.p95Ms !== undefined) return `p95 ≤ ${t.p95Ms} ms`;
  if (t.totalSeconds !== undefined) return `≤ ${t.totalSeconds} s`;
  return "(sin objetivo)";
}

const loads = (values: number[]) => values.map((v) => v.toFixed(1).replace(".", ",")).join(" / ");

/** One line for the header and the console: load average beside the CPU count. */
export function loadAverageText(load: LoadAverage): string {
  const busy = Math.max(...load.start.slice(0, 1), ...load.end.slice(0, 1)) > load.cpus;
  return `carga media (1 / 5 / 15 min) al empezar ${loads(load.start)}, al terminar ${loads(load.end)}, con ${load.cpus} núcleos${busy ? " — máquina ocupada: más procesos listos que núcleos, las latencias absolutas no son concluyentes" : ""}`;
}

export function formatMarkdown(report: Report): string {
  const lines = [
    `# Benchmark Faro MIPG — ${report.startedAt}`,
    "",
    `Máquina: ${report.machine}. Datos: ${report.dataset}.`,
    "",
    `Carga de la máquina: ${loadAverageText(report.loadAverage)}.`,
    "",
    "Carga: N clientes a la vez, cada uno en su propia conexión con R solicitudes por segundo en promedio, en momentos al azar e independientes (proceso de Poisson con semilla fija: personas que piensan entre una acción y otra, no todas al mismo instante); la latencia cuenta desde el momento programado, así que si el cliente aún espera la respuesta anterior esa demora también cuenta. «Sin pausa» = cada cliente envía la siguiente apenas recibe la respuesta (saturación). El techo se mide con la misma carga.",
    "",
    "CPU del servidor = tiempo de CPU (usuario + sistema) de next start y sus procesos dividido por las respuestas, calentamiento incluido (PostgreSQL aparte). Depende menos de la carga ajena que la latencia, pero con pocas solicitudes (prueba de humo) lo dominan el arranque en frío (JIT, módulos) y la actividad de fondo del servidor.",
    "",
    "| Escenario | Clientes × ritmo | p50 | p95 | p99 | Solicitudes/s | CPU del servidor por solicitud | p95 ÷ techo | Rendimiento ÷ techo | Objetivo | Resultado |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const row of report.rows) {
    const r = row.result;
    const c = row.ceiling;
    if (!r) {
      lines.push(`| ${row.label} | ${load(row)} | — | — | — | — | — | — | — | ${targetText(row.target)} | ${row.pending ? `pendiente: ${row.pending} aún no está en main` : "—"} |`);
      continue;
    }
    const ratioP95 = c ? `${(r.p95 / c.p95).toFixed(1)}×` : "—";
    const ratioRps = c ? `${((100 * r.rps) / c.rps).toFixed(0)} %` : "—";
    const errors = r.errors || r.non2xx ? ` (${r.non2xx} no-2xx, ${r.errors} errores)` : "";
    lines.push(`| ${row.label} | ${load(row)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.rps.toFixed(0)}${errors} | ${ms(row.cpuMsPerRequest)} | ${ratioP95} | ${ratioRps} | ${targetText(row.target)} | ${verdict(row)} |`);
  }
  const heaviest = report.pages[0];
  lines.push(
    "",
    `Memoria del servidor (RSS pico de next start y sus procesos, toda la corrida): **${report.peakRssMb.toFixed(0)} MB** (objetivo ≤ ${report.rssTargetMb} MB) ${report.peakRssMb <= report.rssTargetMb ? "✔" : "✖"}`,
    "",
    `JavaScript de primera carga (gzip) — página más pesada: **${heaviest ? `${heaviest.route} ${heaviest.kb.toFixed(1)} KB` : "—"}** (objetivo ≤ ${report.jsTargetKb} KB por página) ${report.pages.every((p) => p.kb <= report.jsTargetKb) ? "✔" : "✖"}`,
    "",
    "| Página | KB gzip | Archivos |",
    "|---|---|---|",
    ...report.pages.map((p) => `| ${p.route} | ${p.kb.toFixed(1)} | ${p.chunks} |`),
  );
  return lines.join("\n");
}

export function writeReport(report: Report): string {
  const dir = path.join(process.cwd(), "bench-results");
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, report.startedAt.replace(/[:.]/g, "-"));
  writeFileSync(`${base}.json`, JSON.stringify(report, null, 2));
  writeFileSync(`${base}.md`, `${formatMarkdown(report)}\n`);
  return `${base}.md`;
}
