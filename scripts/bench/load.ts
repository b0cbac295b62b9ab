// One load measurement with autocannon: a warm-up that is thrown away (JIT,
// connection pools, caches), then a measured run. Latencies are collected
// from every response, so p95 is exact (autocannon's summary has no p95).
import autocannon from "autocannon";

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
export type LoadOptions = {
  url: string;
  connections: number;
  seconds: number;
  warmupSeconds?: number;
  requests?: autocannon.Request[];
  /** Requests per second per client (people with think time); unset = as fast as possible. */
  ratePerClient?: number;
  headers?: Record<string, string>;
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

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function runOnce(options: LoadOptions, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let non2xx = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: seconds,
        requests: options.requests,
        headers: options.headers,
        timeout: 30,
        // autocannon's per-connection rate takes whole numbers only; the
        // overall rate spreads clients × rate over the connections instead.
        ...(options.ratePerClient ? { overallRate: Math.max(1, Math.round(options.connections * options.ratePerClient)) } : {}),
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolve({
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          rps: latencies.length / seconds,
          requests: latencies.length,
          non2xx,
          errors: result.errors + result.timeouts,
        });
      },
    );
    instance.on("response", (_client, status, _bytes, time) => {
      latencies.push(time);
      if (status < 200 || status >= 300) non2xx++;
    });
  });
}

export async function measure(requested: LoadOptions): Promise<LoadResult> {
  const options = { ...requested, connections: cappedClients(requested.connections) };
  const warmup = options.warmupSeconds ? (await runOnce(options, options.warmupSeconds)).requests : 0;
  const result = await runOnce(options, options.seconds);
  return { ...result, allRequests: warmup + result.requests };
}
