// Sends a multipart evidence form with upload progress (XMLHttpRequest: fetch
// cannot report it), for people on slow connections who need to see that a
// 20 MB file is still going.
import type { FieldErrors } from "@/lib/errors/app-error";

export type UploadResult = { ok: true; data: unknown } | { ok: false; error: string; fieldErrors: FieldErrors };

export function sendUpload(url: string, form: FormData, onProgress: (ratio: number) => void): Promise<UploadResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: { error?: string; fieldErrors?: FieldErrors } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        /* not JSON: keep the generic message */
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve({ ok: true, data: body });
      else resolve({ ok: false, error: body.error ?? `La carga falló (código ${xhr.status}).`, fieldErrors: body.fieldErrors ?? {} });
    };
    xhr.onerror = () => resolve({ ok: false, error: "No hay conexión con el servidor. Verifique su red e intente de nuevo; nada se guardó.", fieldErrors: {} });
    xhr.send(form);
  });
}

/** Files over the limit, named, before anything is sent. */
export function oversizeMessage(files: File[], maxBytes: number): string | null {
  const big = files.filter((f) => f.size > maxBytes).map((f) => `«${f.name}»`);
  if (big.length === 0) return null;
  return `${big.join(", ")} supera${big.length > 1 ? "n" : ""} el límite de ${Math.round(maxBytes / 1048576)} MB por archivo.`;
}
