// The benchmark's scenarios. Each measured one names its concurrency and its
// target; features still on other branches keep a named slot that prints
// "pendiente" until the lead plugs their load in here.
import type autocannon from "autocannon";
import type { BenchTargets } from "./bench-targets";
import { measure, type LoadResult } from "./load";

export type Target = { p95Ms?: number; totalSeconds?: number };
/**
 * `connections` people at once, each sending `ratePerClient` requests per
 * second: people think between saves and page loads. A client that fires
 * the next request the instant the last one returns measures saturation
 * instead, where latency is just clients ÷ throughput (Little's law); the
 * ceiling row shows that figure for this machine.
 */
type Load = { key: string; label: string; connections: number; ratePerClient: number; target: Target };
export type Scenario = (Load & { run(baseUrl: string, t: BenchTargets, seconds: number): Promise<LoadResult> }) | (Load & { pending: string });

/** Round-robin over targets; each connection remembers what it sent so the response can update the version. */
function rotating<T>(items: T[], build: (item: T, req: autocannon.Request) => autocannon.Request): autocannon.Request[] {
  let next = 0;
  return [
    {
      setupRequest: (req, context) => {
        const item = items[next++ % items.length]!;
        (context as { item?: T }).item = item;
        return build(item, req);
      },
    },
  ];
}

export const SCENARIOS: Scenario[] = [
  {
    key: "save-score",
    label: "Guardar el puntaje de una actividad",
    connections: 50,
    ratePerClient: 1, // autosave: at most one save per second per person typing scores
    target: { p95Ms: 50 },
    run: (baseUrl, t, seconds) => {
      const requests = rotating(t.saves, (s, req) => ({
        ...req,
        method: "PUT",
        path: s.path,
        headers: { cookie: s.cookie, "content-type": "application/json" },
        body: JSON.stringify({ score: (s.version * 7) % 101, notApplicable: false, observations: null, baseVersion: s.version }),
      }));
      // Track versions: the next save of the same activity is based on the one just stored.
      requests[0]!.onResponse = (status, body, context) => {
        const item = (context as { item?: { version: number } }).item;
        if (item && status === 200) item.version = (JSON.parse(body) as { version: number }).version;
      };
      return measure({ url: baseUrl, connections: 50, ratePerClient: 1, seconds, warmupSeconds: 3, requests });
    },
  },
  {
    key: "filling-page",
    label: "Página de diligenciamiento de una política",
    connections: 20,
    ratePerClient: 0.5,
    target: {},
    run: (baseUrl, t, seconds) =>
      measure({
        url: baseUrl,
        connections: 20,
        ratePerClient: 0.5,
        seconds,
        warmupSeconds: 3,
        requests: rotating(t.fillingPages, (p, req) => ({ ...req, method: "GET", path: p.path, headers: { cookie: p.cookie } })),
      }),
  },
  { key: "entity-dashboard", label: "Tablero de la entidad", connections: 20, ratePerClient: 0.5, target: { p95Ms: 150 }, pending: "tableros" },
  { key: "department-workspace", label: "Espacio del asesor departamental (125 entidades)", connections: 10, ratePerClient: 0.5, target: { p95Ms: 300 }, pending: "espacio del asesor" },
  { key: "results-import", label: "Importar resultados oficiales (6.000 filas)", connections: 1, ratePerClient: 0, target: { totalSeconds: 15 }, pending: "resultados oficiales" },
];

/** The constant-JSON route under the same load as a scenario (ratePerClient 0: saturation). */
export async function measureCeiling(baseUrl: string, connections: number, ratePerClient: number, seconds: number): Promise<LoadResult> {
  return measure({ url: `${baseUrl}/api/ping`, connections, ratePerClient: ratePerClient || undefined, seconds, warmupSeconds: 2 });
}
