// The operator's upload as the server action receives it: the file's name and
// text. Checked in the browser too, before a large or empty file is sent; the
// content itself is validated on the server (parse-catalog-file.ts).
import { z } from "zod";

/** A catalog file is about 10 kB; the limit only stops a wrong file early. */
export const MAX_CATALOG_FILE_CHARS = 500_000;

export const ZCatalogUpload = z.strictObject({
  fileName: z.string().trim().max(255, "El nombre del archivo es demasiado largo."),
  fileText: z
    .string("Elija un archivo.")
    .min(1, "El archivo está vacío.")
    .max(MAX_CATALOG_FILE_CHARS, "El archivo es demasiado grande para ser un catálogo (máximo 500 kB)."),
});

export type CatalogUpload = z.infer<typeof ZCatalogUpload>;
