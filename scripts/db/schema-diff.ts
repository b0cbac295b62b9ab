// Computes migration SQL offline with the Prisma 6.19 CLI (installed as
// `prisma-wasm-diff`, WASM schema engine) against a throwaway in-memory PGlite.
// Prisma 7's CLI cannot do this here: its native schema engine is downloaded
// on first use, and these machines have no network.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Prisma 6 wants `url` in the datasource block; Prisma 7 forbids it. */
function toPrisma6Schema(schema: string): string {
  return schema.replace(/datasource\s+db\s*\{([^}]*)\}/, (_m, body: string) => `datasource db {${body}  url = "postgresql://unused"\n}`);
}

export type SchemaSource = { kind: "empty" } | { kind: "schema"; text: string };

export async function diffSchemas(from: SchemaSource, to: SchemaSource): Promise<string> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, port: 0, host: "127.0.0.1", maxConnections: 4 });
  await server.start();
  const port = (server as unknown as { port: number }).port;
  const dir = mkdtempSync(path.join(tmpdir(), "faro-diff-"));
  const arg = (source: SchemaSource, side: "from" | "to") => {
    if (source.kind === "empty") return [`--${side}-empty`];
    const file = path.join(dir, `${side}.prisma`);
    writeFileSync(file, toPrisma6Schema(source.text));
    return [`--${side}-schema-datamodel`, file];
  };
  try {
    const args = [
      path.join(process.cwd(), "node_modules/prisma-wasm-diff/build/index.js"),
      "migrate",
      "diff",
      "--config",
      path.join(process.cwd(), "prisma/wasm-diff.config.ts"),
      ...arg(from, "from"),
      ...arg(to, "to"),
      "--script",
    ];
    return await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        stdio: ["ignore", "pipe", "pipe"],
        env: {
          ...process.env,
          FARO_DIFF_DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/postgres`,
          // Any existing file: the CLI checks these engines exist but the
          // JS engine path does not use them.
          PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
          PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
        },
      });
      let out = "";
      let err = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (err += d));
      child.on("error", reject);
      child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`prisma migrate diff falló (${code}):\n${err}${out}`))));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await server.stop();
    await db.close();
  }
}

export function readSchema(file = path.join(process.cwd(), "prisma/schema.prisma")): SchemaSource {
  return { kind: "schema", text: readFileSync(file, "utf8") };
}
