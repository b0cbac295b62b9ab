// The policy an imported workbook is stored under: the one the person chose,
// or the one its title names (matched against the catalog's policy names).
import type { DbClient } from "@/lib/db/prisma";
import { ValidationError } from "@/lib/errors/app-error";
import { matchPolicyName } from "./match-policy-name";

export type WorkbookPolicy = {
  code: string;
  /** The catalog's name of the policy (latest version). */
  name: string;
  /** The policy the title names, when the person chose another one. */
  titleCode: string | null;
};

export async function resolveWorkbookPolicy(db: DbClient, workbookPolicyName: string, chosenCode: string | null): Promise<WorkbookPolicy> {
  // Catalog tables are reference data without tenant rows: every version's names count.
  const policies = await db.catalogPolicy.findMany({ orderBy: { version: { createdAt: "desc" } }, select: { code: true, name: true } });
  const titleCode = matchPolicyName(workbookPolicyName, policies);
  const code = chosenCode ?? titleCode;
  if (code === null) {
    const message = `No se reconoció la política del libro («${workbookPolicyName}»). Elija la política a la que corresponde.`;
    throw new ValidationError(message, { policyCode: [message] });
  }
  const policy = policies.find((p) => p.code === code);
  if (!policy) {
    const message = `La política ${code} no está en el catálogo MIPG.`;
    throw new ValidationError(message, { policyCode: [message] });
  }
  return { code, name: policy.name, titleCode: titleCode !== null && titleCode !== code ? titleCode : null };
}
