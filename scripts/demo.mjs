// npm run demo — entry point that needs nothing but Node: installs the
// dependencies when they are missing or stale, then hands over to
// scripts/demo/run.ts (database, migrations, seed, build, server).
import { spawnSync, spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 9)) {
  console.error(`✖ Faro MIPG necesita Node.js 20.9 o superior (tiene ${process.versions.node}).`);
  process.exit(1);
}

function dependenciesAreStale() {
  const installed = "node_modules/.package-lock.json";
  if (!existsSync(installed) || !existsSync("node_modules/tsx") || !existsSync("node_modules/next")) return true;
  return existsSync("package-lock.json") && statSync("package-lock.json").mtimeMs > statSync(installed).mtimeMs;
}

if (dependenciesAreStale()) {
  console.log("▶ Instalando dependencias (npm ci)…");
  const result = spawnSync(process.execPath, ["scripts/install-dependencies.mjs"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/demo/run.ts", ...process.argv.slice(2)], {
  stdio: "inherit",
});
// The child handles Ctrl+C itself (it must stop the server and flush the
// embedded database); this process only waits for it.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => {});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
