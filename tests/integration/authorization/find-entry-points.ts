// Lists the app's server-action modules and route handlers from the file
// system, so the authorization suite notices any new one that has no case.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

function walk(dir: string, match: (file: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, match, out);
    else if (match(name)) out.push(path.relative(process.cwd(), full));
  }
  return out;
}

export function findActionModules(): string[] {
  return walk("app", (f) => f === "actions.ts").sort();
}

export function findRouteHandlers(): string[] {
  return walk("app", (f) => f === "route.ts").sort();
}

/** The exported server actions of a module (every exported function). */
export async function exportedActions(file: string): Promise<Record<string, (input: unknown) => Promise<unknown>>> {
  const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(mod).filter((e): e is [string, (input: unknown) => Promise<unknown>] => typeof e[1] === "function"));
}
