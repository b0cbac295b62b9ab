// Installs the npm dependencies when they are missing or older than
// package-lock.json, so the README's commands work on a fresh clone with
// nothing but Node (npm run demo, npm test, npm run bench:seed / bench).
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

export function requireSupportedNode() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 20 || (major === 20 && minor < 9)) {
    console.error(`✖ Faro MIPG necesita Node.js 20.9 o superior (tiene ${process.versions.node}).`);
    process.exit(1);
  }
}

function dependenciesAreStale() {
  const installed = "node_modules/.package-lock.json";
  if (!existsSync(installed) || !existsSync("node_modules/tsx") || !existsSync("node_modules/next")) return true;
  return existsSync("package-lock.json") && statSync("package-lock.json").mtimeMs > statSync(installed).mtimeMs;
}

export function ensureDependencies() {
  requireSupportedNode();
  if (!dependenciesAreStale()) return;
  console.log("▶ Instalando dependencias (npm ci)…");
  const result = spawnSync(process.execPath, ["scripts/install-dependencies.mjs"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
