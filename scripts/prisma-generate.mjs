// Generates the Prisma client (lib/generated/prisma). Runs after every install.
// `prisma generate` does not use the native schema engine, but Prisma 7's CLI
// tries to download it unless PRISMA_SCHEMA_ENGINE_BINARY names an existing
// file; there is no network here, so we point it at node itself.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const cli = "node_modules/prisma/build/index.js";
if (!existsSync(cli)) {
  console.log("prisma no está instalado todavía; se omite la generación del cliente.");
  process.exit(0);
}
const result = spawnSync(process.execPath, [cli, "generate"], {
  stdio: "inherit",
  env: {
    PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    ...process.env,
  },
});
process.exit(result.status ?? 1);
