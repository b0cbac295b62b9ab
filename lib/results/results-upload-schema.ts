// The fields of an official results (or recommendations) upload, shared by
// the operator's form, the route handler and the CLI.
import { z } from "zod";

export const MAX_RESULTS_BYTES = 40 * 1024 * 1024;
export const FIRST_VIGENCIA = 2017;

export const ZResultsUpload = z
  .object({
    kind: z.enum(["RESULTADOS", "RECOMENDACIONES"], { error: "Elija si el archivo es de resultados o de recomendaciones." }),
    vigencia: z.coerce
      .number({ error: "Escriba la vigencia (año)." })
      .int("La vigencia es un año, sin decimales.")
      .min(FIRST_VIGENCIA, `La vigencia debe ser ${FIRST_VIGENCIA} o posterior (primera medición FURAG de MIPG).`)
      .max(2100, "La vigencia no es un año válido."),
    scope: z.enum(["territorio", "nacion"], { error: "Elija el alcance del archivo: territorio o nación." }),
  })
  .strict();

export type ResultsUpload = z.infer<typeof ZResultsUpload>;
