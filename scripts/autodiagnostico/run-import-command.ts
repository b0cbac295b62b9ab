// The work of `npm run import:autodiagnostico`: finds the entity by its SIGEP
// code, imports the workbook through the same code as the upload page (so
// under the entity's row-level security, whatever role the command logged in
// with), and describes the result in Spanish.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withSystem } from "@/lib/db/context";
import type { Db } from "@/lib/db/prisma";
import { ValidationError } from "@/lib/errors/app-error";
import { formatScore, scoreLevel } from "@/lib/scoring";
import { importWorkbook, type WorkbookImportResult } from "@/lib/self-assessments/import/import-workbook";
import { loadAssessment } from "@/lib/self-assessments/load-assessment";
import type { ImportArguments } from "./read-import-arguments";

export async function runImportCommand(args: ImportArguments, client: Db): Promise<string[]> {
  // The one lookup outside a tenant: the command names the entity by its SIGEP code.
  const entity = await withSystem(
    null,
    (db) => db.entity.findUnique({ where: { sigepCode: args.sigepCode }, select: { id: true, name: true, departmentName: true, municipalityName: true } }),
    client,
  );
  if (!entity) throw new ValidationError(`No hay ninguna entidad con el código SIGEP ${args.sigepCode}.`);

  // The operator acts for the entity's planning office, which may import any policy.
  const result = await importWorkbook(
    { userId: null, entityId: entity.id, authorize: () => {} },
    { fileName: args.fileName, fileBytes: args.fileBytes, policyCode: args.policyCode, vigencia: args.vigencia },
    client,
  );
  const ctx: EntityContext = { userId: "", entityId: entity.id, role: "PLANEACION", entity, assignedPolicyCodes: [] };
  const policyScore = result.answers ? (await loadAssessment(ctx, result.answers.assessmentId)).scores.policy : null;
  return describeImport(args, entity.name, result, policyScore);
}

function describeImport(args: ImportArguments, entityName: string, result: WorkbookImportResult, policyScore: number | null): string[] {
  const { instrument, answers } = result;
  const lines = [
    `✔ «${args.fileName}» importado en ${entityName} (SIGEP ${args.sigepCode}).`,
    `  Política: ${result.policyCode} ${result.policyName}`,
    `  Instrumento ${instrument.created ? "nuevo" : "existente (ya importado antes)"}: «${instrument.title}» — ` +
      `${instrument.components} componentes, ${instrument.categories} categorías, ${instrument.rows} filas calificables.`,
  ];
  if (answers) {
    lines.push(
      `  Vigencia ${answers.vigencia}: autodiagnóstico ${answers.assessmentCreated ? "creado" : "actualizado"}; ` +
        `${answers.scored} puntajes, ${answers.notApplicable} «no aplica», ${answers.withObservations} con observaciones ` +
        `(${answers.written} respuestas guardadas, ${answers.unchanged} sin cambios).`,
      `  Puntaje de la política: ${formatScore(policyScore)}${scoreLevel(policyScore) ? ` (${scoreLevel(policyScore)!.label})` : ""}`,
    );
  }
  for (const warning of result.warnings) lines.push(`  Aviso: ${warning}`);
  return lines;
}
