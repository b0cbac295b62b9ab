// The command line of `npm run import:autodiagnostico`, checked with the
// same rules as the upload form (policy code, vigencia).
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ZPolicyCode, ZVigencia } from "@/lib/self-assessments/schemas";

export const USAGE = "Uso: npm run import:autodiagnostico -- <libro.xlsx> --entity <código SIGEP> --vigencia <año> [--politica POLxx]";

export type ImportArguments = { filePath: string; fileName: string; fileBytes: Uint8Array; sigepCode: string; vigencia: number; policyCode: string | null };

export class ImportArgumentsError extends Error {}

export function readImportArguments(argv: string[], cwd: string): ImportArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.filter((arg) => arg !== "--"),
      allowPositionals: true,
      options: { entity: { type: "string" }, vigencia: { type: "string" }, politica: { type: "string" } },
    });
  } catch (error) {
    throw new ImportArgumentsError(`${(error as Error).message}\n${USAGE}`);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) throw new ImportArgumentsError(`Indique un solo libro de Excel.\n${USAGE}`);
  if (!values.entity) throw new ImportArgumentsError(`Indique la entidad con --entity <código SIGEP>.\n${USAGE}`);
  const vigencia = ZVigencia.safeParse(Number(values.vigencia));
  if (!values.vigencia || !vigencia.success) throw new ImportArgumentsError(`Indique la vigencia con --vigencia <año> (2018 o posterior).\n${USAGE}`);
  const policy = values.politica === undefined ? null : ZPolicyCode.safeParse(values.politica.toUpperCase());
  if (policy && !policy.success) throw new ImportArgumentsError(`--politica debe ser un código de POL01 a POL19.\n${USAGE}`);

  const filePath = path.resolve(cwd, positionals[0]!);
  let fileBytes: Uint8Array;
  try {
    fileBytes = readFileSync(filePath);
  } catch (error) {
    throw new ImportArgumentsError(`No se pudo leer ${positionals[0]}: ${(error as Error).message}`);
  }
  return { filePath, fileName: path.basename(filePath), fileBytes, sigepCode: values.entity.trim(), vigencia: vigencia.data, policyCode: policy?.data ?? null };
}
