// The production server must refuse to start, with a message that says what
// to do, when it has no session secret, cannot reach its database, or the
// database has pending migrations. Each case starts its own `next start` on
// the build the suite already made.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { getFreePort } from "@/scripts/test/free-port";

const NEXT_BIN = "node_modules/next/dist/bin/next";

async function startServer(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  // A port the kernel says is free: a random one in 40000-60000 once collided
  // with an ephemeral client port in CI (EADDRINUSE instead of the message under test).
  const port = String(await getFreePort());
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", port], {
      env: {
        PATH: process.env.PATH,
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR,
        // Defined but empty: Next.js would otherwise fill them from a
        // developer's .env.local, which never overrides variables already set.
        AUTH_SECRET: "",
        NEXTAUTH_SECRET: "",
        ...env,
        NODE_ENV: "production",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`el servidor siguió corriendo:\n${output}`));
    }, 45_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const secret = randomBytes(32).toString("base64url");

// Each case waits for a real server to start and exit.
test.describe.configure({ timeout: 60_000 });

test("sin AUTH_SECRET el servidor de producción no inicia y dice cómo generarlo", async () => {
  const { code, output } = await startServer({ DATABASE_URL: process.env.DATABASE_URL });
  expect(code).not.toBe(0);
  expect(output).toContain("AUTH_SECRET no está definido");
});

test("con la base de datos inalcanzable no inicia y nombra DATABASE_URL", async () => {
  const { code, output } = await startServer({ AUTH_SECRET: secret, DATABASE_URL: "postgresql://nadie@127.0.0.1:1/nada" });
  expect(code).not.toBe(0);
  expect(output).toContain("No se pudo conectar a la base de datos");
  expect(output).toContain("DATABASE_URL");
});

test("con migraciones pendientes no inicia y pide npm run db:migrate", async () => {
  const admin = process.env.TEST_DATABASE_URL;
  expect(admin, "TEST_DATABASE_URL (lo define npm test)").toBeTruthy();
  const name = `e2e_pending_${randomBytes(4).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(admin!);
    url.pathname = `/${name}`;
    const { code, output } = await startServer({ AUTH_SECRET: secret, DATABASE_URL: url.toString() });
    expect(code).not.toBe(0);
    expect(output).toContain("migraciones pendientes");
    expect(output).toContain("npm run db:migrate");
  } finally {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  }
});
