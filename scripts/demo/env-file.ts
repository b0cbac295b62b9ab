// Reads .env.local into process.env (without overriding real environment
// variables) and generates AUTH_SECRET into it on first run.
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";

const ENV_FILE = ".env.local";

export function loadEnvLocal(): void {
  if (!existsSync(ENV_FILE)) return;
  for (const line of readFileSync(ENV_FILE, "utf8").split(/\r?\n/)) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (!match || match[1]!.startsWith("#")) continue;
    const value = match[2]!.replace(/^(['"])(.*)\1$/, "$2");
    process.env[match[1]!] ??= value;
  }
}

export function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  const secret = randomBytes(32).toString("base64url");
  appendFileSync(ENV_FILE, `${existsSync(ENV_FILE) ? "\n" : ""}# Generado por npm run demo: firma las sesiones. No lo comparta.\nAUTH_SECRET=${secret}\n`);
  process.env.AUTH_SECRET = secret;
  console.log("▶ AUTH_SECRET generado en .env.local");
}
