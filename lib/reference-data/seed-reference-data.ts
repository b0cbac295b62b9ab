// Reference data every install needs, whatever else it holds: the MIPG
// catalog versions A and B and the 19 Faro reference instruments. Each part is
// a named seed_runs step, stored once; `npm run db:migrate` (and so the demo
// and the test harness) runs this after applying migrations. Needs the login
// role: seed_runs is not the app's.
import { seedCatalogReference } from "@/lib/catalog/seed-catalog-reference";
import type { Db } from "@/lib/db/prisma";
import { seedModulePolicies } from "@/lib/furag/questionnaire/seed-module-policies";
import { seedReferenceInstruments } from "@/lib/instruments/seed-reference-instruments";

export async function seedReferenceData(owner: Db): Promise<string[]> {
  const loaded: string[] = [];
  if ((await seedCatalogReference(owner)).applied) loaded.push("catálogo MIPG (versiones A y B)");
  if ((await seedReferenceInstruments(owner)).applied) loaded.push("instrumentos de referencia Faro (19 políticas)");
  if ((await seedModulePolicies(owner)).applied) loaded.push("tabla FURAG módulo → política (19 módulos)");
  return loaded;
}
