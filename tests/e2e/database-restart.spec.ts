// The database restarts while the app runs: pages and API calls answer with
// a Spanish "intente de nuevo" (5xx, no crash, no stack trace), and once the
// database is back the same requests succeed without restarting the app.
// This spec runs its own PostgreSQL cluster and its own `next start` (the
// build of npm test), so stopping the database touches no other test.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { applyMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma";
import { seedReferenceData } from "@/lib/reference-data/seed-reference-data";
import { DEMO_PASSWORD, demoEmail } from "@/prisma/seed/demo-data";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { getFreePort } from "@/scripts/test/free-port";
import { serverLogTail, startNextServer, waitForHealth, type NextServer } from "@/scripts/test/next-server";
import { startPostgresCluster, type PostgresCluster } from "@/scripts/test/postgres-cluster";

test.describe.configure({ timeout: 240_000 });

let cluster: PostgresCluster;
let server: NextServer;
let entityId: string;
let saveUrl: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startPostgresCluster();
  await applyMigrations(cluster.url);
  const owner = createPrismaClient(cluster.url, { asAppRole: false });
  try {
    await seedReferenceData(owner);
    await seedDemo(owner);
    const entity = await owner.entity.findFirstOrThrow({ where: { sigepCode: "900615" } });
    const instrument = await owner.instrument.findFirstOrThrow({ where: { policyCode: "POL03", source: "FARO_REFERENCE" } });
    // 2024: the demo's own autodiagnósticos are 2025 (some approved, so locked).
    const assessment = await owner.selfAssessment.create({ data: { entityId: entity.id, vigencia: 2024, policyCode: "POL03", instrumentId: instrument.id } });
    const activity = await owner.instrumentActivity.findFirstOrThrow({ where: { instrumentId: instrument.id }, orderBy: { sortOrder: "asc" } });
    entityId = entity.id;
    saveUrl = `/api/e/${entity.id}/autodiagnosticos/${assessment.id}/respuestas/${activity.id}`;
  } finally {
    await owner.$disconnect();
  }
  const port = await getFreePort();
  const logFile = path.join(mkdtempSync(path.join(os.tmpdir(), "faro-restart-")), "next.log");
  const baseUrl = `http://127.0.0.1:${port}`;
  server = startNextServer(port, { ...process.env, DATABASE_URL: cluster.url, PORT: String(port), NEXTAUTH_URL: baseUrl, NODE_ENV: "production" }, logFile);
  const healthError = await waitForHealth(server);
  expect(healthError, serverLogTail(logFile)).toBeNull();
});

test.afterAll(async () => {
  await server?.stop();
  cluster?.stop();
});

test("con la base de datos detenida responde «intente de nuevo» y se recupera sola al volver", async ({ page }) => {
  const base = server.baseUrl;
  await page.goto(`${base}/login`);
  await page.getByLabel("Correo electrónico").fill(demoEmail("PLANEACION", "rionegro"));
  await page.getByLabel("Contraseña", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Ingresar" }).click();
  await expect(page).toHaveURL(new RegExp(`/e/${entityId}$`));
  const fillingPage = `${base}/e/${entityId}/autodiagnosticos/POL03?vigencia=2024`;
  const save = (score: number, baseVersion: number) =>
    page.request.put(`${base}${saveUrl}`, { data: { score, notApplicable: false, observations: "Reinicio", baseVersion }, failOnStatusCode: false });

  expect((await save(40, 0)).status()).toBe(200);

  cluster.halt();
  try {
    const api = await save(60, 1);
    expect(api.status()).toBe(503);
    expect(api.headers()["retry-after"]).toBe("5");
    const body = (await api.json()) as { error: string };
    expect(body.error).toMatch(/Intente de nuevo/);
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|at .*\.js|Prisma/);

    const response = await page.goto(fillingPage);
    expect(response!.status()).toBeGreaterThanOrEqual(500);
    await expect(page.getByRole("alert").filter({ hasText: "Algo salió mal" })).toContainText("Intente de nuevo");
    await expect(page.locator("body")).not.toContainText(/ECONNREFUSED|node_modules|at async/);
    await page.screenshot({ path: "/tmp/shots-hardening/base-caida-1280.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "/tmp/shots-hardening/base-caida-390.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(server.isRunning()).toBe(true);
  } finally {
    cluster.resume();
  }

  // The same process: the pool opens new connections by itself.
  expect((await save(60, 1)).status()).toBe(200);
  const again = await page.goto(fillingPage);
  expect(again!.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("POL03");
});
