// One load measurement: `connections` independent clients, each one person
// on one keep-alive connection. With a rate, every client sends at random
// moments (a Poisson process: exponential gaps with mean 1 / rate, drawn
// from a seeded generator so two runs send the same schedule); without one,
// every client sends the next request the moment the last one returns
// (saturation). A warm-up (JIT, connection pools) is thrown away.
//
// Why not autocannon's rate: it releases each connection's quota at the top
// of every second, so all clients fire in the same instant and p95 measures
// how long one burst takes to drain (clients × CPU per request), not what a
// person waits. Why latency from the scheduled moment: a client still
// waiting for its previous response sends late, and that delay is part of
// what the person waits (no "coordinated omission").
import http from "node:http";
import { createRandom } from "./seed/prng";

export type LoadResult = {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** Responses including the warm-up: what the server's CPU time is divided by. */
  allRequests?: number;
};

/** One request to send; `onResponse` sees the answer (the save scenario tracks versions with it). */
export type RequestSpec = {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  onResponse?: (status: number, body: string) => void;
};

export type LoadOptions = {
  url: string;
  connections: number;
  seconds: number;
  warmupSeconds?: number;
  /** The next request of any client; default GET of `url`'s path. */
  nextRequest?: () => RequestSpec;
  /** Requests per second per client (people with think time); unset = as fast as possible. */
  ratePerClient?: number;
  /** Seed of the arrival schedule. */
  seed?: number;
};

/**
 * `npm run bench -- --max-clients=N` (kept in BENCH_MAX_CLIENTS) caps every
 * scenario's concurrency: a smoke run on a shared machine proves the bench
 * works end to end without pretending to measure the targets.
 */
export function cappedClients(connections: number): number {
  const cap = Number(process.env.BENCH_MAX_CLIENTS);
  return Number.isInteger(cap) && cap > 0 ? Math.min(connections, cap) : connections;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const REQUEST_TIMEOUT_MS = 30_000;

function send(agent: http.Agent, base: URL, spec: RequestSpec): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...spec.headers };
    if (spec.body !== undefined) headers["content-length"] = Buffer.byteLength(spec.body);
    const request = http.request({ host: base.hostname, port: base.port, path: spec.path, method: spec.method ?? "GET", headers, agent, timeout: REQUEST_TIMEOUT_MS }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", reject);
    request.end(spec.body);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measure(requested: LoadOptions): Promise<LoadResult> {
  const options = { ...requested, connections: cappedClients(requested.connections) };
  const base = new URL(options.url);
  const nextRequest = options.nextRequest ?? ((): RequestSpec => ({ path: base.pathname + base.search }));
  const random = createRandom(options.seed ?? 9_000);
  const gapMs = () => (options.ratePerClient ? (-Math.log(1 - random.next()) / options.ratePerClient) * 1000 : 0);

  const startedAt = performance.now();
  const measureFrom = startedAt + (options.warmupSeconds ?? 0) * 1000;
  const endAt = measureFrom + options.seconds * 1000;
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let all = 0;

  async function client() {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    // Clients start at random moments too, not all at once.
    let scheduled = startedAt + gapMs();
    try {
      while (scheduled < endAt) {
        const wait = scheduled - performance.now();
        if (wait > 0) await sleep(wait);
        const sentAt = options.ratePerClient ? scheduled : performance.now();
        const spec = nextRequest();
        try {
          const { status, body } = await send(agent, base, spec);
          all++;
          if (sentAt >= measureFrom) {
            latencies.push(performance.now() - sentAt);
            if (status < 200 || status >= 300) non2xx++;
          }
          spec.onResponse?.(status, body);
        } catch {
          if (sentAt >= measureFrom) errors++;
        }
        scheduled = options.ratePerClient ? scheduled + gapMs() : performance.now();
      }
    } finally {
      agent.destroy();
    }
  }

  await Promise.all(Array.from({ length: options.connections }, client));
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: latencies.length / options.seconds,
    requests: latencies.length,
    non2xx,
    errors,
    allRequests: all,
  };
}
