// Inputs of the platform operator's forms (new entity with its first admin,
// departmental advisor), shared by the browser forms and the server actions.
import { z } from "zod";
import { EntityType, MunicipalCategory } from "@/lib/generated/prisma/enums";
import { strictInput, ZPersonEmail, ZPersonName } from "@/lib/members/member-schemas";
import { departmentName } from "./dane-departments";
import { hasValidCheckDigit, NIT_PATTERN, normalizeNit } from "./nit";

/** Entity types that belong to one municipality. */
export const MUNICIPAL_ENTITY_TYPES: ReadonlySet<EntityType> = new Set(["ALCALDIA", "CONCEJO", "PERSONERIA"]);

/** An empty form field means "not given". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankToUndefined, schema.optional()).transform((value) => value ?? null);
}

const ZDepartmentCode = z
  .string({ error: "Elija el departamento." })
  .refine((code) => departmentName(code) !== undefined, { error: "Elija un departamento de la lista (código DANE de 2 dígitos)." });

const ZText = (label: string, max: number) =>
  z
    .string({ error: `Escriba ${label}.` })
    .trim()
    .min(2, { error: `Escriba ${label}.` })
    .max(max, { error: `Demasiado largo (máximo ${max} caracteres).` });

export const ZCreateEntity = strictInput({
  name: ZText("el nombre de la entidad", 200),
  nit: z
    .string({ error: "Escriba el NIT." })
    .transform(normalizeNit)
    .pipe(
      z
        .string()
        .min(1, { error: "Escriba el NIT.", abort: true })
        .regex(NIT_PATTERN, { error: "Escriba el NIT con su dígito de verificación, como 890907317-2.", abort: true })
        .refine(hasValidCheckDigit, { error: "El dígito de verificación no corresponde a ese NIT: revíselo." }),
    ),
  sigepCode: z
    .string({ error: "Escriba el código SIGEP." })
    .trim()
    .min(1, { error: "Escriba el código SIGEP.", abort: true })
    .regex(/^\d{1,20}$/, { error: "El código SIGEP lleva solo dígitos (hasta 20)." }),
  type: z.enum(EntityType, { error: "Elija la naturaleza jurídica." }),
  departmentCode: ZDepartmentCode,
  departmentName: ZText("el nombre del departamento", 80),
  municipalityCode: optional(z.string().trim().regex(/^\d{5}$/, { error: "El código DANE del municipio tiene 5 dígitos." })),
  municipalityName: optional(ZText("el nombre del municipio", 80)),
  municipalCategory: optional(z.enum(MunicipalCategory, { error: "Elija una categoría de la lista." })),
  peerGroup: optional(ZText("el grupo par", 120)),
  adminEmail: ZPersonEmail,
  adminName: ZPersonName,
}).superRefine((input, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (MUNICIPAL_ENTITY_TYPES.has(input.type) && !input.municipalityCode) {
    issue("municipalityCode", "Una alcaldía, un concejo o una personería es municipal: escriba el código DANE del municipio.");
  }
  if (input.municipalityCode && !input.municipalityCode.startsWith(input.departmentCode)) {
    issue("municipalityCode", `El código del municipio debe empezar por el del departamento (${input.departmentCode}).`);
  }
  if (input.municipalityCode && !input.municipalityName) issue("municipalityName", "Escriba el nombre del municipio.");
  if (input.municipalityName && !input.municipalityCode) issue("municipalityCode", "Escriba el código DANE del municipio.");
});

export const ZAssignAdvisor = strictInput({
  email: ZPersonEmail,
  name: ZPersonName,
  departmentCode: ZDepartmentCode,
});

export type CreateEntityInput = z.infer<typeof ZCreateEntity>;
export type AssignAdvisorInput = z.infer<typeof ZAssignAdvisor>;
