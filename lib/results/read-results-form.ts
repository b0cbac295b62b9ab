// The operator's upload as the import route receives it (multipart: archivo,
// kind, vigencia, scope), refused before reading when it is too large.
import { AppError, ValidationError } from "@/lib/errors/app-error";
import { MAX_RESULTS_BYTES, ZResultsUpload, type ResultsUpload } from "./results-upload-schema";

const TOO_LARGE = `El archivo supera ${MAX_RESULTS_BYTES / 1024 / 1024} MB.`;

export async function readResultsForm(request: Request): Promise<ResultsUpload & { fileName: string; bytes: Uint8Array }> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_RESULTS_BYTES + 64 * 1024) throw new AppError(413, TOO_LARGE, { archivo: [TOO_LARGE] });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new ValidationError("Envíe el archivo con el formulario de importación.", { archivo: ["Elija el libro de Excel (.xlsx)."] });
  }
  const fields = ZResultsUpload.parse({ kind: form.get("kind"), vigencia: form.get("vigencia"), scope: form.get("scope") });
  const file = form.get("archivo");
  if (!(file instanceof File) || file.size === 0) throw new ValidationError("Elija el libro de Excel (.xlsx).", { archivo: ["Elija el libro de Excel (.xlsx)."] });
  if (file.size > MAX_RESULTS_BYTES) throw new AppError(413, TOO_LARGE, { archivo: [TOO_LARGE] });
  return { ...fields, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
