// The upload as the import route receives it: a multipart form, refused
// before it is read when it is larger than any workbook should be.
import { AppError, ValidationError } from "@/lib/errors/app-error";
import { MAX_WORKBOOK_BYTES, WORKBOOK_TOO_LARGE, workbookUploadFields, ZWorkbookUpload, type WorkbookUpload } from "./workbook-upload-schema";

/** Room for the other fields and the multipart boundaries around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

export async function readWorkbookForm(request: Request): Promise<WorkbookUpload & { bytes: Uint8Array }> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_WORKBOOK_BYTES + FORM_OVERHEAD_BYTES) throw new AppError(413, WORKBOOK_TOO_LARGE, { file: [WORKBOOK_TOO_LARGE] });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new ValidationError("Envíe el libro con el formulario de importación.", { file: ["Elija el libro de Excel (.xlsx) del autodiagnóstico."] });
  }
  const upload = ZWorkbookUpload.parse(workbookUploadFields(form));
  return { ...upload, bytes: new Uint8Array(await upload.file.arrayBuffer()) };
}
