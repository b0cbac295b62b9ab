// Inputs of the operator's questionnaire actions, shared by forms and server.
import { z } from "zod";
import { POLICY_CODES } from "../module-policy-map";

/** Base64 of the xlsx: the 2025 file is 95 KB, far below the action body limit. */
export const MAX_QUESTIONNAIRE_BYTES = 700 * 1024;

export const ZVigencia = z.coerce.number({ error: "Indique la vigencia." }).int("La vigencia es un año.").min(2018, "La vigencia debe ser 2018 o posterior.").max(2100, "Vigencia no válida.");

export const ZQuestionnaireUpload = z.strictObject({
  vigencia: ZVigencia,
  fileName: z.string().trim().min(1, "Elija el archivo del cuestionario.").max(200).regex(/\.xlsx$/i, "El archivo debe ser un libro de Excel (.xlsx)."),
  fileBase64: z
    .string()
    .min(1, "Elija el archivo del cuestionario.")
    .max(Math.ceil((MAX_QUESTIONNAIRE_BYTES * 4) / 3) + 4, "El archivo es demasiado grande para un cuestionario FURAG (máximo 700 KB)."),
});
export type QuestionnaireUpload = z.infer<typeof ZQuestionnaireUpload>;

export const ZUpdateModulePolicy = z.strictObject({
  prefix: z.string().trim().toUpperCase().regex(/^[A-Z]{2,4}$/, "El prefijo son 2 a 4 letras (p. ej. PLA)."),
  topic: z.string().trim().min(3, "Describa el tema del módulo.").max(200, "Máximo 200 caracteres."),
  policyCode: z.union([z.enum(POLICY_CODES), z.literal("")], { error: "Elija una política o «Ninguna»." }),
});
export type UpdateModulePolicyInput = z.infer<typeof ZUpdateModulePolicy>;
