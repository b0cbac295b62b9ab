// What an evidence file may be, decided from its content (file-type's magic
// numbers), never from its name. Text has no magic number: it is accepted
// only when text-scan.ts found clean text.
import { extensionOf } from "./neutralize-file-name";

const BY_DETECTED: Record<string, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
};

/** Legacy Office files share one container (CFB) with installers: only with an Office name. */
const LEGACY_OFFICE: Record<string, string> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};

const EXECUTABLE = new Set(["exe", "elf", "macho", "dmg", "msi", "class", "dex", "wasm", "deb", "rpm", "apk", "jar", "swf", "lnk", "sh"]);

export const ALLOWED_DESCRIPTION = "PDF, imágenes PNG/JPEG/WebP, documentos de Office u OpenDocument, CSV o texto plano";

export type TypeDecision = { ok: true; mediaType: string } | { ok: false; reason: string };

/**
 * `detected`: file-type's extension for the first bytes (undefined: no magic
 * number); `textVerdict`: the text scan's result for the whole file.
 */
export function decideMediaType(
  detected: string | undefined,
  fileName: string,
  textVerdict: "text" | "markup" | "binary",
): TypeDecision {
  if (detected) {
    if (BY_DETECTED[detected]) return { ok: true, mediaType: BY_DETECTED[detected] };
    const ext = extensionOf(fileName);
    if (detected === "cfb" && LEGACY_OFFICE[ext]) return { ok: true, mediaType: LEGACY_OFFICE[ext] };
    if (EXECUTABLE.has(detected)) return { ok: false, reason: "Los archivos ejecutables no se permiten como evidencia." };
    if (detected === "xml" || detected === "svg") {
      return { ok: false, reason: "Los archivos XML, SVG o HTML no se permiten como evidencia (pueden contener scripts)." };
    }
    if (detected === "zip") return { ok: false, reason: `Los archivos comprimidos no se permiten. Tipos permitidos: ${ALLOWED_DESCRIPTION}.` };
    return { ok: false, reason: `Este tipo de archivo (${detected}) no se permite. Tipos permitidos: ${ALLOWED_DESCRIPTION}.` };
  }
  if (textVerdict === "markup") return { ok: false, reason: "Los archivos HTML, SVG o con scripts no se permiten como evidencia." };
  if (textVerdict === "binary") return { ok: false, reason: `No reconocemos el tipo de este archivo. Tipos permitidos: ${ALLOWED_DESCRIPTION}.` };
  return { ok: true, mediaType: extensionOf(fileName) === "csv" ? "text/csv" : "text/plain" };
}

/** Types a browser may show inline (preview); everything else is downloaded. */
export function isInlineType(mediaType: string): boolean {
  return mediaType === "application/pdf" || mediaType === "image/png" || mediaType === "image/jpeg" || mediaType === "image/webp";
}
