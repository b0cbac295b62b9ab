// Clean install of the npm dependencies pinned in package-lock.json, shared by
// `npm run demo` and `.ci/run`. Plain Node: it runs before anything is installed.
//
// A registry mirror without other platforms' optional binaries (e.g.
// @next/swc-darwin-arm64) makes `npm ci` reject the lock file with
// "Missing: <name>@ from lock file" (empty version: npm/cli#9846), although
// nothing is missing for this platform. Only in that exact case we install the
// versions pinned in package-lock.json with `npm install --no-save`, which does
// not rewrite it. Any other `npm ci` failure (a lock file really out of date)
// still fails.
import { spawnSync } from "node:child_process";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(args) {
  const result = spawnSync(npm, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  process.stdout.write(result.stdout ?? "");
  process.stderr.write(result.stderr ?? "");
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

const ci = run(["ci", "--no-audit", "--no-fund"]);
if (ci.status === 0) process.exit(0);

const onlyPlatformOptionals = /Missing: \S+@ from lock file/.test(ci.output) && !/Missing: \S+@\S+ from lock file/.test(ci.output);
if (!onlyPlatformOptionals) {
  console.error("✖ npm ci falló. Revise la conexión al registro de npm y que package-lock.json esté al día.");
  process.exit(ci.status);
}
console.log(
  "⚠ npm ci rechazó dependencias opcionales de otras plataformas que este registro no ofrece; se instala con npm install --no-save (sin modificar package-lock.json).",
);
process.exit(run(["install", "--no-save", "--no-audit", "--no-fund"]).status);
