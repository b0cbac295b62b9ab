// Imports an official autodiagnóstico workbook into one entity: its
// instrument, whole, and optionally its scores and observations into the
// self-assessment of a vigencia. One transaction under the entity's
// row-level security: nothing is stored unless everything is. The upload
// route and the command line both come through here.
import { withScope } from "@/lib/db/context";
import type { Db } from "@/lib/db/prisma";
import { storeInstrument } from "@/lib/instruments/store-instrument";
import { importWorkbookAnswers, type ImportedAnswers } from "./import-workbook-answers";
import { workbookToDraft } from "@/lib/instruments/workbook-to-draft";
import { parseWorkbookUpload } from "./parse-workbook-upload";
import { resolveWorkbookPolicy } from "./resolve-workbook-policy";

export type WorkbookImporter = {
  /** Null for the command line, which acts for nobody in particular (the audit trail shows no person). */
  userId: string | null;
  entityId: string;
  /** Called once the policy is known, before anything is written: throws to refuse. */
  authorize(policyCode: string): void;
};

export type WorkbookImportRequest = {
  fileName: string;
  fileBytes: Uint8Array;
  /** The policy chosen by the person; null: the one the title names. */
  policyCode: string | null;
  /** Also import the scores and observations into this vigencia. */
  vigencia: number | null;
};

export type WorkbookImportResult = {
  policyCode: string;
  policyName: string;
  instrument: { id: string; title: string; created: boolean; components: number; categories: number; rows: number };
  answers: (ImportedAnswers & { vigencia: number }) | null;
  /** Spanish notes worth reading that did not stop the import. */
  warnings: string[];
};

export async function importWorkbook(importer: WorkbookImporter, request: WorkbookImportRequest, client?: Db): Promise<WorkbookImportResult> {
  // Parsed before the transaction opens: reading a large sheet takes a few seconds.
  const workbook = await parseWorkbookUpload(request.fileBytes);
  const items = workbook.components.flatMap((component) => component.categories.flatMap((category) => category.items));
  return withScope(
    { userId: importer.userId, entityId: importer.entityId },
    async (db) => {
      const policy = await resolveWorkbookPolicy(db, workbook.policyName, request.policyCode);
      importer.authorize(policy.code);
      const draft = workbookToDraft(workbook, { policyCode: policy.code, entityId: importer.entityId, fileName: request.fileName });
      const instrument = await storeInstrument(db, draft, importer.entityId);
      // An instrument imported before keeps its first title (a Faro export names the policy as the catalog does).
      const { title } = await db.instrument.findUniqueOrThrow({ where: { id: instrument.id }, select: { title: true } });
      const answers =
        request.vigencia === null
          ? null
          : {
              vigencia: request.vigencia,
              ...(await importWorkbookAnswers(
                db,
                { entityId: importer.entityId, userId: importer.userId, vigencia: request.vigencia, policyCode: policy.code, instrumentId: instrument.id },
                items,
              )),
            };
      const warnings = workbook.warnings.map((warning) => warning.message);
      if (policy.titleCode) warnings.unshift(`El título del libro corresponde a ${policy.titleCode}, pero se importó como ${policy.code}, la política elegida.`);
      return {
        policyCode: policy.code,
        policyName: policy.name,
        instrument: {
          id: instrument.id,
          title,
          created: instrument.created,
          components: workbook.components.length,
          categories: workbook.components.reduce((sum, component) => sum + component.categories.length, 0),
          rows: items.length,
        },
        answers,
        warnings,
      };
    },
    client,
  );
}

/** What the upload route answers: the result plus the policy score computed from the stored answers. */
export type WorkbookImportSummary = Omit<WorkbookImportResult, "answers"> & {
  answers: (NonNullable<WorkbookImportResult["answers"]> & { policyScore: number | null }) | null;
};
