// node scripts/run-ts.mjs <script.ts> [args…] — the npm scripts a fresh clone
// runs first (npm test, npm run bench:seed, npm run bench): install what is
// missing, then run the TypeScript entry point with tsx.
import { spawn } from "node:child_process";
import { ensureDependencies } from "./ensure-dependencies.mjs";

ensureDependencies();
const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", ...process.argv.slice(2)], { stdio: "inherit" });
// The child handles Ctrl+C itself (it stops its servers); this process only waits for it.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => {});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
