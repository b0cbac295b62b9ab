// npm run demo — entry point that needs nothing but Node: installs the
// dependencies when they are missing or stale, then hands over to
// scripts/demo/run.ts (database, migrations, seed, build, server).
import { spawn } from "node:child_process";
import { ensureDependencies } from "./ensure-dependencies.mjs";

ensureDependencies();

const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/demo/run.ts", ...process.argv.slice(2)], {
  stdio: "inherit",
});
// The child handles Ctrl+C itself (it must stop the server and flush the
// embedded database); this process only waits for it.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => {});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
