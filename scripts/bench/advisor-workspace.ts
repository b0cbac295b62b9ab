// Measures the departmental advisor's workspace page under load: signs in as
// the advisor (through the login form, in Chromium), then requests the page
// with that session from N concurrent clients and prints min / p50 / p95 /
// max of the full server response. Target: p95 ≤ 300 ms for 125 entities at
// 10 concurrent clients. A benchmark, not a test.
//
//   npx tsx scripts/bench/advisor-workspace.ts <base URL> <e-mail> <password> <page path> [clients=10] [requests=300]
// Data: scripts/bench/prepare-advisor-bench-data.ts puts 125 synthetic entities into a database.
import { chromium } from "@playwright/test";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function sessionCookie(base: string, email: string, password: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage({ locale: "es-CO" });
  await page.goto(`${base}/login`);
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña").fill(password);
  await page.getByRole("button", { name: "Ingresar" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  const cookies = await page.context().cookies();
  await browser.close();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

async function main() {
  const [base, email, password, path, clients = "10", requests = "300"] = process.argv.slice(2);
  if (!base || !email || !password || !path) throw new Error("Uso: <URL base> <correo> <contraseña> <ruta> [clientes] [solicitudes]");
  const cookie = await sessionCookie(base, email, password);
  const fetchOnce = async () => {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, { headers: { cookie } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`HTTP ${response.status} en ${path}`);
    return { ms: performance.now() - started, bytes: body.length };
  };
  const first = await fetchOnce(); // warm-up, not counted
  let remaining = Number(requests);
  const samples: number[] = [];
  await Promise.all(
    Array.from({ length: Number(clients) }, async () => {
      while (remaining-- > 0) samples.push((await fetchOnce()).ms);
    }),
  );
  const sorted = samples.sort((a, b) => a - b);
  const fmt = (n: number) => `${n.toFixed(1)} ms`;
  console.log(`${path}: ${samples.length} solicitudes, ${clients} clientes concurrentes, ${Math.round(first.bytes / 1024)} KB de HTML.`);
  console.log(`mín ${fmt(sorted[0]!)} · p50 ${fmt(percentile(sorted, 50))} · p95 ${fmt(percentile(sorted, 95))} · máx ${fmt(sorted.at(-1)!)}`);
}

main().catch((error: unknown) => {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
});
