import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import {
  REFERENCE_POLICY_CODES,
  listActivities,
  referenceInstrumentSchema,
  type ReferenceInstrument,
} from "./schema";

/** Carpeta de los instrumentos de referencia, relativa a la raíz del proyecto (process.cwd()). */
export const REFERENCE_INSTRUMENTS_DIR = path.join("prisma", "seed", "reference-instruments");

export class ReferenceInstrumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReferenceInstrumentError";
  }
}

/** Mensajes de zod en español, solo para estas validaciones (no cambia la configuración global). */
const spanishErrors = z.locales.es().localeError;

function formatIssuePath(issuePath: ReadonlyArray<PropertyKey>): string {
  if (issuePath.length === 0) return "(raíz)";
  return issuePath
    .map((segment, i) =>
      typeof segment === "number" ? `[${segment}]` : `${i === 0 ? "" : "."}${String(segment)}`,
    )
    .join("");
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `  - ${formatIssuePath(issue.path)}: ${issue.message}`).join("\n");
}

/**
 * Valida el contenido (ya interpretado como JSON) de un archivo de instrumento.
 * `fileLabel` se usa en los mensajes de error.
 */
export function parseReferenceInstrument(raw: unknown, fileLabel: string): ReferenceInstrument {
  const result = referenceInstrumentSchema.safeParse(raw, { error: spanishErrors });
  if (!result.success) {
    throw new ReferenceInstrumentError(
      `El instrumento de referencia ${fileLabel} no es válido:\n${describeIssues(result.error)}`,
    );
  }
  return result.data;
}

export interface LoadReferenceInstrumentsOptions {
  /** Carpeta de los archivos; por defecto `prisma/seed/reference-instruments` bajo process.cwd(). */
  dir?: string;
}

/**
 * Lee y valida los 19 instrumentos de referencia (POL01.json … POL19.json).
 * Lanza ReferenceInstrumentError, con el archivo y la ruta del problema, si falta un
 * archivo, si no es JSON válido, si no cumple el esquema, si su policyCode no coincide
 * con el nombre del archivo o si un código de actividad se repite entre archivos.
 */
export async function loadReferenceInstruments(
  options: LoadReferenceInstrumentsOptions = {},
): Promise<ReferenceInstrument[]> {
  const dir = path.resolve(process.cwd(), options.dir ?? REFERENCE_INSTRUMENTS_DIR);
  const instruments: ReferenceInstrument[] = [];
  const activityOwner = new Map<string, string>();

  for (const policyCode of REFERENCE_POLICY_CODES) {
    const fileName = `${policyCode}.json`;
    const filePath = path.join(dir, fileName);
    const relative = path.relative(process.cwd(), filePath);
    const fileLabel = relative && !relative.startsWith("..") ? relative : filePath;

    let text: string;
    try {
      text = await readFile(filePath, "utf8");
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ReferenceInstrumentError(
        `No se pudo leer el instrumento de referencia ${fileLabel}: ${reason}`,
      );
    }

    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ReferenceInstrumentError(
        `El archivo ${fileLabel} no contiene JSON válido: ${reason}`,
      );
    }

    const instrument = parseReferenceInstrument(raw, fileLabel);
    if (instrument.policyCode !== policyCode) {
      throw new ReferenceInstrumentError(
        `El instrumento de referencia ${fileLabel} no es válido:\n  - policyCode: se esperaba ${policyCode} y el archivo dice ${instrument.policyCode}`,
      );
    }

    instrument.components.forEach((component, ci) =>
      component.categories.forEach((category, ki) =>
        category.activities.forEach((activity, ai) => {
          const previous = activityOwner.get(activity.code);
          if (previous !== undefined) {
            throw new ReferenceInstrumentError(
              `El instrumento de referencia ${fileLabel} no es válido:\n  - components[${ci}].categories[${ki}].activities[${ai}].code: el código ${activity.code} ya se usa en ${previous}`,
            );
          }
          activityOwner.set(activity.code, fileLabel);
        }),
      ),
    );

    instruments.push(instrument);
  }

  return instruments;
}

/** Número total de actividades de un conjunto de instrumentos. */
export function countActivities(instruments: ReferenceInstrument[]): number {
  return instruments.reduce((total, instrument) => total + listActivities(instrument).length, 0);
}
