// The benchmark's scenarios. Each measured one names its concurrency and its
// target; features still on other branches keep a named slot that prints
// "pendiente" until the lead plugs their load in here.
import type { BenchTargets, PageTarget } from "./bench-targets";
import { measure, type LoadResult, type RequestSpec } from "./load";
import { timeResultsImport } from "./time-results-import";

/**
 * The departmental advisor's workspace (app/(app)/asesoria/[departmentCode]):
 * the official results of the 125 alcaldías of Antioquia, newest vigencia,
 * opened by the bench seed's advisor of department 05.
 */
export const ADVISOR_WORKSPACE_PATH: ((departmentCode: string) => string) | null = (code) => `/asesoria/${code}`;

export type Target = { p95Ms?: number; totalSeconds?: number };
/**
 * `connections` people at once, each sending `ratePerClient` requests per
 * second: people think between saves and page loads. A client that fires
 * the next request the instant the last one returns measures saturation
 * instead, where latency is just clients ÷ throughput (Little's law); the
 * ceiling row shows that figure for this machine.
 */
type Load = { key: string; label: string; connections: number; ratePerClient: number; target: Target };
/** `once`: a single timed operation (no ceiling row to compare with). */
export type Scenario =
  | (Load & { once?: true; run(baseUrl: string, t: BenchTargets, seconds: number, databaseUrl: string): Promise<LoadResult> })
  | (Load & { pending: string });

const pageLoad = (pages: PageTarget[], connections: number, ratePerClient: number) => (baseUrl: string, seconds: number) =>
  measure({
    url: baseUrl,
    connections,
    ratePerClient,
    seconds,
    warmupSeconds: 3,
    nextRequest: rotating(pages, (p) => ({ path: p.path, headers: { cookie: p.cookie } })),
  });

/** Round-robin over targets: request after request, the next target. */
function rotating<T>(items: T[], build: (item: T) => RequestSpec): () => RequestSpec {
  let next = 0;
  return () => build(items[next++ % items.length]!);
}

export const SCENARIOS: Scenario[] = [
  {
    key: "save-score",
    label: "Guardar el puntaje de una actividad",
    connections: 50,
    ratePerClient: 1, // autosave: at most one save per second per person typing scores
    target: { p95Ms: 50 },
    run: (baseUrl, t, seconds) => {
      // The next save of the same activity is based on the version just stored.
      const nextRequest = rotating(t.saves, (s) => ({
        method: "PUT",
        path: s.path,
        headers: { cookie: s.cookie, "content-type": "application/json" },
        body: JSON.stringify({ score: (s.version * 7) % 101, notApplicable: false, observations: null, baseVersion: s.version }),
        onResponse: (status, body) => {
          if (status === 200) s.version = (JSON.parse(body) as { version: number }).version;
        },
      }));
      return measure({ url: baseUrl, connections: 50, ratePerClient: 1, seconds, warmupSeconds: 3, nextRequest });
    },
  },
  {
    key: "filling-page",
    label: "Página de diligenciamiento de una política",
    connections: 20,
    ratePerClient: 0.5,
    target: {},
    run: (baseUrl, t, seconds) => pageLoad(t.fillingPages, 20, 0.5)(baseUrl, seconds),
  },
  {
    // A committee member opening the tablero (19 policies scored from every response) of an entity with full autodiagnósticos.
    key: "entity-dashboard",
    label: "Tablero de la entidad (19 políticas completas)",
    connections: 20,
    ratePerClient: 0.5,
    target: { p95Ms: 150 },
    run: (baseUrl, t, seconds) => pageLoad(t.dashboards, 20, 0.5)(baseUrl, seconds),
  },
  ADVISOR_WORKSPACE_PATH
    ? {
        key: "department-workspace",
        label: "Espacio del asesor departamental (Antioquia: 665 entidades, 125 alcaldías)",
        connections: 10,
        ratePerClient: 0.5,
        target: { p95Ms: 300 },
        run: (baseUrl, t, seconds) => {
          if (!t.advisor) throw new Error("El asesor del benchmark no está en la base: ejecute npm run bench:seed.");
          return pageLoad([{ path: ADVISOR_WORKSPACE_PATH!(t.advisor.departmentCode), cookie: t.advisor.cookie }], 10, 0.5)(baseUrl, seconds);
        },
      }
    : { key: "department-workspace", label: "Espacio del asesor departamental (Antioquia: 665 entidades, 125 alcaldías)", connections: 10, ratePerClient: 0.5, target: { p95Ms: 300 }, pending: "espacio del asesor" },
  {
    key: "results-import",
    label: "Importar resultados oficiales (6.000 filas, reemplaza la vigencia 2025)",
    connections: 1,
    ratePerClient: 0,
    target: { totalSeconds: 15 },
    once: true,
    run: async (_baseUrl, t, _seconds, databaseUrl) => {
      const result = await timeResultsImport(databaseUrl, t.seed);
      console.log(`  ${result.rows} filas (${result.megabytes.toFixed(1)} MB), ${result.replaced} reemplazadas: ${(result.p50 / 1000).toFixed(1)} s, ${Math.round((result.rows * 1000) / result.p50)} filas/s`);
      return result;
    },
  },
];

/** The constant-JSON route under the same load as a scenario (ratePerClient 0: saturation). */
export async function measureCeiling(baseUrl: string, connections: number, ratePerClient: number, seconds: number): Promise<LoadResult> {
  return measure({ url: `${baseUrl}/api/ping`, connections, ratePerClient: ratePerClient || undefined, seconds, warmupSeconds: 2 });
}
