// The import format of a MIPG catalog version (prisma/seed/catalog/FORMAT.md).
// The reference versions A and B ship in this same format, so a new Manual
// Operativo is loaded exactly like them. Keys are Spanish because the people
// who write these files read the manual in Spanish; error paths name them.
import { z } from "zod";

export const CATALOG_FILE_FORMAT = "faro-catalogo-mipg/1";

/** The 19 MIPG policies as Función Pública numbers them in official results. */
export const MIPG_POLICY_CODES = Array.from({ length: 19 }, (_, i) => `POL${String(i + 1).padStart(2, "0")}`);
export const MIPG_DIMENSION_NUMBERS = [1, 2, 3, 4, 5, 6, 7];

/** Letters, digits, dot, dash, underscore: the code ends up in the page address /catalogo/<código>. */
export const CATALOG_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;

const text = (max: number) =>
  z.string().trim().min(1, "No puede estar vacío.").max(max, `Admite como máximo ${max} caracteres.`);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Admite como máximo ${max} caracteres.`)
    .nullish()
    .transform((value) => value || null);

export const ZCatalogPolicy = z.strictObject({
  codigo: z.string().regex(/^POL(0[1-9]|1[0-9])$/, "Debe ser un código de política de POL01 a POL19."),
  nombre: text(200),
  lideres: z.array(text(200)).min(1, "Indique al menos una entidad líder de la política."),
  grupo: optionalText(120),
});

export const ZCatalogDimension = z.strictObject({
  numero: z.number().int("Debe ser un número entero de 1 a 7.").min(1, "Debe ser de 1 a 7.").max(7, "Debe ser de 1 a 7."),
  nombre: text(200),
  descripcion: optionalText(2000),
  politicas: z.array(ZCatalogPolicy).min(1, "Cada dimensión debe tener al menos una política."),
});

export const ZCatalogFile = z
  .strictObject({
    formato: z.literal(CATALOG_FILE_FORMAT, `Debe ser "${CATALOG_FILE_FORMAT}": así se reconoce un archivo de catálogo MIPG de Faro.`),
    codigo: z.string().trim().regex(CATALOG_CODE_PATTERN, "De 1 a 20 letras, dígitos, punto, guion o guion bajo (por ejemplo «C» o «MO-v7»)."),
    nombre: text(200),
    fuente: text(500),
    publicadoEl: z.iso.date("Use una fecha real con la forma AAAA-MM-DD (por ejemplo 2024-11-15).").nullish().transform((v) => v ?? null),
    dimensiones: z.array(ZCatalogDimension).min(1, "Incluya las 7 dimensiones de MIPG."),
  })
  .superRefine((catalog, ctx) => {
    checkDimensionNumbers(catalog.dimensiones, ctx);
    checkPolicyCodes(catalog.dimensiones, ctx);
  });

export type CatalogFile = z.output<typeof ZCatalogFile>;
export type CatalogFileDimension = z.output<typeof ZCatalogDimension>;

type Ctx = z.RefinementCtx;

/** Dimensions 1..7, each exactly once. */
function checkDimensionNumbers(dimensions: CatalogFileDimension[], ctx: Ctx) {
  const firstIndex = new Map<number, number>();
  dimensions.forEach((dimension, i) => {
    const earlier = firstIndex.get(dimension.numero);
    if (earlier === undefined) firstIndex.set(dimension.numero, i);
    else ctx.addIssue({ code: "custom", path: ["dimensiones", i, "numero"], message: `La dimensión ${dimension.numero} está repetida: ya es dimensiones[${earlier}].` });
  });
  const missing = MIPG_DIMENSION_NUMBERS.filter((n) => !firstIndex.has(n));
  if (missing.length) {
    ctx.addIssue({ code: "custom", path: ["dimensiones"], message: `Faltan las dimensiones ${missing.join(", ")}: MIPG tiene 7 dimensiones, numeradas del 1 al 7.` });
  }
}

/** All 19 policies, each in exactly one dimension (MIPG has 19; a partial catalog could not be scored). */
function checkPolicyCodes(dimensions: CatalogFileDimension[], ctx: Ctx) {
  const firstPlace = new Map<string, string>();
  dimensions.forEach((dimension, i) => {
    dimension.politicas.forEach((policy, j) => {
      const place = `dimensiones[${i}].politicas[${j}]`;
      const earlier = firstPlace.get(policy.codigo);
      if (earlier === undefined) firstPlace.set(policy.codigo, place);
      else {
        ctx.addIssue({
          code: "custom",
          path: ["dimensiones", i, "politicas", j, "codigo"],
          message: `La política ${policy.codigo} ya está en ${earlier}: cada política va en una sola dimensión.`,
        });
      }
    });
  });
  const missing = MIPG_POLICY_CODES.filter((code) => !firstPlace.has(code));
  if (missing.length) {
    ctx.addIssue({
      code: "custom",
      path: ["dimensiones"],
      message: `Faltan las políticas ${missing.join(", ")}: el catálogo debe traer las 19 políticas de MIPG (POL01 a POL19).`,
    });
  }
}
