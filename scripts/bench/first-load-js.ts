// First-load JavaScript per page, from the build output alone. Method: a page
// loads the build's root main files (build-manifest.json `rootMainFiles`:
// the React/Next runtime) plus the entry chunks of its own segments — its
// layouts, error/not-found boundaries and the page — listed in
// server/app/<route>/page_client-reference-manifest.js (`entryJSFiles`;
// global-error is left out: it loads only when the root layout fails).
// Each distinct chunk counts once, gzip-compressed (what the browser
// downloads from a compressing server or CDN).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";

export type PageJs = { route: string; kb: number; chunks: number };

function manifests(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) manifests(full, out);
    else if (name === "page_client-reference-manifest.js") out.push(full);
  }
  return out;
}

export function firstLoadJs(distDir: string): PageJs[] {
  const build = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const require = createRequire(import.meta.url);
  const sizes = new Map<string, number>();
  const gz = (file: string) => {
    if (!sizes.has(file)) {
      const full = path.join(distDir, file.replace(/^\/_next\//, ""));
      sizes.set(file, existsSync(full) ? gzipSync(readFileSync(full)).length : 0);
    }
    return sizes.get(file)!;
  };
  const pages: PageJs[] = [];
  const g = globalThis as { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> };
  for (const file of manifests(path.join(distDir, "server", "app"))) {
    g.__RSC_MANIFEST = {};
    require(path.resolve(file));
    for (const [route, manifest] of Object.entries(g.__RSC_MANIFEST)) {
      if (route.startsWith("/_")) continue; // Next's own not-found/global-error shells
      const chunks = new Set(build.rootMainFiles);
      for (const [entry, files] of Object.entries(manifest.entryJSFiles ?? {})) {
        if (!entry.endsWith("/global-error")) for (const f of files) chunks.add(f);
      }
      const bytes = [...chunks].reduce((sum, f) => sum + gz(f), 0);
      pages.push({ route: route.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/", kb: bytes / 1024, chunks: chunks.size });
    }
  }
  return pages.sort((a, b) => b.kb - a.kb);
}
