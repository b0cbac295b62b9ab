// Measures how the filling page responds on a large policy (e.g. the official
// Talento Humano workbook: 131 scored rows): time from typing a score to the
// policy score on screen showing the new value, over many activities, in
// Chromium. Prints min / p50 / p95 / max. A benchmark, not a test.
//
//   npx tsx scripts/bench/filling-responsiveness.ts <base URL> <e-mail> <password> <page path> [activities=40]
import { chromium } from "@playwright/test";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  const [base, email, password, path, count = "40"] = process.argv.slice(2);
  if (!base || !email || !password || !path) throw new Error("Uso: <URL base> <correo> <contraseña> <ruta de la página> [actividades]");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ locale: "es-CO" });
  await page.goto(`${base}/login`);
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña").fill(password);
  await page.getByRole("button", { name: "Ingresar" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.goto(`${base}${path}`);
  await page.getByText("Puntaje de la política").waitFor();
  const total = await page.getByLabel("Puntaje", { exact: true }).count();
  // Runs inside the page (plain source text: tsx would wrap a function with
  // helpers the page lacks): types a score into an input the way React sees
  // typing (native setter + input event) and waits, frame by frame, until the
  // policy score in the header shows the new value.
  const samples = (await page.evaluate(`(async () => {
    const header = [...document.querySelectorAll("p")].find((p) => p.textContent === "Puntaje de la política").parentElement;
    const inputs = [...document.querySelectorAll("input[inputmode=decimal]")].slice(0, ${Number(count)});
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
    const samples = [];
    for (const [i, input] of inputs.entries()) {
      const before = header.innerText;
      let value = String(10 + ((i * 37) % 80));
      if (input.value === value) value = String(Number(value) + 1);
      const started = performance.now();
      setValue.call(input, value);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await new Promise((resolve) => {
        const check = () => (header.innerText !== before || performance.now() - started > 2000 ? resolve() : requestAnimationFrame(check));
        check();
      });
      // No visible change within 2 s (e.g. the rounded average did not move): not a sample.
      if (header.innerText !== before) samples.push(performance.now() - started);
    }
    return samples;
  })()`)) as number[];
  await browser.close();
  if (samples.length === 0) throw new Error("La página no tiene actividades para calificar.");
  const sorted = [...samples].sort((a, b) => a - b);
  const fmt = (n: number) => `${n.toFixed(1)} ms`;
  console.log(`Página con ${total} actividades; ${samples.length} puntajes escritos.`);
  console.log(`Tecla → puntaje de la política actualizado: mín ${fmt(sorted[0]!)} · p50 ${fmt(percentile(sorted, 50))} · p95 ${fmt(percentile(sorted, 95))} · máx ${fmt(sorted.at(-1)!)}`);
}

main().catch((error) => {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
});
