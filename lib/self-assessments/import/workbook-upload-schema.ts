// The upload form of an official autodiagnóstico workbook, as the import
// route receives it (multipart fields named like the schema's keys). The same
// schema checks the form in the browser before anything is sent. There is no
// entity field: the entity is the one in the URL, never one from the form.
import { z } from "zod";
import { ZPolicyCode, ZVigencia } from "../schemas";

/** The official workbooks weigh about 1 MB; 10 MB leaves room and stops a wrong file early. */
export const MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;

export const WORKBOOK_TOO_LARGE = "El archivo supera el límite de 10 MB.";

const CHOOSE_FILE = "Elija el libro de Excel (.xlsx) del autodiagnóstico.";

// Each check stops the next ones: one message per problem, the first that applies.
export const ZWorkbookFile = z
  .instanceof(File, { message: CHOOSE_FILE })
  .refine((file) => file.name !== "" || file.size > 0, { message: CHOOSE_FILE, abort: true })
  .refine((file) => /\.xlsx$/i.test(file.name), {
    message: "El archivo debe ser un libro de Excel (.xlsx). Si lo tiene en .xls u .ods, guárdelo como .xlsx.",
    abort: true,
  })
  .refine((file) => file.size > 0, { message: "El archivo está vacío.", abort: true })
  .refine((file) => file.size <= MAX_WORKBOOK_BYTES, WORKBOOK_TOO_LARGE);

export const ZWorkbookUpload = z.strictObject(
  {
  file: ZWorkbookFile,
  /** Empty: recognised from the workbook's title. */
  policyCode: z.union([z.literal("").transform(() => null), ZPolicyCode]).default(null),
  /** Present: also import the scores and observations into that vigencia's self-assessment. */
  vigencia: z
    .string()
    .regex(/^\d{4}$/, "Elija la vigencia.")
    .transform(Number)
    .pipe(ZVigencia)
    .optional()
    .transform((year) => year ?? null),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `El formulario trae campos que no se esperan: ${issue.keys.join(", ")}.` : undefined) },
);

export type WorkbookUpload = z.infer<typeof ZWorkbookUpload>;

/** The form's fields as a plain object for the schema; a repeated field is refused like an unknown one. */
export function workbookUploadFields(form: FormData): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    fields[name] = name in fields ? [fields[name], value] : value;
  }
  return fields;
}
