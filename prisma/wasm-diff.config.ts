// Config for the Prisma 6.19 CLI (installed as `prisma-wasm-diff`), used only
// to compute migration SQL offline: Prisma 7's CLI needs a native schema engine
// that cannot be downloaded on machines without network, while 6.19 with
// `engine: "js"` runs the schema engine compiled to WASM. It talks to the
// throwaway embedded database that scripts/db/diff-schema.ts starts.
import { defineConfig } from "prisma-wasm-diff/config";
import { PrismaPg } from "@prisma/adapter-pg";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const connectionString = process.env.FARO_DIFF_DATABASE_URL;
    if (!connectionString) throw new Error("FARO_DIFF_DATABASE_URL is not set");
    return new PrismaPg({ connectionString, max: 1, allowExitOnIdle: true, idleTimeoutMillis: 100 });
  },
});
