// The production build the benchmark serves, in its own folder (.next-bench
// unless NEXT_DIST_DIR says otherwise), rebuilt only when the sources
// changed. `next build` rewrites tsconfig.json; the original is put back.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sourceFingerprint } from "@/scripts/demo/build-stamp";
import { localBin } from "@/scripts/test/run-command";

export function ensureBuild(distDir: string, env: NodeJS.ProcessEnv, { reuse = false } = {}): void {
  const stamp = path.join(distDir, "faro-bench-stamp");
  const fingerprint = sourceFingerprint();
  const built = existsSync(path.join(distDir, "BUILD_ID"));
  if (built && (reuse || (existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint))) {
    console.log(`Usando la compilación existente en ${distDir}.`);
    return;
  }
  console.log(`Compilando la aplicación (next build en ${distDir}; unos minutos)…`);
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const result = spawnSync(localBin("next"), ["build"], { env: { ...env, NEXT_DIST_DIR: distDir }, stdio: "inherit" });
  writeFileSync("tsconfig.json", tsconfig);
  if (result.status !== 0) throw new Error("next build falló: vea la salida de arriba.");
  writeFileSync(stamp, fingerprint);
}
