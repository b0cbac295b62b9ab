// The reference catalog versions every install needs (demo, tests,
// production): A = manual 2022, B = Manual Operativo v6. They are JSON files
// in the import format (prisma/seed/catalog/), validated like any upload and
// stored once: the step is recorded in seed_runs, so `npm run db:migrate`
// may run any number of times. Needs the login role (seed_runs is not the app's).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Db, DbClient } from "@/lib/db/prisma";
import type { CatalogFile } from "./catalog-file-schema";
import { formatProblem, parseCatalogFileText } from "./parse-catalog-file";
import { writeCatalogVersion } from "./write-catalog-version";

export const CATALOG_REFERENCE_STEP = "catalog-reference-v1";
export const CATALOG_SEED_DIR = path.join("prisma", "seed", "catalog");
export const REFERENCE_CATALOG_FILES = ["version-a-manual-2022.json", "version-b-manual-operativo-v6.json"];

/** Reads and validates the reference files; a broken file is a bug of ours and stops the seed. */
export function readReferenceCatalogs(dir = path.join(process.cwd(), CATALOG_SEED_DIR)): CatalogFile[] {
  return REFERENCE_CATALOG_FILES.map((file) => {
    const parsed = parseCatalogFileText(readFileSync(/*turbopackIgnore: true*/ path.join(dir, file), "utf8"));
    if (!parsed.ok) throw new Error(`${file} no es un catálogo válido:\n${parsed.problems.map(formatProblem).join("\n")}`);
    return parsed.catalog;
  });
}

/** Inside an open transaction of the login role; true when it stored the versions now. */
export async function seedCatalogReferenceIn(db: DbClient): Promise<boolean> {
  if (await db.seedRun.findUnique({ where: { name: CATALOG_REFERENCE_STEP } })) return false;
  for (const catalog of readReferenceCatalogs()) {
    // A version someone imported by hand under the same code is kept as is.
    if (!(await db.catalogVersion.findUnique({ where: { code: catalog.codigo }, select: { id: true } }))) {
      await writeCatalogVersion(db, catalog);
    }
  }
  await db.seedRun.create({ data: { name: CATALOG_REFERENCE_STEP } });
  return true;
}

export async function seedCatalogReference(client: Db): Promise<{ applied: boolean }> {
  const applied = await client.$transaction((db) => seedCatalogReferenceIn(db), { timeout: 60_000 });
  return { applied };
}
