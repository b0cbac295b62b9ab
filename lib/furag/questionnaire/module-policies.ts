// Reading and editing the module → policy table (platform reference data).
import { withSystem, withUser } from "@/lib/db/context";
import type { DbClient } from "@/lib/db/prisma";
import type { UpdateModulePolicyInput } from "./questionnaire-schemas";

export type ModulePolicyRow = { prefix: string; topic: string; policyCode: string | null; certainty: string };

export async function readModulePolicies(db: DbClient): Promise<ModulePolicyRow[]> {
  return db.furagModulePolicy.findMany({ orderBy: { prefix: "asc" }, select: { prefix: true, topic: true, policyCode: true, certainty: true } });
}

export function loadModulePolicies(userId: string): Promise<ModulePolicyRow[]> {
  return withUser(userId, readModulePolicies);
}

/** Policy of each module prefix (null: the module belongs to no policy, or is not in the table). */
export function policyByPrefix(rows: readonly ModulePolicyRow[]): (prefix: string) => string | null {
  const map = new Map(rows.map((r) => [r.prefix, r.policyCode]));
  return (prefix) => map.get(prefix) ?? null;
}

/** Operator only (checked by the action). A prefix not yet in the table is added. */
export async function updateModulePolicy(userId: string, input: UpdateModulePolicyInput): Promise<ModulePolicyRow> {
  return withSystem(userId, async (db) => {
    const data = { topic: input.topic, policyCode: input.policyCode === "" ? null : input.policyCode, certainty: "clear" };
    const row = await db.furagModulePolicy.upsert({ where: { prefix: input.prefix }, update: data, create: { prefix: input.prefix, ...data } });
    return { prefix: row.prefix, topic: row.topic, policyCode: row.policyCode, certainty: row.certainty };
  });
}
