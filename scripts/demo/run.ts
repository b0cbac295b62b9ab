// The body of `npm run demo`: database (embedded unless DATABASE_URL is set),
// migrations, demo data once, production build when sources changed, then
// `next start` on PORT (default 3000) until Ctrl+C.
import { spawn, spawnSync } from "node:child_process";
import { resolveDatabase } from "@/lib/db/embedded-server";
import { applyMigrations } from "@/lib/db/migrations";
import { buildIsCurrent, recordBuild, sourceFingerprint } from "./build-stamp";
import { ensureAuthSecret, loadEnvLocal } from "./env-file";
import { printDemoLogins } from "./print-logins";

const NEXT_BIN = "node_modules/next/dist/bin/next";

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
      last = await res.text();
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`El servidor no respondió a tiempo en ${url}/api/health (${last}).`);
}

async function main() {
  loadEnvLocal();
  ensureAuthSecret();
  const port = Number(process.env.PORT ?? 3000);
  const url = `http://localhost:${port}`;

  const database = await resolveDatabase();
  console.log(database.embedded ? "▶ Base de datos embebida (PGlite) en .data/pglite" : "▶ Base de datos: DATABASE_URL");
  const stopDatabase = async () => database.stop();

  const applied = await applyMigrations(database.url, { log: (l) => console.log(`  ${l}`) });
  console.log(applied.length ? `▶ ${applied.length} migraciones aplicadas` : "▶ Migraciones al día");

  process.env.DATABASE_URL = database.url;
  const { createPrismaClient } = await import("@/lib/db/prisma");
  const { seedDemo } = await import("@/prisma/seed/seed-demo");
  const { seedReferenceData } = await import("@/lib/reference-data/seed-reference-data");
  // Maintenance work: the login role, not the app's row-level-security role.
  const prisma = createPrismaClient(database.url, { asAppRole: false });
  await seedReferenceData(prisma); // what `npm run db:migrate` does after migrating
  const { applied: seeded } = await seedDemo(prisma);
  await prisma.$disconnect();
  console.log(seeded ? "▶ Datos de demostración cargados" : "▶ Datos de demostración ya presentes (se conservan los cambios)");

  const fingerprint = sourceFingerprint();
  if (buildIsCurrent(fingerprint) && !process.argv.includes("--rebuild")) {
    console.log("▶ Compilación al día: se reutiliza .next/");
  } else {
    console.log("▶ Compilando la aplicación (next build)…");
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
    if (build.status !== 0) {
      await stopDatabase();
      throw new Error("La compilación falló.");
    }
    recordBuild(fingerprint);
  }

  console.log(`▶ Iniciando el servidor en ${url}`);
  const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port)], {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
      AUTH_TRUST_HOST: "true",
    },
  });

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    server.kill("SIGTERM");
    await stopDatabase();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  server.on("exit", (code) => void shutdown(code ?? 1));

  await waitForHealth(url, 120_000);
  printDemoLogins(url);
}

main().catch((error) => {
  console.error(`\n✖ ${(error as Error).message}`);
  process.exit(1);
});
