// npm run bench [-- --reuse-build] [-- --seconds=N] — the production server
// (`next start`) on the national dataset of `npm run bench:seed`, under
// concurrent clients. Prints the table and writes it to bench-results/.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { getFreePort } from "@/scripts/test/free-port";
import { serverLogTail, startNextServer, waitForHealth } from "@/scripts/test/next-server";
import { ensureBuild } from "./bench-build";
import { openBenchServer } from "./bench-database";
import { loadBenchTargets } from "./bench-targets";
import { firstLoadJs } from "./first-load-js";
import { cappedClients, type LoadResult } from "./load";
import { treeCpuMs } from "./process-cpu";
import { sampleMemory } from "./process-memory";
import { formatMarkdown, loadAverageText, writeReport, type Row } from "./report";
import { measureCeiling, SCENARIOS } from "./scenarios";

const RSS_TARGET_MB = 600;
const JS_TARGET_KB = 200;

async function main() {
  const args = process.argv.slice(2);
  const seconds = Number(args.find((a) => a.startsWith("--seconds="))?.split("=")[1] ?? 15);
  const maxClients = args.find((a) => a.startsWith("--max-clients="))?.split("=")[1];
  if (maxClients) process.env.BENCH_MAX_CLIENTS = maxClients;
  const distDir = process.env.NEXT_DIST_DIR ?? ".next-bench";
  const startedAt = new Date().toISOString();
  const loadAtStart = os.loadavg();
  console.log(`${os.cpus().length} núcleos; carga media (1 / 5 / 15 min): ${loadAtStart.map((v) => v.toFixed(1)).join(" / ")}`);
  const secret = randomBytes(32).toString("base64url");
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir, NODE_ENV: "production", AUTH_SECRET: secret, NEXTAUTH_SECRET: secret };
  ensureBuild(distDir, env, { reuse: args.includes("--reuse-build") });

  const db = openBenchServer();
  const port = await getFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logFile = path.join(mkdtempSync(path.join(os.tmpdir(), "faro-bench-")), "next-start.log");
  const server = startNextServer(port, { ...env, DATABASE_URL: db.databaseUrl, PORT: String(port), NEXTAUTH_URL: baseUrl }, logFile);
  try {
    const healthError = await waitForHealth(server);
    if (healthError) throw new Error(`${healthError}\n${serverLogTail(logFile)}`);
    const memory = sampleMemory(server.pid!);
    const targets = await loadBenchTargets(db.databaseUrl, secret);
    console.log(`Servidor en ${baseUrl}; ${targets.saves.length} actividades de ${targets.entities} entidades como objetivos. ${seconds} s por escenario.`);

    const ceilings = new Map<string, { connections: number; ratePerClient: number; result: LoadResult; cpuMsPerRequest?: number }>();
    // Server CPU (ms) per response over a load, warm-up included.
    const withCpu = async (work: () => Promise<LoadResult>) => {
      const before = treeCpuMs(server.pid!);
      const result = await work();
      const served = result.allRequests ?? result.requests;
      return { result, cpuMsPerRequest: served ? (treeCpuMs(server.pid!) - before) / served : undefined };
    };
    const ceilingAt = async (requested: number, ratePerClient: number) => {
      const connections = cappedClients(requested);
      const key = `${connections}@${ratePerClient}`;
      if (!ceilings.has(key)) ceilings.set(key, { connections, ratePerClient, ...(await withCpu(() => measureCeiling(baseUrl, connections, ratePerClient, seconds))) });
      return ceilings.get(key)!.result;
    };
    // Saturation: what this machine serves at most, clients never pausing.
    await ceilingAt(50, 0);
    const rows: Row[] = [];
    for (const scenario of SCENARIOS) {
      if ("pending" in scenario) {
        console.log(`… ${scenario.label}: pendiente (${scenario.pending} aún no está en main)`);
        rows.push({ label: scenario.label, connections: cappedClients(scenario.connections), ratePerClient: scenario.ratePerClient, target: scenario.target, pending: scenario.pending });
        continue;
      }
      const ceiling = scenario.once ? undefined : await ceilingAt(scenario.connections, scenario.ratePerClient);
      console.log(`▶ ${scenario.label} (${cappedClients(scenario.connections)} conexiones; carga media 1 min ${os.loadavg()[0]!.toFixed(1)})…`);
      // A one-off (the import) runs in this process, not the server: no server CPU to report.
      const { result, cpuMsPerRequest } = scenario.once ? { result: await scenario.run(baseUrl, targets, seconds, db.databaseUrl), cpuMsPerRequest: undefined } : await withCpu(() => scenario.run(baseUrl, targets, seconds, db.databaseUrl));
      rows.push({ label: scenario.label, connections: cappedClients(scenario.connections), ratePerClient: scenario.ratePerClient, target: scenario.target, result, ceiling, once: scenario.once, cpuMsPerRequest });
    }
    rows.unshift(...[...ceilings.values()].map((c) => ({ label: "Techo: GET /api/ping (JSON constante)", ...c, target: {} })));
    memory.stop();

    const cpus = os.cpus();
    const report = {
      startedAt,
      machine: `${cpus.length} núcleos (${cpus[0]?.model ?? "?"}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}`,
      loadAverage: { cpus: cpus.length, start: loadAtStart, end: os.loadavg() },
      dataset: `npm run bench:seed (${targets.dataset})`,
      rows,
      peakRssMb: memory.peakMb(),
      rssTargetMb: RSS_TARGET_MB,
      pages: firstLoadJs(distDir),
      jsTargetKb: JS_TARGET_KB,
    };
    console.log(`\n${formatMarkdown(report)}\n`);
    console.log(loadAverageText(report.loadAverage));
    console.log(`Escrito en ${writeReport(report)} (y .json).`);
  } finally {
    await server.stop();
    db.stop();
  }
}

main().catch((error) => {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
});
