// npx tsx scripts/bench/first-load-report.ts [dist dir=.next-bench] — only the
// bench's first-load JS table (same method as `npm run bench`: see
// first-load-js.ts), from an existing build, without the database or load.
// Exits 1 when a page is over the 200 KB target, so it can gate a change.
import { existsSync } from "node:fs";
import path from "node:path";
import { firstLoadJs } from "./first-load-js";

const JS_TARGET_KB = 200;

const distDir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? ".next-bench";
if (!existsSync(path.join(distDir, "build-manifest.json"))) {
  console.error(`✖ No hay compilación en ${distDir}: ejecute npm run bench (o NEXT_DIST_DIR=${distDir} npx next build) primero.`);
  process.exit(1);
}
const pages = firstLoadJs(distDir);
console.log(`| Página | JS de primera carga (gzip) | Archivos |\n|---|---:|---:|`);
for (const p of pages) console.log(`| ${p.route} | ${p.kb.toFixed(1).replace(".", ",")} KB${p.kb > JS_TARGET_KB ? " ✖" : ""} | ${p.chunks} |`);
const over = pages.filter((p) => p.kb > JS_TARGET_KB);
console.log(over.length ? `\n✖ ${over.length} páginas pasan de ${JS_TARGET_KB} KB.` : `\n✔ Todas las páginas (${pages.length}) están en ${JS_TARGET_KB} KB o menos.`);
process.exit(over.length ? 1 : 0);
