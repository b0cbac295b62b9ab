// The import history for the operator's page, newest first.
import { withSystem } from "@/lib/db/context";

export async function listResultsImports(userId: string) {
  return withSystem(userId, (db) =>
    db.resultsImport.findMany({
      orderBy: [{ importedAt: "desc" }],
      take: 50,
      select: {
        id: true,
        vigencia: true,
        kind: true,
        scope: true,
        fileName: true,
        rowCount: true,
        matchedCount: true,
        meciOnlyCount: true,
        importedAt: true,
        supersededAt: true,
        importedBy: { select: { name: true } },
      },
    }),
  );
}

export type ResultsImportRow = Awaited<ReturnType<typeof listResultsImports>>[number];
