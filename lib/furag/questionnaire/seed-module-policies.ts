// Seeds the editable module → policy table from MODULE_POLICY_MAP (the 19
// module prefixes of the 2025 question bank), once: later edits by the
// operator are never undone. A seed_runs step, like the other reference data.
import type { Db, DbClient } from "@/lib/db/prisma";
import { MODULE_POLICY_MAP } from "../module-policy-map";

export const FURAG_MODULE_POLICIES_STEP = "furag-module-policies-2025";

export async function seedModulePoliciesIn(db: DbClient): Promise<boolean> {
  if (await db.seedRun.findUnique({ where: { name: FURAG_MODULE_POLICIES_STEP } })) return false;
  await db.furagModulePolicy.createMany({
    data: MODULE_POLICY_MAP.map((m) => ({ prefix: m.prefix, topic: m.topic, policyCode: m.policyCode, certainty: m.certainty })),
    skipDuplicates: true,
  });
  await db.seedRun.create({ data: { name: FURAG_MODULE_POLICIES_STEP } });
  return true;
}

export async function seedModulePolicies(client: Db): Promise<{ applied: boolean }> {
  return { applied: await client.$transaction((db) => seedModulePoliciesIn(db)) };
}
