// Imports a recommendations workbook for one vigencia and scope, replacing
// the previous one in one transaction, linking entities by código SIGEP.
import { randomUUID } from "node:crypto";
import { withSystem } from "@/lib/db/context";
import type { Db } from "@/lib/db/prisma";
import { entitiesBySigep, IMPORT_TRANSACTION, sha256Of, supersedePrevious, type ImportSummary, type ResultsFile } from "./import-results";
import { parseRecommendationsWorkbook } from "./parse-recommendations-workbook";

export async function importRecommendationsWorkbook(userId: string | null, file: ResultsFile, client?: Db): Promise<ImportSummary> {
  const recommendations = await parseRecommendationsWorkbook(file.bytes);
  const sigepCodes = [...new Set(recommendations.map((r) => r.sigepCode))];
  return withSystem(
    userId,
    async (db) => {
      const replacedCount = await supersedePrevious(db, "RECOMENDACIONES", file.vigencia, file.scope);
      const linked = await entitiesBySigep(db, sigepCodes);
      const matchedEntities = sigepCodes.filter((code) => linked.has(code)).length;
      const record = await db.resultsImport.create({
        data: {
          vigencia: file.vigencia,
          kind: "RECOMENDACIONES",
          scope: file.scope,
          fileName: file.fileName.slice(0, 255),
          sha256: sha256Of(file.bytes),
          rowCount: recommendations.length,
          matchedCount: matchedEntities,
          importedById: userId,
        },
        select: { id: true },
      });
      await db.officialRecommendation.createMany({
        data: recommendations.map((r, i) => ({
          id: randomUUID(),
          importId: record.id,
          vigencia: file.vigencia,
          sigepCode: r.sigepCode,
          entityId: linked.get(r.sigepCode)?.id ?? null,
          policyCode: r.policyCode,
          policyName: r.policyName,
          text: r.text,
          relatedPolicyName: r.relatedPolicyName,
          sortOrder: i,
        })),
      });
      return {
        importId: record.id,
        kind: "RECOMENDACIONES" as const,
        vigencia: file.vigencia,
        scope: file.scope,
        rowCount: recommendations.length,
        matchedCount: matchedEntities,
        referenceCount: sigepCodes.length - matchedEntities,
        meciOnlyCount: 0,
        replacedCount,
      };
    },
    client,
    IMPORT_TRANSACTION,
  );
}
